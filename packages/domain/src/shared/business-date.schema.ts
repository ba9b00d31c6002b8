import { z } from 'zod'

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/
const MIN_YEAR = 1900
const MAX_YEAR = 2999

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
const daysIn = (y: number, m: number) =>
  [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!

/** Whether `s` is YYYY-MM-DD naming a day that exists (no 2026-02-30, 2026-13-01 or 0000-00-00). */
export function isRealDate(s: string): boolean {
  const m = PATTERN.exec(s)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  return y >= MIN_YEAR && y <= MAX_YEAR && mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(y, mo)
}

/**
 * The one schema for a calendar date anywhere the platform accepts one: well-formed and real.
 * A date that does not exist is a typed error naming the field, never a 500 or a stored row.
 */
export const businessDateSchema = z
  .string()
  .trim()
  .regex(PATTERN, 'a date as YYYY-MM-DD')
  .refine(isRealDate, 'not a real date (YYYY-MM-DD between 1900 and 2999)')
