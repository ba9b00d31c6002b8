import type { Discipline, ScorecardClaim } from '../eightd'
import { stepMs } from '../eightd'
import { DAY } from '../shared/clock'
import type { KpiPeriod } from './kpi.period'
import { kpiDay } from './kpi.period'

/**
 * What the 8D figures of a period and scope are computed from, summed by the database in one grouped
 * query (never the claims in memory), or from the claims by `eightdTotalsOf`.
 */
export type EightdTotals = {
  /**
   * Per discipline, over the claims opened in the period: the approved steps, those of them whose
   * approved submission is known, and the milliseconds of the latter from the previous step's
   * approval (or the opening) summed.
   */
  steps: { step: Discipline; approved: number; timed: number; ms: number }[]
  /** Open claims, opened in any period, with a step not approved and past its deadline now. */
  overdueClaims: number
}

export type EightdFigures = { stepDaysAvg: number | null; overdueClaims: number }

/** The totals of `claims` (one supplier's or all), as the database sums them. */
export function eightdTotalsOf(
  claims: readonly ScorecardClaim[],
  period: KpiPeriod,
  now: Date,
): EightdTotals {
  const sums = new Map<Discipline, EightdTotals['steps'][number]>()
  for (const c of claims) {
    const d = kpiDay(c.openedAt)
    if (d < period.from || d > period.to) continue
    for (const s of c.steps) {
      if (!s.approvedAt) continue
      const acc = sums.get(s.step) ?? { step: s.step, approved: 0, timed: 0, ms: 0 }
      acc.approved++
      if (s.approvedSubmissionAt) {
        acc.timed++
        acc.ms += stepMs(c, s.step, s.approvedAt)
      }
      sums.set(s.step, acc)
    }
  }
  const overdueClaims = claims.filter(
    (c) => !c.closedAt && c.steps.some((s) => !s.approvedAt && s.deadlineAt.getTime() < now.getTime()),
  ).length
  return { steps: [...sums.values()], overdueClaims }
}

/**
 * The 8D figures from their totals: the mean days per approved step (weighted by steps, from the 8D
 * scorecard's per-step means rounded to 0.01 day; a step approved without a known submission has no
 * mean and counts 0), and the overdue claims.
 */
export function eightdFiguresFromTotals(t: EightdTotals): EightdFigures {
  let hundredths = 0
  let n = 0
  for (const s of t.steps) {
    n += s.approved
    if (s.timed) hundredths += s.approved * Math.round((s.ms / s.timed / DAY) * 100)
  }
  return { stepDaysAvg: n ? Math.round(hundredths / n) / 100 : null, overdueClaims: t.overdueClaims }
}

/**
 * The 8D figures: the mean days per approved step over claims opened in the period (weighted by
 * steps, from the 8D scorecard's per-step means), and the open claims that have a step past its
 * deadline and not approved, now. The definition the database's totals are tested against.
 */
export function eightdFigures(
  claims: readonly ScorecardClaim[],
  period: KpiPeriod,
  now: Date,
): EightdFigures {
  return eightdFiguresFromTotals(eightdTotalsOf(claims, period, now))
}
