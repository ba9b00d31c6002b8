/**
 * Early warning (质量预警). The monthly count of complaints and warranty claim lines for a part is a
 * count of events over an exposure (vehicles in service, in thousands), and one vehicle can bring
 * several events, so the count is Poisson, not binomial: this is a u-chart, not a p-chart (a p-chart
 * needs "defective or not" per unit, at most one per vehicle). With small counts the normal 3σ line
 * of a u-chart misfires, so the limit is the exact Poisson quantile with the 3σ false-alarm rate.
 */

/** One-sided 3σ tail probability: the chance of a false alarm per point when nothing changed. */
export const FALSE_ALARM = 0.00135

export type MonthPoint = { month: string; count: number /** vehicles in service */; exposure: number }

/** P(X ≥ k) for X ~ Poisson(lambda), summed in a stable way. */
export function poissonUpperTail(k: number, lambda: number): number {
  if (k <= 0) return 1
  if (lambda <= 0) return 0
  let term = Math.exp(-lambda)
  let below = 0
  for (let i = 0; i < k; i++) {
    below += term
    term *= lambda / (i + 1)
  }
  return Math.max(0, 1 - below)
}

/** The smallest count whose upper tail is at most the false-alarm rate: reaching it is a signal. */
export function poissonLimit(lambda: number, alpha = FALSE_ALARM): number {
  let k = Math.max(1, Math.floor(lambda))
  while (poissonUpperTail(k, lambda) > alpha) k++
  return k
}

export type ControlResult = {
  month: string
  count: number
  /** Events per 1 000 vehicles in service. */
  rate: number
  /** Centre line: the history's pooled rate per 1 000 vehicles. */
  centreRate: number
  /** The count at or above which this month signals, given its exposure. */
  limitCount: number
  /** The limit as a rate per 1 000 vehicles. */
  limitRate: number
  signal: boolean
}

const round2 = (x: number) => Math.round(x * 100) / 100

/**
 * Judges the last point of a series against the limit from the points before it (its own history,
 * at least `minHistory` months with exposure). The centre is pooled (Σ count / Σ exposure), so months
 * with more vehicles weigh more. Null when the history is too short or has no exposure.
 */
export function judgeLatest(series: readonly MonthPoint[], minHistory = 6): ControlResult | null {
  const latest = series[series.length - 1]
  const history = series.slice(0, -1).filter((p) => p.exposure > 0)
  if (!latest || latest.exposure <= 0 || history.length < minHistory) return null
  const exposure = history.reduce((s, p) => s + p.exposure, 0)
  const events = history.reduce((s, p) => s + p.count, 0)
  // A part with no history of events still has a floor: half an event over the history (a prior), so
  // one first event is not a signal but a burst is.
  const perVehicle = Math.max(events, 0.5) / exposure
  const lambda = perVehicle * latest.exposure
  const limitCount = poissonLimit(lambda)
  return {
    month: latest.month,
    count: latest.count,
    rate: round2((latest.count / latest.exposure) * 1000),
    centreRate: round2(perVehicle * 1000),
    limitCount,
    limitRate: round2((limitCount / latest.exposure) * 1000),
    signal: latest.count >= limitCount,
  }
}
