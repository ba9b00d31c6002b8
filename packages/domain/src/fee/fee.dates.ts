/**
 * Calendar dates as 'YYYY-MM-DD' strings (local China dates). They compare as strings, and the
 * arithmetic below runs in UTC so it never depends on the machine's time zone.
 */
export type IsoDate = string

const CHINA_OFFSET_MS = 8 * 3_600_000

export const isIsoDate = (s: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false
  const d = new Date(`${s}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
}

/** The local (China, UTC+8) calendar date of an instant. */
export const chinaDate = (at: Date): IsoDate =>
  new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10)

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

/** Calendar months later; a day that does not exist in the target month becomes its last day (1-31 + 1 = 2-28). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const total = y * 12 + (m - 1) + months
  const ty = Math.floor(total / 12)
  const tm = total % 12
  const last = new Date(Date.UTC(ty, tm + 1, 0)).getUTCDate()
  return new Date(Date.UTC(ty, tm, Math.min(d, last))).toISOString().slice(0, 10)
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: IsoDate, to: IsoDate): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)

/** The first instant and the first instant after a local month 'YYYY-MM'. */
export function monthBounds(period: string): { from: Date; to: Date } {
  const [y, m] = period.split('-').map(Number) as [number, number]
  return {
    from: new Date(Date.UTC(y, m - 1, 1) - CHINA_OFFSET_MS),
    to: new Date(Date.UTC(y, m, 1) - CHINA_OFFSET_MS),
  }
}
