import { chinaDate, chinaDayStart, weekdayOf } from '../shared/china-time'
import { DAY } from '../shared/clock'

/**
 * The working calendar. China sets it yearly (State Council notice): public holidays, and make-up
 * working days (调休上班) that fall on weekends. Days are judged in local time (China has one zone,
 * UTC+8, no DST), while every instant is stored and passed around in UTC.
 */
export type WorkingCalendar = {
  /** 0 = Sunday … 6 = Saturday */
  weekendDays: readonly number[]
  /** 'YYYY-MM-DD' local dates that are days off although weekdays. */
  holidays: ReadonlySet<string>
  /** 'YYYY-MM-DD' local dates that are working days although weekend days. */
  makeupWorkdays: ReadonlySet<string>
}

export function makeCalendar(opts: {
  holidays?: Iterable<string>
  makeupWorkdays?: Iterable<string>
  weekendDays?: number[]
}): WorkingCalendar {
  return {
    weekendDays: opts.weekendDays ?? [0, 6],
    holidays: new Set(opts.holidays ?? []),
    makeupWorkdays: new Set(opts.makeupWorkdays ?? []),
  }
}

/** The UTC instant at which the China day containing `at` starts. */
const startOfLocalDay = (at: Date): Date => chinaDayStart(chinaDate(at))

export function isWorkingDay(cal: WorkingCalendar, at: Date): boolean {
  const date = chinaDate(at)
  if (cal.makeupWorkdays.has(date)) return true
  if (cal.holidays.has(date)) return false
  return !cal.weekendDays.includes(weekdayOf(date))
}

/**
 * Countable time between two instants: all of it, or only the parts that fall on working days.
 * This one measure drives every clock, so pausing and working days compose without special cases.
 */
export function countable(cal: WorkingCalendar, from: Date, to: Date, workingOnly: boolean): number {
  if (to.getTime() <= from.getTime()) return 0
  if (!workingOnly) return to.getTime() - from.getTime()
  let total = 0
  let dayStart = startOfLocalDay(from)
  while (dayStart.getTime() < to.getTime()) {
    const dayEnd = new Date(dayStart.getTime() + DAY)
    if (isWorkingDay(cal, dayStart)) {
      total += Math.min(dayEnd.getTime(), to.getTime()) - Math.max(dayStart.getTime(), from.getTime())
    }
    dayStart = dayEnd
  }
  return total
}

/**
 * The instant at which `budget` ms of countable time have passed since `from`, skipping any
 * `excluded` intervals (pauses). When only working time counts, the instant is reached inside a
 * working day or exactly at its end.
 */
export function advance(
  cal: WorkingCalendar,
  from: Date,
  budget: number,
  workingOnly: boolean,
  excluded: readonly { from: Date; to: Date }[] = [],
): Date {
  let remaining = budget
  let cursor = from.getTime()
  const pauses = [...excluded].sort((a, b) => a.from.getTime() - b.from.getTime())
  // Walk day by day (local days), consuming countable time outside pauses.
  for (let guard = 0; guard < 100_000; guard++) {
    const dayEnd = startOfLocalDay(new Date(cursor)).getTime() + DAY
    let segmentEnd = dayEnd
    const pause = pauses.find((p) => p.to.getTime() > cursor && p.from.getTime() < dayEnd)
    if (pause && pause.from.getTime() <= cursor) {
      cursor = Math.min(pause.to.getTime(), dayEnd)
      continue
    }
    if (pause) segmentEnd = pause.from.getTime()
    const counts = !workingOnly || isWorkingDay(cal, new Date(cursor))
    if (counts) {
      const available = segmentEnd - cursor
      if (available >= remaining) return new Date(cursor + remaining)
      remaining -= available
    }
    cursor = segmentEnd
  }
  throw new RangeError('deadline is too far away to compute')
}
