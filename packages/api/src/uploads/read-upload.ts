import { csvUploadRows, MAX_SPREADSHEET_BYTES, sniffUpload, uploadRefused } from '@asq/domain'
import { readXlsxRows } from '../reports/xlsx'

export type UploadedRows = { rows: string[][]; kind: 'csv' | 'xlsx'; encoding: string | null }

/**
 * Every import reads its file here (the rule is the domain's upload pipeline): base64 to bytes, the
 * type judged by content, the size capped, CSV decoded (UTF-8 ± BOM or GB18030) with our export's
 * formula protection undone, XLSX read with exceljs. The first row is the header.
 */
export async function readUpload(
  contentBase64: string,
  maxBytes = MAX_SPREADSHEET_BYTES,
): Promise<UploadedRows> {
  const bytes = new Uint8Array(Buffer.from(contentBase64, 'base64'))
  const kind = sniffUpload(bytes, maxBytes)
  if (kind === 'csv') return { kind, ...csvUploadRows(bytes) }
  try {
    return { kind, rows: await readXlsxRows(bytes), encoding: null }
  } catch {
    throw uploadRefused('XLSX_UNREADABLE', '无法读取这个 XLSX 文件。', 'This XLSX file cannot be read.')
  }
}
