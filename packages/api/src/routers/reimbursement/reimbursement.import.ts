import { DomainError, parseCsvRows } from '@asq/domain'
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
  return parseCsvRows(text)
}
