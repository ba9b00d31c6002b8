/**
 * China time, in one place. Every instant is stored and passed around in UTC; a business date, a month,
 * "today" and every printed time are China's wall time: UTC+8 all year (China has one zone and no
 * daylight saving), so a fixed offset is exact and nothing depends on the machine's or browser's zone.
 * Nothing else in the code base adds the offset or slices a UTC ISO string into a date
 * (tooling/architecture refuses both).
 */

/** A calendar date as `YYYY-MM-DD`; dates compare correctly as strings. */
export type IsoDate = string
/** A calendar month as `YYYY-MM`. */
export type IsoMonth = string

export const CHINA_UTC_OFFSET_MINUTES = 480
export const CHINA_TIME_ZONE = 'Asia/Shanghai'
const OFFSET_MS = CHINA_UTC_OFFSET_MINUTES * 60_000
const DAY_MS = 86_400_000

const pad = (n: number, w = 2) => String(n).padStart(w, '0')
/** The fields of a UTC-based Date as a date string (the shifted Date carries China's wall time). */
const ymd = (d: Date): IsoDate =>
  `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
const hm = (d: Date) => `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
const wall = (at: Date) => new Date(at.getTime() + OFFSET_MS)
const dateParts = (date: IsoDate) => date.split('-').map(Number) as [number, number, number]

/** True for a real calendar date written `YYYY-MM-DD` (2026-02-30 is refused). */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false
  const [y, m, d] = dateParts(s)
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)
}

export const daysInMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate()

/** China's calendar date of an instant. */
export const chinaDate = (at: Date): IsoDate => ymd(wall(at))
/** China's calendar month of an instant. */
export const chinaMonth = (at: Date): IsoMonth => chinaDate(at).slice(0, 7)
/** China's calendar year of an instant. */
export const chinaYear = (at: Date): number => wall(at).getUTCFullYear()
/** `YYYY-MM-DD HH:mm` in China time, for documents, messages and file contents. */
export const chinaDateTime = (at: Date): string => `${chinaDate(at)} ${hm(wall(at))}`
/** `HH:mm` in China time. */
export const chinaClockTime = (at: Date): string => hm(wall(at))
/** `YYYYMMDD` in China time, for document numbers and file names. */
export const chinaCompactDate = (at: Date): string => chinaDate(at).replace(/-/g, '')
/** Minutes since China's midnight (0 … 1439). */
export const chinaMinuteOfDay = (at: Date): number => {
  const w = wall(at)
  return w.getUTCHours() * 60 + w.getUTCMinutes()
}

/** The first instant of a China calendar date. */
export const chinaDayStart = (date: IsoDate): Date => {
  const [y, m, d] = dateParts(date)
  return new Date(Date.UTC(y, m - 1, d) - OFFSET_MS)
}
/** The first instant after a China calendar date (the next day's start). */
export const chinaDayEnd = (date: IsoDate): Date => new Date(chinaDayStart(date).getTime() + DAY_MS)
/** The instant at `minutes` after China's midnight of `date` (1440 is the next midnight). */
export const chinaInstant = (date: IsoDate, minutes: number): Date =>
  new Date(chinaDayStart(date).getTime() + minutes * 60_000)

/** The first instant of a China month and the first instant after it. */
export function chinaMonthBounds(month: IsoMonth): { from: Date; to: Date } {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return { from: new Date(Date.UTC(y, m - 1, 1) - OFFSET_MS), to: new Date(Date.UTC(y, m, 1) - OFFSET_MS) }
}

/** 0 = Sunday … 6 = Saturday, for a calendar date. */
export const weekdayOf = (date: IsoDate): number => {
  const [y, m, d] = dateParts(date)
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay()
}

/** Calendar arithmetic on dates: pure day counting, no time zone involved. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = dateParts(date)
  return ymd(new Date(Date.UTC(y, m - 1, d + days)))
}

/** Calendar months later; a day the target month lacks becomes its last day (01-31 + 1 month = 02-28). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = dateParts(date)
  const total = y * 12 + (m - 1) + months
  const ty = Math.floor(total / 12)
  const tm = (total % 12) + 1
  return `${pad(ty, 4)}-${pad(tm)}-${pad(Math.min(d, daysInMonth(ty, tm)))}`
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: IsoDate, to: IsoDate): number =>
  Math.round((chinaDayStart(to).getTime() - chinaDayStart(from).getTime()) / DAY_MS)

/**
 * For formats without time zones (an XLSX cell holds wall time): a Date whose UTC fields read China's
 * wall time, and back. Excel then shows what a Beijing reader expects, whatever the server's zone.
 */
export const toChinaWallClock = (at: Date): Date => wall(at)
export const fromChinaWallClock = (wallClock: Date): Date => new Date(wallClock.getTime() - OFFSET_MS)
