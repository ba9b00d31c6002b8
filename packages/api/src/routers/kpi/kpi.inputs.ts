import type { KpiInputs, KpiPeriod, Repositories, Scope } from '@asq/domain'
import { chinaDayEnd, chinaDayStart, eightdFiguresFromTotals, emptyTally, monthsOf } from '@asq/domain'
import { surveySummary } from '../survey/survey.results'
import { scopeReads } from './kpi.scope'

/** Reads everything the figures of one period and scope are computed from. */
export async function kpiInputs(
  repos: Repositories,
  period: KpiPeriod,
  scope: Scope,
  now: Date,
): Promise<KpiInputs> {
  const r = scopeReads(scope)
  const months = monthsOf(period)
  const [complaints, units, lines, budgetFen, survey, recovery, eightd] = await Promise.all([
    r.dims ? repos.kpi.tally(r.dims, period) : emptyTally(),
    r.unitsProductLine === 'none' ? null : repos.kpi.unitsInService(months, r.unitsProductLine),
    r.lines ? repos.kpi.claimLines(period, r.lines) : { lines: 0, approvedFen: 0 },
    scope.kind === 'all' ? repos.kpi.budget(months) : null,
    r.survey
      ? surveySummary(repos, { ...r.survey, from: chinaDayStart(period.from), to: chinaDayEnd(period.to) })
      : null,
    r.supplierId ? repos.kpi.recoveries(period, r.supplierId === 'all' ? null : r.supplierId) : null,
    r.supplierId ? repos.kpi.eightdTotals(period, r.supplierId === 'all' ? null : r.supplierId, now) : null,
  ])
  return {
    complaints,
    unitsInService: units,
    claimLines: lines.lines,
    warrantyCostFen: lines.approvedFen,
    budgetFen,
    survey: survey
      ? { delivered: survey.delivered, answered: survey.answered, csi: survey.index, nps: survey.nps }
      : { delivered: 0, answered: 0, csi: null, nps: null },
    eightd: eightd ? eightdFiguresFromTotals(eightd) : { stepDaysAvg: null, overdueClaims: 0 },
    recovery: recovery ?? { claimedFen: 0, acceptedFen: 0 },
  }
}
