import type { DashboardInput, Repositories, Target } from '@asq/domain'
import {
  computeFigures,
  DEFAULT_TARGETS,
  FIGURES,
  figureRows,
  monthPeriod,
  pareto,
  previousKpiPeriod,
} from '@asq/domain'
import { kpiInputs } from './kpi.inputs'
import { scopeReads } from './kpi.scope'

export async function currentTargets(repos: Repositories): Promise<{ version: number; targets: Target[] }> {
  const t = await repos.kpi.currentTargets()
  return t ?? { version: 0, targets: DEFAULT_TARGETS }
}

/**
 * The dashboard for one period and scope: each figure with its definition, target, colour and
 * change against the previous period; the monthly trend; the Pareto of causes; SLA breaches by station.
 */
export async function dashboard(repos: Repositories, input: DashboardInput, now: Date) {
  const { period, scope } = input
  const previous = previousKpiPeriod(period)
  const dims = scopeReads(scope).dims
  const [current, before, targets, causes, monthly, breaches, pending, stations] = await Promise.all([
    kpiInputs(repos, period, scope, now),
    kpiInputs(repos, previous, scope, now),
    currentTargets(repos),
    dims ? repos.kpi.causeCounts(dims, period) : [],
    dims ? repos.kpi.monthlyTally(dims, period) : [],
    scope.kind === 'all' || scope.kind === 'region' ? repos.kpi.countersBy('station', period) : [],
    repos.kpi.pendingCount(),
    repos.organisations.list({ kind: 'dealer' }),
  ])
  const station = new Map(stations.map((s) => [s.id, s]))
  const figures = figureRows(computeFigures(current), computeFigures(before), targets.targets).map((r) => ({
    ...r,
    ...FIGURES[r.figure],
  }))
  const trend = monthly.map(({ month, tally }) => {
    const f = computeFigures({ ...current, complaints: tally })
    const whole = monthPeriod(month)
    return {
      month,
      opened: tally.opened,
      closureRate: f.closure_rate,
      timelyResponseRate: f.timely_response_rate,
      timelyCompletionRate: f.timely_completion_rate,
      partial: whole.from < period.from || whole.to > period.to,
    }
  })
  return {
    period,
    previous,
    scope,
    asOf: now,
    /** Complaint changes not yet counted by the KPI job (normally zero within a minute). */
    pending,
    targetsVersion: targets.version,
    figures,
    trend,
    pareto: pareto(causes),
    breaches: breaches
      .filter(
        (b) => station.has(b.key) && (scope.kind !== 'region' || station.get(b.key)?.region === scope.region),
      )
      .map((b) => ({
        stationId: b.key,
        nameZh: station.get(b.key)?.nameZh ?? '',
        nameEn: station.get(b.key)?.nameEn ?? '',
        opened: b.counters.opened,
        responseLate: b.counters.responseLate,
        resolutionLate: b.counters.resolutionLate,
      }))
      .sort(
        (a, b) =>
          b.responseLate + b.resolutionLate - (a.responseLate + a.resolutionLate) ||
          a.nameEn.localeCompare(b.nameEn),
      ),
    empty: current.complaints.opened === 0 && current.claimLines === 0,
  }
}
