import { z } from 'zod'
import { addDays, chinaYear, type IsoDate, isIsoDate, weekdayOf } from '../shared/china-time'
import type { CalendarDayInput } from './sla.schema'

/**
 * The State Council's yearly holiday notice (国务院办公厅关于某年部分节假日安排的通知), in its own shape:
 * each holiday is a range of days off (2026-10-01 至 2026-10-07), followed by the weekend days that are
 * worked instead (调休上班). HQ imports a year from this shape in one step; the app previews it as a year
 * grid before anything is saved.
 */
const date = z.string().refine(isIsoDate, 'a real date as YYYY-MM-DD')
/** The longest range one notice entry may hold (the longest real one, Spring Festival, is 9 days). */
export const MAX_HOLIDAY_DAYS = 31
export const noticeSchema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    holidays: z
      .array(
        z.object({
          name: z.string().trim().min(1).max(60),
          from: date,
          to: date,
          /** The weekend days worked for this holiday (调休上班). */
          makeupWorkdays: z.array(date).max(4).default([]),
        }),
      )
      .min(1)
      .max(20),
  })
  .superRefine((n, ctx) => {
    const seen = new Map<IsoDate, string>()
    n.holidays.forEach((h, i) => {
      // zod runs this refinement even when a date above was refused: only real dates are walked, and
      // only over a bounded range (a text such as "<script>" sorts after every date, and walking to it
      // took seconds of CPU).
      if (!isIsoDate(h.from) || !isIsoDate(h.to)) return
      if (h.to < h.from)
        ctx.addIssue({ code: 'custom', path: ['holidays', i, 'to'], message: 'ends before it starts' })
      if (h.from.slice(0, 4) !== String(n.year) && h.to.slice(0, 4) !== String(n.year))
        ctx.addIssue({ code: 'custom', path: ['holidays', i, 'from'], message: `not in ${n.year}` })
      if (h.to > addDays(h.from, MAX_HOLIDAY_DAYS - 1)) {
        ctx.addIssue({
          code: 'custom',
          path: ['holidays', i, 'to'],
          message: `a holiday lasts at most ${MAX_HOLIDAY_DAYS} days`,
        })
        return
      }
      for (let d = h.from; d <= h.to; d = addDays(d, 1)) {
        if (seen.has(d))
          ctx.addIssue({
            code: 'custom',
            path: ['holidays', i, 'from'],
            message: `${d} is already in ${seen.get(d)}`,
          })
        seen.set(d, h.name)
      }
      h.makeupWorkdays.forEach((m, j) => {
        const path = ['holidays', i, 'makeupWorkdays', j]
        if (![0, 6].includes(weekdayOf(m)))
          ctx.addIssue({
            code: 'custom',
            path,
            message: `${m} is not a weekend day; it is a working day anyway`,
          })
        if (seen.has(m)) ctx.addIssue({ code: 'custom', path, message: `${m} is also a holiday` })
      })
    })
  })
export type Notice = z.input<typeof noticeSchema>

/** The notice as calendar days: every day of every range a holiday, every 调休 day a working day. */
export function noticeDays(notice: z.output<typeof noticeSchema>): CalendarDayInput[] {
  const out: CalendarDayInput[] = []
  for (const h of notice.holidays) {
    for (let d = h.from; d <= h.to; d = addDays(d, 1)) out.push({ date: d, kind: 'holiday', name: h.name })
    for (const m of h.makeupWorkdays) out.push({ date: m, kind: 'workday', name: `${h.name}调休上班` })
  }
  return out.sort((a, b) => a.date.localeCompare(b.date))
}

/** A year's days as one comparable key: order does not matter, every date, kind and name does. */
const yearKey = (days: readonly { date: string; kind: string; name: string }[]) =>
  JSON.stringify(
    days.map((d) => [d.date, d.kind, d.name]).sort(([a], [b]) => (a! < b! ? -1 : a! > b! ? 1 : 0)),
  )

/**
 * Whether loading `given` would leave the year as it is on file: a notice or a year file loaded a
 * second time is recognised, and the import writes nothing (no rows, no audit event).
 */
export const sameYearDays = (
  onFile: readonly { date: string; kind: string; name: string }[],
  given: readonly CalendarDayInput[],
) => yearKey(onFile) === yearKey(given)

export type GridDay = {
  date: IsoDate
  kind: 'workday' | 'weekend' | 'holiday' | 'makeup'
  name: string | null
}

/** A year as twelve months of days (Monday-first weeks; null pads), for the preview before saving. */
export function yearGrid(year: number, days: readonly CalendarDayInput[]): (GridDay | null)[][][] {
  const byDate = new Map(days.map((d) => [d.date, d]))
  return Array.from({ length: 12 }, (_, m) => {
    const first = `${year}-${String(m + 1).padStart(2, '0')}-01`
    const cells: (GridDay | null)[] = Array((weekdayOf(first) + 6) % 7).fill(null)
    for (let d = first; d.slice(0, 7) === first.slice(0, 7); d = addDays(d, 1)) {
      const set = byDate.get(d)
      const weekend = [0, 6].includes(weekdayOf(d))
      const kind =
        set?.kind === 'holiday'
          ? 'holiday'
          : set?.kind === 'workday'
            ? 'makeup'
            : weekend
              ? 'weekend'
              : 'workday'
      cells.push({ date: d, kind, name: set?.name ?? null })
    }
    while (cells.length % 7) cells.push(null)
    return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7))
  })
}

/**
 * The years between two instants (China time) for which no calendar is loaded: a deadline counted
 * across one of them ignores that year's holidays, so HQ is warned.
 */
export function yearsWithoutCalendar(loaded: ReadonlySet<number>, from: Date, to: Date): number[] {
  const out: number[] = []
  for (let y = chinaYear(from); y <= chinaYear(to); y++) if (!loaded.has(y)) out.push(y)
  return out
}
