import { addDays, chinaDate, chinaDayEnd, chinaMonth, daysInMonth, type IsoDate } from '../shared/china-time'

/**
 * ReimbursementClaim months are calendar months in China time (UTC+8): a period is `YYYY-MM`, a repair date is a
 * local `YYYY-MM-DD`. All instants are UTC `Date`s passed in by the caller.
 */
export type ClaimPeriod = string

export const PERIOD_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/
export const periodOf = (isoDate: IsoDate): ClaimPeriod => isoDate.slice(0, 7)
export const currentPeriod = (now: Date): ClaimPeriod => chinaMonth(now)

const split = (p: ClaimPeriod): [number, number] => {
  const m = PERIOD_PATTERN.exec(p)
  if (!m) throw new RangeError(`not a period: ${p}`)
  return [Number(m[1]), Number(m[2])]
}
const fmt = (y: number, m: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`

export function shiftPeriod(p: ClaimPeriod, months: number): ClaimPeriod {
  const [y, m] = split(p)
  const idx = y * 12 + (m - 1) + months
  return fmt(Math.floor(idx / 12), (idx % 12) + 1)
}
export const previousPeriod = (p: ClaimPeriod) => shiftPeriod(p, -1)
export const nextPeriod = (p: ClaimPeriod) => shiftPeriod(p, 1)

export function periodDays(p: ClaimPeriod): { first: string; last: string } {
  const [y, m] = split(p)
  // A month has at least 28 days: the last day is always two digits.
  return { first: `${p}-01`, last: `${p}-${daysInMonth(y, m)}` }
}

/** A period that has not begun yet (local time): nobody can claim repairs that have not happened. */
export const isFuturePeriod = (p: ClaimPeriod, now: Date): boolean => p > currentPeriod(now)

/**
 * The claim for period P must be submitted by the end of day `deadlineDay` of month P+1 (local),
 * i.e. before local midnight that follows it. Returns that instant in UTC. A day past the month's
 * end means its last day (31 in February → the 28th or 29th), so HQ can say "by the month's end".
 */
export function submissionDeadline(p: ClaimPeriod, deadlineDay: number): Date {
  const next = nextPeriod(p)
  const [y, m] = split(next)
  const day = Math.min(deadlineDay, daysInMonth(y, m))
  return chinaDayEnd(addDays(`${next}-01`, day - 1))
}

/** The day of month (local) on which HQ settles the previous month: the 3rd. */
export const SETTLEMENT_DAY = 3

/**
 * The period the scheduled settlement is for at `now`: the previous month, once the local date has
 * reached the settlement day; null before that day.
 */
export function scheduledSettlementPeriod(now: Date, day = SETTLEMENT_DAY): ClaimPeriod | null {
  const local = chinaDate(now)
  return Number(local.slice(8, 10)) >= day ? previousPeriod(periodOf(local)) : null
}
