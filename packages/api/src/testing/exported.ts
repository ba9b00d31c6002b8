import { csvUploadRows } from '@asq/domain'
import ExcelJS from 'exceljs'
import type { ExportDescription } from '../exports/export-procedure'
import { exportStream } from '../exports/stream-export'
import { readXlsxRows } from '../reports/xlsx'

/**
 * The file an export description streams, read back as a user's spreadsheet would show it: the header
 * and one row of cell text per record (CSV protection undone, XLSX cells as text); `text` is the raw CSV,
 * `bytes` the file as downloaded.
 */
export async function exportedFile(answer: unknown) {
  const d = answer as ExportDescription
  const bytes = await exportedBytes(d)
  const rows = d.format === 'csv' ? csvUploadRows(bytes).rows : await readXlsxRows(bytes)
  const text = d.format === 'csv' ? new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) : ''
  return { filename: d.filename, header: rows[0] ?? [], rows: rows.slice(1), text, bytes }
}

/** The bytes of the file an export description streams. */
export const exportedBytes = async (d: ExportDescription) =>
  new Uint8Array(await new Response(exportStream(d.format, d.sheet, d.columns, d.rows)).arrayBuffer())

/** The file as base64, as an import procedure takes it (an export → import round trip). */
export const exportedBase64 = async (d: ExportDescription) =>
  Buffer.from(await exportedBytes(d)).toString('base64')

/** An XLSX export's cells as exceljs reads them (numbers, dates, text), header row first. */
export async function exportedXlsxValues(answer: unknown): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load((await exportedBytes(answer as ExportDescription)) as unknown as ArrayBuffer)
  const rows: unknown[][] = []
  wb.worksheets[0]!.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1))
  })
  return rows
}
