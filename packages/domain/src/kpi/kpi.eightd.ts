import type { ScorecardClaim } from '../eightd'
import { supplierScorecard } from '../eightd'
import type { KpiPeriod } from './kpi.period'
import { kpiDay } from './kpi.period'

/**
 * The 8D figures: the mean days per approved step over claims opened in the period (weighted by
 * steps, from the 8D scorecard's per-step means), and the open claims that have a step past its
 * deadline and not approved, now.
 */
export function eightdFigures(claims: readonly ScorecardClaim[], period: KpiPeriod, now: Date) {
  const inPeriod = claims.filter((c) => {
    const d = kpiDay(c.openedAt)
    return d >= period.from && d <= period.to
  })
  const card = supplierScorecard(inPeriod)
  let days = 0
  let n = 0
  for (const c of inPeriod)
    for (const s of c.steps)
      if (s.approvedAt) {
        n++
        days += card.avgDaysPerStep[s.step] ?? 0
      }
  const overdueClaims = claims.filter(
    (c) => !c.closedAt && c.steps.some((s) => !s.approvedAt && s.deadlineAt.getTime() < now.getTime()),
  ).length
  return { stepDaysAvg: n ? Math.round((days / n) * 100) / 100 : null, overdueClaims }
}
