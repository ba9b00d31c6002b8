import { addDays, chinaDate, chinaInstant, type IsoDate, weekdayOf } from '../shared/china-time'

/**
 * The working calendar. China sets it yearly (State Council notice): public holidays, and make-up
 * working days (调休上班) that fall on weekends. On top of that each desk or station has opening hours,
 * one or more intervals per weekday (08:30–12:00 and 13:30–18:00), and may close on extra days.
 * Days are China dates (UTC+8, no DST); every instant is stored and passed around in UTC.
 */

/** Minutes after midnight, `from` < `to` ≤ 1440. */
export type OpeningInterval = { from: number; to: number }
/** Opening intervals per weekday, index 0 = Sunday … 6 = Saturday; an empty day is closed. */
export type WeeklyHours = readonly (readonly OpeningInterval[])[]

export type WorkingCalendar = {
  /** 0 = Sunday … 6 = Saturday: the days off of an ordinary week. */
  weekendDays: readonly number[]
  /** Dates that are days off although weekdays. */
  holidays: ReadonlySet<IsoDate>
  /** Dates that are working days although weekend days. */
  makeupWorkdays: ReadonlySet<IsoDate>
  hours: WeeklyHours
  /** This desk's or station's own extra closed dates. */
  closures: ReadonlySet<IsoDate>
}

/**
 * How a clock counts time: every instant; whole working dates (all 24 hours of a date the calendar
 * marks working, today's meaning of "working day", so existing policies do not change); or only the
 * opening hours of working dates.
 */
export type Measure = 'calendar' | 'working_days' | 'working_hours'

const WHOLE_DAY: readonly OpeningInterval[] = [{ from: 0, to: 1440 }]
/** Without opening hours set, a working date is open all day: working hours = working days. */
export const DEFAULT_HOURS: WeeklyHours = [[], WHOLE_DAY, WHOLE_DAY, WHOLE_DAY, WHOLE_DAY, WHOLE_DAY, []]

const closedWeekdays = (hours: WeeklyHours) =>
  [0, 1, 2, 3, 4, 5, 6].filter((d) => (hours[d] ?? []).length === 0)

export function makeCalendar(opts: {
  holidays?: Iterable<IsoDate>
  makeupWorkdays?: Iterable<IsoDate>
  weekendDays?: number[]
  hours?: WeeklyHours
  closures?: Iterable<IsoDate>
}): WorkingCalendar {
  const hours = opts.hours ?? DEFAULT_HOURS
  return {
    weekendDays: opts.weekendDays ?? (opts.hours ? closedWeekdays(hours) : [0, 6]),
    holidays: new Set(opts.holidays ?? []),
    makeupWorkdays: new Set(opts.makeupWorkdays ?? []),
    hours,
    closures: new Set(opts.closures ?? []),
  }
}

/**
 * A station's calendar: HQ's holidays and make-up days (the State Council's, loaded once), the
 * station's own opening hours (HQ's when it has set none) and its own extra closures.
 */
export function stationCalendar(
  hq: WorkingCalendar,
  own: { hours?: WeeklyHours | null; closures?: Iterable<IsoDate> },
): WorkingCalendar {
  const hours = own.hours ?? hq.hours
  return {
    weekendDays: own.hours ? closedWeekdays(hours) : hq.weekendDays,
    holidays: hq.holidays,
    makeupWorkdays: hq.makeupWorkdays,
    hours,
    closures: new Set(own.closures ?? []),
  }
}

export function isWorkingDate(cal: WorkingCalendar, date: IsoDate): boolean {
  if (cal.closures.has(date)) return false
  if (cal.makeupWorkdays.has(date)) return true
  if (cal.holidays.has(date)) return false
  return !cal.weekendDays.includes(weekdayOf(date))
}

export const isWorkingDay = (cal: WorkingCalendar, at: Date): boolean => isWorkingDate(cal, chinaDate(at))

/** A make-up working day on a day that is normally closed keeps the hours of an ordinary weekday. */
function openingOf(cal: WorkingCalendar, date: IsoDate): readonly OpeningInterval[] {
  if (!isWorkingDate(cal, date)) return []
  const own = cal.hours[weekdayOf(date)] ?? []
  if (own.length > 0) return own
  return [1, 2, 3, 4, 5, 6, 0].map((d) => cal.hours[d] ?? []).find((h) => h.length > 0) ?? WHOLE_DAY
}

/** The countable intervals of one China date under a measure, as UTC instants in time order. */
export function countableIntervals(cal: WorkingCalendar, date: IsoDate, measure: Measure) {
  const minutes =
    measure === 'calendar'
      ? WHOLE_DAY
      : measure === 'working_days'
        ? isWorkingDate(cal, date)
          ? WHOLE_DAY
          : []
        : openingOf(cal, date)
  return [...minutes]
    .sort((a, b) => a.from - b.from)
    .map((m) => ({ from: chinaInstant(date, m.from).getTime(), to: chinaInstant(date, m.to).getTime() }))
}

type Span = { from: Date; to: Date }
/** About 55 years of days: a calendar with no opening hours at all must fail, not loop. */
const MAX_DAYS = 20_000

/** Countable time between two instants under a measure, in ms. */
export function countable(cal: WorkingCalendar, from: Date, to: Date, measure: Measure): number {
  if (to.getTime() <= from.getTime()) return 0
  if (measure === 'calendar') return to.getTime() - from.getTime()
  let total = 0
  const last = chinaDate(new Date(to.getTime() - 1))
  for (let date = chinaDate(from); date <= last; date = addDays(date, 1)) {
    for (const iv of countableIntervals(cal, date, measure)) {
      total += Math.max(0, Math.min(iv.to, to.getTime()) - Math.max(iv.from, from.getTime()))
    }
  }
  return total
}

/** `iv` minus the (sorted) pauses: the free pieces left, in time order. */
function freePieces(iv: { from: number; to: number }, pauses: readonly Span[]) {
  const out: { from: number; to: number }[] = []
  let cursor = iv.from
  for (const p of pauses) {
    const a = p.from.getTime()
    const b = p.to.getTime()
    if (b <= cursor || a >= iv.to) continue
    if (a > cursor) out.push({ from: cursor, to: a })
    cursor = Math.max(cursor, b)
    if (cursor >= iv.to) break
  }
  if (cursor < iv.to) out.push({ from: cursor, to: iv.to })
  return out
}

/**
 * The instant at which `budget` ms of countable time have passed since `from`, skipping the
 * `excluded` intervals (pauses). Under working hours the instant lies inside opening hours, or
 * exactly at a closing time when the budget runs out there; a pause outside them moves nothing.
 */
export function advance(
  cal: WorkingCalendar,
  from: Date,
  budget: number,
  measure: Measure,
  excluded: readonly Span[] = [],
): Date {
  const pauses = [...excluded].sort((a, b) => a.from.getTime() - b.from.getTime())
  let remaining = budget
  let date = chinaDate(from)
  for (let n = 0; n < MAX_DAYS; n++, date = addDays(date, 1)) {
    for (const iv of countableIntervals(cal, date, measure)) {
      if (iv.to <= from.getTime()) continue
      const clipped = { from: Math.max(iv.from, from.getTime()), to: iv.to }
      for (const piece of freePieces(clipped, pauses)) {
        const available = piece.to - piece.from
        if (available >= remaining && available > 0) return new Date(piece.from + remaining)
        remaining -= available
      }
    }
  }
  throw new RangeError('deadline is too far away to compute (a calendar without opening hours?)')
}
