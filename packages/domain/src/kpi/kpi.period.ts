import { PERIOD_PATTERN, periodDays, shiftPeriod } from '../reimbursement'
import { addDays, chinaDate, daysBetween, isIsoDate } from '../shared/china-time'
import { DomainError } from '../shared/errors'

/**
 * A reporting period: an inclusive range of China calendar dates ('YYYY-MM-DD'). Business dates are
 * China dates (UTC+8), never a slice of a UTC ISO string; the arithmetic is the shared China-time module's.
 */
export type KpiPeriod = { from: string; to: string }

/** The China calendar date an instant falls on. */
export const kpiDay = chinaDate

export const daysIn = (p: KpiPeriod): number => daysBetween(p.from, p.to) + 1

/** 'YYYY-MM' → that whole month. */
export function monthPeriod(month: string): KpiPeriod {
  if (!PERIOD_PATTERN.test(month))
    throw new DomainError('BAD_INPUT', 'KPI.BAD_MONTH', 'A month is written YYYY-MM', { field: 'month' })
  const { first, last } = periodDays(month)
  return { from: first, to: last }
}

/** Every month 'YYYY-MM' a period touches, in order. */
export function monthsOf(p: KpiPeriod): string[] {
  const out: string[] = []
  for (let m = p.from.slice(0, 7); m <= p.to.slice(0, 7); m = shiftPeriod(m, 1)) out.push(m)
  return out
}

/**
 * The period just before, of the same shape: a whole month gives the previous whole month; any other
 * range gives the same number of days immediately before it.
 */
export function previousKpiPeriod(p: KpiPeriod): KpiPeriod {
  const month = p.from.slice(0, 7)
  const whole = monthPeriod(month)
  if (whole.from === p.from && whole.to === p.to) return monthPeriod(shiftPeriod(month, -1))
  const n = daysIn(p)
  return { from: addDays(p.from, -n), to: addDays(p.from, -1) }
}

/** The Monday–Sunday week that ends before `day` (the weekly summary made on Monday covers it). */
export function weekEndingBefore(day: string): KpiPeriod {
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7 // Monday = 0
  const to = addDays(day, -weekday - 1)
  return { from: addDays(to, -6), to }
}

export function assertPeriod(p: KpiPeriod): KpiPeriod {
  if (!isIsoDate(p.from) || !isIsoDate(p.to))
    throw new DomainError('BAD_INPUT', 'KPI.BAD_PERIOD', 'Dates are written YYYY-MM-DD', { field: 'period' })
  if (p.from > p.to)
    throw new DomainError('BAD_INPUT', 'KPI.BAD_PERIOD', 'The period ends before it starts', {
      field: 'period.to',
    })
  if (daysIn(p) > 731)
    throw new DomainError('BAD_INPUT', 'KPI.BAD_PERIOD', 'A period is at most two years', {
      field: 'period.to',
    })
  return p
}
