import type { Repositories, UnitOfWork } from '@asq/domain'
import { judgeLatest, kpiDay, shiftPeriod } from '@asq/domain'

const HISTORY_MONTHS = 12

/**
 * The early-warning pass: for every part with claim lines, the current and the previous month are
 * judged against the limit from the 12 months before each; a part over its limit is recorded as a
 * signal once per (part, month) — the unique row makes the pass safe to repeat and to run on
 * several servers. Exposure is the vehicles in service of the part's product line (all lines when
 * the part has none).
 */
export async function runEarlyWarning(deps: { uow: UnitOfWork; repos: Repositories; clock: () => Date }) {
  const now = deps.clock()
  const current = kpiDay(now).slice(0, 7)
  let raised = 0
  for (const month of [shiftPeriod(current, -1), current]) {
    const from = shiftPeriod(month, -HISTORY_MONTHS)
    const counts = await deps.repos.kpi.partMonthCounts(from, month)
    const parts = [...new Set(counts.filter((c) => c.month === month).map((c) => c.partCode))]
    if (parts.length === 0) continue
    const months = Array.from({ length: HISTORY_MONTHS + 1 }, (_, i) =>
      shiftPeriod(month, i - HISTORY_MONTHS),
    )
    const [suppliers, units] = await Promise.all([
      deps.repos.kpi.partSuppliers(parts),
      deps.repos.kpi.listUnits(months),
    ])
    const exposure = (m: string, line: string | null) =>
      units
        .filter((u) => u.month === m && (line === null || u.productLineId === line))
        .reduce((s, u) => s + u.units, 0)
    for (const part of parts) {
      const mine = counts.filter((c) => c.partCode === part)
      const line = mine[0]?.productLineId ?? null
      const series = months.map((m) => ({
        month: m,
        count: mine.find((c) => c.month === m)?.count ?? 0,
        exposure: exposure(m, line),
      }))
      const r = judgeLatest(series)
      if (!r?.signal) continue
      const ok = await deps.repos.kpi.raiseSignal({
        partCode: part,
        month,
        count: r.count,
        rate: r.rate,
        limitRate: r.limitRate,
        supplierId: suppliers.get(part) ?? null,
        raisedAt: now,
      })
      if (ok) raised++
    }
  }
  return raised
}
