import type { ComplaintFact } from './kpi.facts'

/** Whole working hours, rounded up: the bucket a duration falls in for percentiles. */
export const hoursBucket = (minutes: number): number => Math.ceil(minutes / 60)

/** Counts of how many durations fell in each whole-hour bucket. */
export type Histogram = Record<number, number>

/**
 * Summable counts over a set of complaint facts: what the daily aggregates store per key. Adding two
 * tallies is the tally of the union, which is what lets any period be read from days.
 */
export type ComplaintTally = {
  opened: number
  closed: number
  responseMet: number
  responseLate: number
  resolutionMet: number
  resolutionLate: number
  responded: number
  responseMinutes: number
  resolved: number
  resolutionMinutes: number
  reopened: number
  followedUp: number
  satisfied: number
  responseHours: Histogram
  resolutionHours: Histogram
}

/** The counter columns of a tally (everything but the histograms). */
export const TALLY_COUNTERS = [
  'opened',
  'closed',
  'responseMet',
  'responseLate',
  'resolutionMet',
  'resolutionLate',
  'responded',
  'responseMinutes',
  'resolved',
  'resolutionMinutes',
  'reopened',
  'followedUp',
  'satisfied',
] as const satisfies readonly (keyof ComplaintTally)[]
export type TallyCounter = (typeof TALLY_COUNTERS)[number]

export const zeroCounters = (): Record<TallyCounter, number> =>
  Object.fromEntries(TALLY_COUNTERS.map((k) => [k, 0])) as Record<TallyCounter, number>

export const emptyTally = (): ComplaintTally => ({
  ...zeroCounters(),
  responseHours: {},
  resolutionHours: {},
})

/** One fact as counters (+1 / minutes), the unit the aggregates add and subtract. */
export function factCounters(f: ComplaintFact): Record<TallyCounter, number> {
  return {
    opened: 1,
    closed: f.closed ? 1 : 0,
    responseMet: f.response === 'met' ? 1 : 0,
    responseLate: f.response === 'late' ? 1 : 0,
    resolutionMet: f.resolution === 'met' ? 1 : 0,
    resolutionLate: f.resolution === 'late' ? 1 : 0,
    responded: f.responseMinutes === null ? 0 : 1,
    responseMinutes: f.responseMinutes ?? 0,
    resolved: f.resolutionMinutes === null ? 0 : 1,
    resolutionMinutes: f.resolutionMinutes ?? 0,
    reopened: f.reopened ? 1 : 0,
    followedUp: f.followedUp ? 1 : 0,
    satisfied: f.satisfied ? 1 : 0,
  }
}

const addHist = (h: Histogram, bucket: number, n: number) => {
  const v = (h[bucket] ?? 0) + n
  if (v === 0) delete h[bucket]
  else h[bucket] = v
}

export function addFact(t: ComplaintTally, f: ComplaintFact, sign: 1 | -1 = 1): ComplaintTally {
  const c = factCounters(f)
  for (const k of TALLY_COUNTERS) t[k] += sign * c[k]
  if (f.responseMinutes !== null) addHist(t.responseHours, hoursBucket(f.responseMinutes), sign)
  if (f.resolutionMinutes !== null) addHist(t.resolutionHours, hoursBucket(f.resolutionMinutes), sign)
  return t
}

export const tallyOf = (facts: readonly ComplaintFact[]): ComplaintTally =>
  facts.reduce((t, f) => addFact(t, f), emptyTally())

/**
 * The p-th percentile by nearest rank (the smallest value with at least p of the observations at or
 * below it), over whole-hour buckets. Null when empty.
 */
export function percentileHours(h: Histogram, p: number): number | null {
  const buckets = Object.keys(h)
    .map(Number)
    .sort((a, b) => a - b)
  const n = buckets.reduce((s, b) => s + (h[b] ?? 0), 0)
  if (n === 0) return null
  const rank = Math.ceil(p * n)
  let seen = 0
  for (const b of buckets) {
    seen += h[b] ?? 0
    if (seen >= rank) return b
  }
  return buckets[buckets.length - 1] ?? null
}
