import { once } from 'node:events'
import { PassThrough, Readable } from 'node:stream'
import { chinaDateTime, toCsv } from '@asq/domain'
import type ExcelJS from 'exceljs'
import { loadExcelJs } from '../reports/lazy-libraries'
import { type Cell, xlsxCell } from '../reports/xlsx'

/**
 * Exports of any length in constant memory: rows are pulled from an async source (a keyset-paged
 * query) and written as they come — CSV in chunks of lines, XLSX through exceljs's streaming
 * workbook writer — and the writer waits whenever the reader has not taken the last chunk yet.
 */
export type ExportColumn = { header: string; numFmt?: string; width?: number }
export type ExportFormat = 'csv' | 'xlsx'

const CHUNK = 1000
const csvText = (v: Cell) =>
  v === null ? '' : typeof v === 'string' ? v : v instanceof Date ? chinaDateTime(v) : String(v)

/** CSV text (BOM, header, formula-safe cells) chunk by chunk. */
async function* csvChunks(columns: readonly ExportColumn[], rows: AsyncIterable<Cell[]>) {
  yield toCsv([columns.map((c) => c.header)])
  let lines: string[][] = []
  for await (const r of rows) {
    lines.push(r.map(csvText))
    if (lines.length === CHUNK) {
      yield toCsv(lines).slice(1) // no second BOM
      lines = []
    }
  }
  if (lines.length) yield toCsv(lines).slice(1)
}

/**
 * exceljs's sheet stream (a StreamBuf in batch mode) pushes its 64 KB buffers into the zip entry it is
 * piped to without looking at write()'s answer, so a sheet written faster than deflate runs piles up
 * in that entry's buffer (300 MB at 1 000 000 rows, measured). Wait until each destination has taken
 * what it was given: the one place the library lets back-pressure in.
 */
async function zipCaughtUp(ws: ExcelJS.Worksheet) {
  const sheetStream = (ws as unknown as { stream?: { pipes?: NodeJS.WritableStream[] } }).stream
  for (const dest of sheetStream?.pipes ?? []) {
    // archiver's entries are readable-stream v2 PassThroughs: no writableLength, the same state inside.
    const state = (dest as unknown as { _writableState?: { length: number; highWaterMark: number } })
      ._writableState
    if (state && state.length > state.highWaterMark) await once(dest, 'drain')
  }
}

/** An XLSX file as a byte stream: typed cells, one sheet, rows committed (and freed) as written. */
function xlsxStream(sheet: string, columns: readonly ExportColumn[], rows: AsyncIterable<Cell[]>): Readable {
  const out = new PassThrough()
  const write = async () => {
    const Excel = await loadExcelJs()
    const wb = new Excel.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false })
    const ws = wb.addWorksheet(sheet)
    ws.columns = columns.map((c, i) => ({
      header: c.header,
      key: String(i),
      width: c.width ?? 16,
      style: c.numFmt ? { numFmt: c.numFmt } : {},
    }))
    ws.getRow(1).font = { bold: true }
    let n = 0
    for await (const r of rows) {
      ws.addRow(r.map(xlsxCell)).commit()
      if (++n % CHUNK === 0) {
        // Let the zip's deflate run (it works in macrotasks), then wait for the reader to catch up.
        await new Promise((resolve) => setImmediate(resolve))
        await zipCaughtUp(ws)
        if (out.readableLength > out.readableHighWaterMark) await once(out, 'drain')
      }
    }
    ws.commit()
    await wb.commit()
  }
  write().catch((e) => out.destroy(e as Error))
  return out
}

/** The bytes of an export of either format, as a web stream for an HTTP response body. */
export function exportStream(
  format: ExportFormat,
  sheet: string,
  columns: readonly ExportColumn[],
  rows: AsyncIterable<Cell[]>,
): ReadableStream<Uint8Array> {
  if (format === 'xlsx') return Readable.toWeb(xlsxStream(sheet, columns, rows)) as ReadableStream<Uint8Array>
  const encoder = new TextEncoder()
  const chunks = csvChunks(columns, rows)
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next()
      if (next.done) controller.close()
      else controller.enqueue(encoder.encode(next.value))
    },
  })
}
