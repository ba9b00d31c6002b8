import { chinaDate, fromChinaWallClock, safeCell, toChinaWallClock } from '@asq/domain'
import ExcelJS from 'exceljs'

export type Sheet = {
  name: string
  columns: { header: string; key: string; width?: number; numFmt?: string }[]
  rows: Record<string, string | number | Date | null>[]
}

/**
 * XLSX exports. Text cells pass through safeCell so nothing typed by a user (a part name starting
 * with "=") is ever opened as a formula. A cell has no time zone: instants are written as Beijing wall
 * time, so a settlement at 02:00 UTC reads 10:00 in Excel exactly as in the PDF.
 */
const cell = (v: string | number | Date | null) =>
  typeof v === 'string' ? safeCell(v) : v instanceof Date ? toChinaWallClock(v) : v

export async function renderXlsx(sheets: Sheet[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.creator = '售后质量平台 After-sales quality platform'
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name)
    ws.columns = s.columns.map((c) => ({
      header: c.header,
      key: c.key,
      width: c.width ?? 16,
      style: c.numFmt ? { numFmt: c.numFmt } : {},
    }))
    ws.getRow(1).font = { bold: true }
    for (const r of s.rows) {
      ws.addRow(Object.fromEntries(Object.entries(r).map(([k, v]) => [k, cell(v)])))
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer())
}

/** Reads the first sheet of an XLSX file as rows of cell text (for imports). */
export async function readXlsxRows(content: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(content as unknown as ArrayBuffer)
  const ws = wb.worksheets[0]
  if (!ws) return []
  const rows: string[][] = []
  ws.eachRow({ includeEmpty: false }, (row) => {
    const values = (row.values as unknown[]).slice(1)
    rows.push(
      values.map((v) =>
        v === null || v === undefined
          ? ''
          : typeof v === 'object' && v && 'text' in v
            ? String((v as { text: unknown }).text)
            : v instanceof Date
              ? chinaDate(fromChinaWallClock(v)) // a date cell holds the wall date as typed
              : String(v),
      ),
    )
  })
  return rows
}
