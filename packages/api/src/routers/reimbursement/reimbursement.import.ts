import { DomainError } from '@asq/domain'
import { readXlsxRows } from '../../reports/xlsx'

const MAX_BYTES = 5 * 1024 * 1024
const ZIP = [0x50, 0x4b, 0x03, 0x04]

const refused = (message: string) =>
  new DomainError('BAD_INPUT', 'REIMBURSEMENT.IMPORT_FILE', message, { field: 'contentBase64' })

/**
 * The cells of an uploaded repair-order file: XLSX recognised by its content (a zip), else CSV text
 * in UTF-8 (a BOM is dropped). The first row is the header.
 */
export async function readUpload(fileName: string, contentBase64: string): Promise<string[][]> {
  const content = Buffer.from(contentBase64, 'base64')
  if (content.length === 0) throw refused('The file is empty')
  if (content.length > MAX_BYTES) throw refused('The file is larger than 5 MB')
  if (ZIP.every((b, i) => content[i] === b)) {
    try {
      return await readXlsxRows(content)
    } catch {
      throw refused('This XLSX file cannot be read')
    }
  }
  if (/\.xlsx?$/i.test(fileName)) throw refused('This is not an XLSX file')
  const text = content.toString('utf8')
  if (text.includes('\uFFFD')) throw refused('CSV files must be saved as UTF-8')
  return parseCsv(text.replace(/^\uFEFF/, ''))
}

/** RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF) into rows of cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"' && cell === '') quoted = true
    else if (ch === ',') {
      row.push(cell)
      cell = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
    } else cell += ch
  }
  if (cell !== '' || row.length) {
    row.push(cell)
    rows.push(row)
  }
  return rows
}
