import { z } from 'zod'
import { shiftPeriod } from '../reimbursement'
import { addDays, chinaDate, chinaInstant, daysBetween, weekdayOf } from '../shared/china-time'
import { DomainError } from '../shared/errors'
import { type KpiPeriod, monthPeriod } from './kpi.period'
import { type Scope, scopeSchema } from './kpi.schema'

/**
 * The summary reports HQ receives: a weekly one (Monday–Sunday, China dates) and a monthly one.
 * A week is keyed by its ISO week ('2026-W10'), a month by 'YYYY-MM'. Each is due at 08:00 China
 * time on the first day after its period (the Monday after the week, the 1st of the next month),
 * whatever the server's own zone: the day starts at 00:00, the data of the period's last evening
 * has been counted by then, and the report is there when the office opens.
 */
export const REPORT_KINDS = ['weekly', 'monthly'] as const
export type ReportKind = (typeof REPORT_KINDS)[number]

/** 08:00 China time, in minutes after China's midnight. */
export const REPORT_DUE_MINUTE = 8 * 60

export const REPORT_KIND_LABELS: Record<ReportKind, { zh: string; en: string }> = {
  weekly: { zh: '周报', en: 'Weekly summary' },
  monthly: { zh: '月报', en: 'Monthly summary' },
}

const WEEK_KEY = /^(\d{4})-W(\d{2})$/
const MONTH_KEY = /^\d{4}-(0[1-9]|1[0-2])$/

/** The Monday–Sunday week (China dates) a day belongs to. */
export function weekOf(day: string): KpiPeriod {
  const from = addDays(day, -((weekdayOf(day) + 6) % 7))
  return { from, to: addDays(from, 6) }
}

/** The Monday of ISO week 1 of a year: the week that holds 4 January. */
const isoWeekOneMonday = (year: number) => weekOf(`${String(year).padStart(4, '0')}-01-04`).from

/** The ISO week key of the week a day belongs to ('2026-W10'); the week's Thursday decides the year. */
export function isoWeekKey(day: string): string {
  const thursday = addDays(weekOf(day).from, 3)
  const year = Number(thursday.slice(0, 4))
  const week = Math.floor(daysBetween(isoWeekOneMonday(year), thursday) / 7) + 1
  return `${thursday.slice(0, 4)}-W${String(week).padStart(2, '0')}`
}

const badKey = (kind: ReportKind) =>
  new DomainError(
    'BAD_INPUT',
    'KPI.BAD_REPORT_PERIOD',
    kind === 'weekly' ? 'A week is written YYYY-Www (ISO week)' : 'A month is written YYYY-MM',
    { field: 'key' },
  )

/** The China dates a report covers. */
export function reportPeriod(kind: ReportKind, key: string): KpiPeriod {
  if (kind === 'monthly') {
    if (!MONTH_KEY.test(key)) throw badKey(kind)
    return monthPeriod(key)
  }
  const m = WEEK_KEY.exec(key)
  if (!m) throw badKey(kind)
  const from = addDays(isoWeekOneMonday(Number(m[1])), (Number(m[2]) - 1) * 7)
  if (Number(m[2]) < 1 || isoWeekKey(from) !== key) throw badKey(kind)
  return { from, to: addDays(from, 6) }
}

/** The key of the report of `kind` whose period holds a China date. */
export const reportKeyOf = (kind: ReportKind, day: string): string =>
  kind === 'weekly' ? isoWeekKey(day) : day.slice(0, 7)

/** When a report is due: 08:00 China time on the day after its period. */
export const reportDueAt = (kind: ReportKind, key: string): Date =>
  chinaInstant(addDays(reportPeriod(kind, key).to, 1), REPORT_DUE_MINUTE)

/** The key of the period just before. */
export function previousReportKey(kind: ReportKind, key: string): string {
  return kind === 'monthly' ? shiftPeriod(key, -1) : isoWeekKey(addDays(reportPeriod(kind, key).from, -7))
}

/** The newest report of `kind` that is due at `now` (what the scheduled job makes). */
export function latestDueKey(kind: ReportKind, now: Date): string {
  const today = chinaDate(now)
  const last = reportKeyOf(kind, today)
  const before = previousReportKey(kind, last)
  return reportDueAt(kind, before) <= now ? before : previousReportKey(kind, before)
}

/** True when the period has begun and may be reported (a running period gives a partial report). */
export const reportHasBegun = (kind: ReportKind, key: string, now: Date): boolean =>
  reportPeriod(kind, key).from <= chinaDate(now)

/** A report's archive scope as one text ('all', 'station:<id>', …), part of its unique key. */
export function scopeKey(scope: Scope): string {
  switch (scope.kind) {
    case 'all':
      return 'all'
    case 'region':
      return `region:${scope.region}`
    case 'station':
      return `station:${scope.stationId}`
    case 'product_line':
      return `product_line:${scope.productLineId}`
    case 'supplier':
      return `supplier:${scope.supplierId}`
  }
}

export const reportKeySchema = z
  .object({ kind: z.enum(REPORT_KINDS), key: z.string().max(10) })
  .superRefine((r, ctx) => {
    try {
      reportPeriod(r.kind, r.key)
    } catch (e) {
      ctx.addIssue({ code: 'custom', path: ['key'], message: (e as Error).message })
    }
  })

export const generateReportInputSchema = z.object({
  kind: z.enum(REPORT_KINDS),
  key: z.string().max(10),
  scope: scopeSchema.default({ kind: 'all' }),
  clientRequestId: z.string().uuid(),
})
export type GenerateReportInput = z.infer<typeof generateReportInputSchema>

/** A report's title in both languages, e.g. 售后质量月报 2026-03 / After-sales quality monthly summary 2026-03. */
export function reportTitle(kind: ReportKind, key: string): { zh: string; en: string } {
  const p = reportPeriod(kind, key)
  return kind === 'monthly'
    ? { zh: `售后质量月报 ${key}`, en: `After-sales quality monthly summary ${key}` }
    : {
        zh: `售后质量周报 ${key}（${p.from} 至 ${p.to}）`,
        en: `After-sales quality weekly summary ${key} (${p.from} to ${p.to})`,
      }
}
