import type { ComplaintFact } from './kpi.facts'
import { factCounters, hoursBucket, type TallyCounter, zeroCounters } from './kpi.tally'

/** The scopes a fact is summed under; a dashboard reads one of them. */
export const AGGREGATE_DIMS = ['all', 'station', 'region', 'product_line'] as const
export type AggregateDim = (typeof AGGREGATE_DIMS)[number]
export type DimScope = { dim: AggregateDim; key: string }

export type DailyKey = { dim: AggregateDim; key: string; day: string; cause: string }
export type HoursKey = {
  dim: AggregateDim
  key: string
  day: string
  metric: 'response' | 'resolution'
  hours: number
}
export type DailyDelta = DailyKey & { counters: Record<TallyCounter, number> }
export type HoursDelta = HoursKey & { n: number }

export function factScopes(f: ComplaintFact): DimScope[] {
  const out: DimScope[] = [{ dim: 'all', key: '' }]
  if (f.stationId) out.push({ dim: 'station', key: f.stationId })
  if (f.region) out.push({ dim: 'region', key: f.region })
  if (f.productLineId) out.push({ dim: 'product_line', key: f.productLineId })
  return out
}

const dailyId = (k: DailyKey) => `${k.dim}|${k.key}|${k.day}|${k.cause}`
const hoursId = (k: HoursKey) => `${k.dim}|${k.key}|${k.metric}|${k.day}|${k.hours}`

/**
 * What replacing each `before` fact by its `after` fact changes in the daily aggregates: the sum of
 * the after contributions minus the before ones, merged per key, zero deltas dropped, sorted by key
 * (so concurrent writers lock aggregate rows in one order and cannot deadlock).
 */
export function aggregateDeltas(
  changes: readonly { before: ComplaintFact | null; after: ComplaintFact | null }[],
): {
  daily: DailyDelta[]
  hours: HoursDelta[]
} {
  const daily = new Map<string, DailyDelta>()
  const hours = new Map<string, HoursDelta>()
  const apply = (f: ComplaintFact, sign: 1 | -1) => {
    const counters = factCounters(f)
    for (const s of factScopes(f)) {
      const k: DailyKey = { dim: s.dim, key: s.key, day: f.openedDay, cause: f.cause }
      const row = daily.get(dailyId(k)) ?? { ...k, counters: zeroCounters() }
      for (const [c, v] of Object.entries(counters) as [TallyCounter, number][]) row.counters[c] += sign * v
      daily.set(dailyId(k), row)
      for (const [metric, minutes] of [
        ['response', f.responseMinutes],
        ['resolution', f.resolutionMinutes],
      ] as const) {
        if (minutes === null) continue
        const h: HoursKey = { dim: s.dim, key: s.key, day: f.openedDay, metric, hours: hoursBucket(minutes) }
        const cur = hours.get(hoursId(h)) ?? { ...h, n: 0 }
        cur.n += sign
        hours.set(hoursId(h), cur)
      }
    }
  }
  for (const c of changes) {
    if (c.before) apply(c.before, -1)
    if (c.after) apply(c.after, 1)
  }
  const sortedBy = <T>(m: Map<string, T>) =>
    [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v)
  return {
    daily: sortedBy(daily).filter((d) => Object.values(d.counters).some((v) => v !== 0)),
    hours: sortedBy(hours).filter((h) => h.n !== 0),
  }
}
