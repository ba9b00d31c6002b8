import type { Repositories, UnitOfWork } from '@asq/domain'
import { aggregateDeltas, complaintFact } from '@asq/domain'
import { loadSla } from '../complaint/complaint.service'

/**
 * The KPI job: takes the complaints marked as changed (the trigger marks them in the change's own
 * transaction), recomputes their facts from the history, and adds the difference to the daily
 * aggregates — marks, facts and sums in one transaction per batch. Safe on several servers at once:
 * marks are taken with SKIP LOCKED and aggregate rows are updated with additive upserts in key order.
 */
export async function runKpiRefresh(
  deps: { uow: UnitOfWork; clock: () => Date },
  batch = 500,
  maxBatches = 100,
): Promise<number> {
  let total = 0
  for (let i = 0; i < maxBatches; i++) {
    const n = await deps.uow.run(async (repos) => refreshBatch(repos, deps.clock(), batch))
    total += n
    if (n < batch) break
  }
  return total
}

async function refreshBatch(repos: Repositories, now: Date, batch: number): Promise<number> {
  const ids = await repos.kpi.claimDirty(batch)
  if (ids.length === 0) return 0
  // One after another: these repositories share the transaction's single connection, which runs one
  // query at a time (pg warns on overlapping calls and its next major version refuses them).
  const sources = await repos.kpi.factSources(ids)
  const before = await repos.kpi.facts(ids)
  const sla = await loadSla(repos)
  const after = sources.map((s) => complaintFact(s.complaint, s.events, sla.settings, sla.calendar, now))
  const beforeById = new Map(before.map((f) => [f.complaintId, f]))
  const afterById = new Map(after.map((f) => [f.complaintId, f]))
  const changes = ids.map((id) => ({ before: beforeById.get(id) ?? null, after: afterById.get(id) ?? null }))
  await repos.kpi.applyDeltas(aggregateDeltas(changes))
  await repos.kpi.saveFacts(
    after,
    ids.filter((id) => !afterById.has(id)),
    now,
  )
  return ids.length
}
