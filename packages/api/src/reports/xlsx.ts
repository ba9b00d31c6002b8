import { chinaDate, fromChinaWallClock, toChinaWallClock } from '@asq/domain'
import { loadExcelJs } from './lazy-libraries'

export type Cell = string | number | Date | null
export type Sheet = {
  name: string
  columns: { header: string; key: string; width?: number; numFmt?: string }[]
  rows: Record<string, Cell>[]
  /** A number format for single cells of a row (row index → column key → format), e.g. money in a mixed column. */
  cellFormats?: Map<number, Record<string, string>>
}

/**
 * XLSX exports. Cells keep their type — text, number, date — and text is written as it is: an XLSX
 * string cell is never evaluated as a formula, so no apostrophe is added (that is CSV's protection).
 * A cell has no time zone: instants are written as Beijing wall time, so a settlement at 02:00 UTC
 * reads 10:00 in Excel exactly as in the PDF; a business date is passed as its China day start.
 */
export const xlsxCell = (v: Cell) => (v instanceof Date ? toChinaWallClock(v) : v)

export async function renderXlsx(sheets: Sheet[]): Promise<Buffer> {
  const wb = new (await loadExcelJs()).Workbook()
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
    s.rows.forEach((r, i) => {
      const row = ws.addRow(Object.fromEntries(Object.entries(r).map(([k, v]) => [k, xlsxCell(v)])))
      for (const [key, numFmt] of Object.entries(s.cellFormats?.get(i) ?? {}))
        row.getCell(key).numFmt = numFmt
    })
  }
  return Buffer.from(await wb.xlsx.writeBuffer())
}

/** What a cell holds as text: rich text joined, a formula's cached result, a hyperlink's text. */
function cellText(v: unknown): string {
  if (v === null || v === undefined) return ''
  if (v instanceof Date) return chinaDate(fromChinaWallClock(v)) // a date cell holds the wall date as typed
  if (typeof v !== 'object') return String(v)
  if ('richText' in v) return (v.richText as { text: string }[]).map((r) => r.text).join('')
  if ('result' in v) return cellText(v.result)
  if ('text' in v) return cellText(v.text)
  if ('error' in v) return ''
  return String(v)
}

/** Reads the first sheet of an XLSX file as rows of cell text (for imports). */
export async function readXlsxRows(content: Uint8Array): Promise<string[][]> {
  const wb = new (await loadExcelJs()).Workbook()
  await wb.xlsx.load(content as unknown as ArrayBuffer)
  const ws = wb.worksheets[0]
  if (!ws) return []
  const rows: string[][] = []
  ws.eachRow({ includeEmpty: false }, (row) => {
    rows.push((row.values as unknown[]).slice(1).map(cellText))
  })
  return rows
}
