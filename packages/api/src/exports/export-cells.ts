import { chinaDayStart, type IsoDate } from '@asq/domain'
import type { Cell } from '../reports/xlsx'
import type { ExportColumn, ExportFormat } from './stream-export'

/** A money column: yuan with two decimals (XLSX a number, CSV its text). */
export const moneyColumn = (header: string): ExportColumn => ({ header, numFmt: '0.00', width: 14 })
/** An instant column, shown in China local time. */
export const timeColumn = (header: string): ExportColumn => ({
  header,
  numFmt: 'yyyy-mm-dd hh:mm',
  width: 18,
})

/** Fen as yuan: a number for XLSX (formatted 0.00), "12.50" for CSV; integer arithmetic, no float text. */
export const yuanCell =
  (format: ExportFormat) =>
  (fen: number): Cell => {
    if (format === 'xlsx') return fen / 100
    const abs = Math.abs(fen)
    return `${fen < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
  }

/** A business date column (yyyy-mm-dd). */
export const dateColumn = (header: string): ExportColumn => ({ header, numFmt: 'yyyy-mm-dd', width: 12 })
/** A business date: a date cell in XLSX (its China day), the ISO date as text in CSV. */
export const dateCell =
  (format: ExportFormat) =>
  (day: IsoDate | null): Cell =>
    day === null ? null : format === 'xlsx' ? chinaDayStart(day) : day
/** 是 / 否 */
export const yesNo = (v: boolean): Cell => (v ? '是 Yes' : '否 No')
