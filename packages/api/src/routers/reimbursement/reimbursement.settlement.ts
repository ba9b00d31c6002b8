import type { Actor, Repositories, SettlementRun, UnitOfWork } from '@asq/domain'
import {
  causeKey,
  currentPeriod,
  planSettlement,
  scheduledSettlementPeriod,
  settlementPeriodOpen,
} from '@asq/domain'
import { notifyStatementsReady } from '../notification/notify.events'
import { deductionsFor } from './reimbursement.deductions'

export type SettlementDeps = { uow: UnitOfWork; repos: Repositories; clock: () => Date }
export type SettlementOptions = { trigger: 'schedule' | 'manual'; actor: Actor | null; batchSize?: number }

export type DealerOutcome = {
  dealerId: string
  dealerCode: string
  outcome: 'settled' | 'already_settled' | 'nothing_to_settle'
  run: SettlementRun | null
}

/** What a dealer's settlement would post now (for the preview; nothing is locked or written). */
async function planFor(repos: Repositories, dealerId: string, period: string) {
  const claims = (
    await repos.reimbursement.claims.list({ dealerId, status: 'audited', limit: 1000, offset: 0 })
  ).items.filter((c) => c.period <= period)
  const lines = await repos.reimbursement.lines.settlable(
    claims.map((c) => c.id),
    { lock: false },
  )
  const deductions = await deductionsFor(repos, dealerId, period)
  const postedKeys = await repos.reimbursement.ledger.postedKeys([
    ...lines.map((l) => causeKey('claim_line', l.id)),
    ...deductions.map((d) => causeKey(d.causeType, d.causeId)),
  ])
  return { claims, plan: planSettlement({ dealerId, lines, deductions, postedKeys }) }
}

/** Dealers per transaction: a handful of statements settle them all (the crash test uses 1). */
const SETTLEMENT_BATCH = 500

/**
 * Settles period P for every dealer, a batch of dealers per transaction, each batch a fixed number of
 * set-based statements (settleBatch): the run row (unique per period and dealer), the ledger entries
 * (unique per cause), the lines marked settled and the claims closed commit together or not at all.
 * Deductions come from the fee context once for the whole run. Rerunning finds the rows and does
 * nothing; a second server waits for the first one's batch, then reports its runs as already settled;
 * a crash rolls the batch back and the next run does it whole.
 */
export async function runSettlement(
  deps: SettlementDeps,
  period: string,
  now: Date,
  opts: SettlementOptions = { trigger: 'manual', actor: null },
) {
  if (period >= currentPeriod(now)) throw settlementPeriodOpen()
  const dealers = (await deps.repos.organisations.list({ kind: 'dealer' })).sort((a, b) =>
    a.code.localeCompare(b.code),
  )
  const deductions = await deductionsFor(deps.repos, null, period)
  const runBy = opts.actor?.kind === 'staff' ? opts.actor.username : 'system'
  const outcomes: DealerOutcome[] = []
  const size = opts.batchSize ?? SETTLEMENT_BATCH
  for (let i = 0; i < dealers.length; i += size) {
    const batch = dealers.slice(i, i + size)
    const ids = new Set(batch.map((d) => d.id))
    const r = await deps.uow.run(async (repos) => {
      const done = await repos.reimbursement.settlements.settleBatch({
        period,
        dealerIds: [...ids],
        deductions: deductions.filter((d) => ids.has(d.dealerId)),
        at: now,
        trigger: opts.trigger,
        runBy,
      })
      await repos.audit.recordMany(done.settled.map((run) => settleAudit(run, now, opts.actor)))
      await notifyStatementsReady({ repos }, done.settled, now)
      return done
    })
    const settled = new Map(r.settled.map((x) => [x.dealerId, x]))
    const already = new Map(r.alreadySettled.map((x) => [x.dealerId, x]))
    for (const d of batch) {
      const run = settled.get(d.id) ?? already.get(d.id) ?? null
      const outcome = settled.has(d.id) ? 'settled' : run ? 'already_settled' : 'nothing_to_settle'
      outcomes.push({ dealerId: d.id, dealerCode: d.code, outcome, run })
    }
  }
  const count = (o: DealerOutcome['outcome']) => outcomes.filter((x) => x.outcome === o).length
  return {
    period,
    settled: count('settled'),
    alreadySettled: count('already_settled'),
    nothingToSettle: count('nothing_to_settle'),
    outcomes,
  }
}

const settleAudit = (run: SettlementRun, at: Date, actor: Actor | null) => ({
  action: 'reimbursement.settle',
  entityType: 'settlement_run',
  entityId: run.id,
  before: { balanceFen: run.openingBalanceFen },
  after: {
    period: run.period,
    dealerId: run.dealerId,
    statementNo: run.statementNo,
    linesFen: run.linesFen,
    deductionsFen: run.deductionsFen,
    netFen: run.netFen,
    balanceFen: run.closingBalanceFen,
    lines: run.lineCount,
    entries: run.entryCount,
  },
  at,
  actor,
})

/**
 * The scheduler hook, called hourly: from the 3rd of a month (China time) it settles the previous
 * month once; after a full pass the period is marked done. A crash before that mark just means the
 * next hour runs the (idempotent) pass again.
 */
export async function runScheduledSettlement(deps: SettlementDeps): Promise<Record<string, number>> {
  const now = deps.clock()
  const period = scheduledSettlementPeriod(now)
  if (!period || (await deps.repos.reimbursement.settlements.periodDone(period))) return { settled: 0 }
  const r = await runSettlement(deps, period, now, { trigger: 'schedule', actor: null })
  await deps.repos.reimbursement.settlements.markPeriodDone(period, now)
  return { settled: r.settled, alreadySettled: r.alreadySettled }
}

/** Per dealer, what a run of P would post now (nothing is written), and the run when there is one. */
export async function previewSettlement(repos: Repositories, period: string) {
  const dealers = (await repos.organisations.list({ kind: 'dealer' })).sort((a, b) =>
    a.code.localeCompare(b.code),
  )
  const rows = []
  for (const d of dealers) {
    const run = await repos.reimbursement.settlements.forDealerPeriod(d.id, period)
    const { plan } = await planFor(repos, d.id, period)
    const pending = (
      await repos.reimbursement.claims.list({ dealerId: d.id, limit: 100, offset: 0 })
    ).items.filter((c) => c.period <= period && ['submitted', 'under_audit'].includes(c.status))
    rows.push({
      dealerId: d.id,
      dealerCode: d.code,
      dealerName: d.nameZh,
      settled: run
        ? { id: run.id, statementNo: run.statementNo, netFen: run.netFen, settledAt: run.settledAt }
        : null,
      lines: plan.settledLineIds.length,
      linesFen: plan.linesFen,
      deductionsFen: plan.deductionsFen,
      netFen: plan.netFen,
      deductions: plan.entries
        .filter((e) => e.causeType !== 'claim_line')
        .map((e) => ({ causeType: e.causeType, causeId: e.causeId, amountFen: e.amountFen, memo: e.memo })),
      claimsAwaitingAudit: pending.map((c) => ({ id: c.id, period: c.period, status: c.status })),
      balanceFen: await repos.reimbursement.ledger.balance(d.id),
    })
  }
  return { period, dealers: rows }
}
