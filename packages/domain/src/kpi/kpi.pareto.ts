import { tenths } from './kpi.figures'

/** One bar of a Pareto chart: its count, its share and the cumulative share up to it (percent, one decimal). */
export type ParetoBar = { key: string; count: number; share: number; cumulative: number; vital: boolean }

/**
 * Bars sorted by count (ties by key, so the order is stable), with the cumulative percentage. The
 * "vital few" are the bars up to and including the one where the cumulative share first reaches 80 %.
 */
export function pareto(counts: readonly { key: string; count: number }[]): ParetoBar[] {
  const rows = counts
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))
  const total = rows.reduce((s, r) => s + r.count, 0)
  let running = 0
  let reached = false
  return rows.map((r) => {
    running += r.count
    const vital = !reached
    const cumulative = tenths(running * 100, total)
    if (running * 100 >= total * 80) reached = true
    return { key: r.key, count: r.count, share: tenths(r.count * 100, total), cumulative, vital }
  })
}
