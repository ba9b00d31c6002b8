import { monthPeriod } from '../../kpi'
import { chinaCompactDate, chinaDayStart, daysBetween, isIsoDate } from '../../shared/china-time'
import { meetingErrors } from './meeting.errors'
import type { MeetingPeriodKind } from './meeting.vocabulary'

/** What HQ asks for: a calendar month in China time (the default), or a custom date range. */
export type PeriodChoice = { kind: 'month'; month: string } | { kind: 'custom'; from: string; to: string }
export type MeetingPeriod = { kind: MeetingPeriodKind; from: string; to: string }

/** A custom period is at most a quarter and a bit: a review meeting looks at weeks or months, not years. */
export const MAX_CUSTOM_DAYS = 92

/** The inclusive China dates a meeting reviews. */
export function meetingPeriod(p: PeriodChoice): MeetingPeriod {
  if (p.kind === 'month') return { kind: 'month', ...monthPeriod(p.month) }
  if (!isIsoDate(p.from)) throw meetingErrors.badPeriod('period.from', 'Dates are written YYYY-MM-DD')
  if (!isIsoDate(p.to)) throw meetingErrors.badPeriod('period.to', 'Dates are written YYYY-MM-DD')
  if (p.from > p.to) throw meetingErrors.badPeriod('period.to', 'The period ends before it starts')
  if (daysBetween(p.from, p.to) + 1 > MAX_CUSTOM_DAYS)
    throw meetingErrors.badPeriod('period.to', `A custom period is at most ${MAX_CUSTOM_DAYS} days`)
  return { kind: 'custom', from: p.from, to: p.to }
}

/** The meeting's number: RM-YYYYMM for a month, RM-YYYYMMDD-YYYYMMDD for a custom range. */
export function meetingNumber(p: MeetingPeriod): string {
  const compact = (d: string) => chinaCompactDate(chinaDayStart(d))
  return p.kind === 'month' ? `RM-${compact(p.from).slice(0, 6)}` : `RM-${compact(p.from)}-${compact(p.to)}`
}

/** The meeting cannot be held before the period it reviews has begun. */
export function assertMeetingDate(p: MeetingPeriod, meetingDate: string): void {
  if (meetingDate < p.from) throw meetingErrors.meetingBeforePeriod()
}
