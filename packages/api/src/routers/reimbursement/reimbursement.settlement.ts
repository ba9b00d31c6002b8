import type { Actor, Organisation, Repositories, SettlementRun, UnitOfWork } from '@asq/domain'
import {
  causeKey,
  currentPeriod,
  planSettlement,
  scheduledSettlementPeriod,
  settlementPeriodOpen,
  statementNumber,
} from '@asq/domain'
import { deductionsFor } from './reimbursement.deductions'

export type SettlementDeps = { uow: UnitOfWork; repos: Repositories; clock: () => Date }
export type SettlementOptions = { trigger: 'schedule' | 'manual'; actor: Actor | null }

export type DealerOutcome = {
  dealerId: string
  dealerCode: string
  outcome: 'settled' | 'already_settled' | 'nothing_to_settle'
  run: SettlementRun | null
}

/** What a dealer's settlement would post now: approved lines of audited claims up to P, deductions. */
async function planFor(repos: Repositories, dealerId: string, period: string, lock: boolean) {
  const claims = lock
    ? await repos.reimbursement.claims.lockAudited(dealerId, period)
    : (
        await repos.reimbursement.claims.list({ dealerId, status: 'audited', limit: 1000, offset: 0 })
      ).items.filter((c) => c.period <= period)
  const lines = await repos.reimbursement.lines.settlable(
    claims.map((c) => c.id),
    { lock },
  )
  const deductions = await deductionsFor(repos, dealerId, period)
  const postedKeys = await repos.reimbursement.ledger.postedKeys([
    ...lines.map((l) => causeKey('claim_line', l.id)),
    ...deductions.map((d) => causeKey(d.causeType, d.causeId)),
  ])
  return { claims, plan: planSettlement({ dealerId, lines, deductions, postedKeys }) }
}

/**
 * Settles one dealer for one period in ONE transaction: the settlement row (unique per period and
 * dealer), the ledger entries (unique per cause), the lines marked settled (only unsettled ones) and
 * the claims closed — all committed together or not at all. Rerunning finds the row and does nothing;
 * a second server blocks on the unique row until the first commits, then does nothing; a crash rolls
 * everything back and the next run does it whole.
 */
export function settleDealer(
  deps: SettlementDeps,
  dealer: Pick<Organisation, 'id' | 'code'>,
  period: string,
  now: Date,
  opts: SettlementOptions,
): Promise<DealerOutcome> {
  const result = (outcome: DealerOutcome['outcome'], run: SettlementRun | null): DealerOutcome => ({
    dealerId: dealer.id,
    dealerCode: dealer.code,
    outcome,
    run,
  })
  return deps.uow.run(async (repos) => {
    const r = repos.reimbursement
    const existing = await r.settlements.forDealerPeriod(dealer.id, period)
    if (existing) return result('already_settled', existing)
    const { claims, plan } = await planFor(repos, dealer.id, period, true)
    if (plan.settledLineIds.length === 0 && plan.entries.length === 0)
      return result('nothing_to_settle', null)
    const opening = await r.ledger.balance(dealer.id)
    const runBy = opts.actor?.kind === 'staff' ? opts.actor.username : 'system'
    const run = await r.settlements.insert({
      period,
      dealerId: dealer.id,
      statementNo: statementNumber(period, dealer.code),
      linesFen: plan.linesFen,
      deductionsFen: plan.deductionsFen,
      netFen: plan.netFen,
      openingBalanceFen: opening,
      closingBalanceFen: opening + plan.netFen,
      lineCount: plan.settledLineIds.length,
      entryCount: plan.entries.length,
      trigger: opts.trigger,
      runBy,
      settledAt: now,
    })
    if (!run) return result('already_settled', await r.settlements.forDealerPeriod(dealer.id, period))
    await r.ledger.post(plan.entries, { settlementId: run.id, at: now, by: runBy })
    const settled = await r.lines.markSettled(plan.settledLineIds, run.id, now)
    if (settled !== plan.settledLineIds.length)
      throw new Error('a line was settled by someone else meanwhile')
    await r.claims.settleComplete(
      claims.map((c) => c.id),
      now,
    )
    await repos.audit.record({
      action: 'reimbursement.settle',
      entityType: 'settlement_run',
      entityId: run.id,
      before: { balanceFen: opening },
      after: {
        period,
        dealerId: dealer.id,
        statementNo: run.statementNo,
        linesFen: plan.linesFen,
        deductionsFen: plan.deductionsFen,
        netFen: plan.netFen,
        balanceFen: run.closingBalanceFen,
        lines: plan.settledLineIds.length,
        entries: plan.entries.length,
      },
      at: now,
      actor: opts.actor,
    })
    return result('settled', run)
  })
}

/**
 * Settles period P for every dealer, one transaction per dealer. Idempotent and safe on several
 * servers at once: the guarantees live in database constraints, not in this process.
 */
export async function runSettlement(
  deps: SettlementDeps,
  period: string,
  now: Date,
  opts: SettlementOptions = { trigger: 'manual', actor: null },
) {
  if (period >= currentPeriod(now)) throw settlementPeriodOpen()
  const dealers = await deps.repos.organisations.list({ kind: 'dealer' })
  const outcomes: DealerOutcome[] = []
  for (const d of dealers.sort((a, b) => a.code.localeCompare(b.code)))
    outcomes.push(await settleDealer(deps, d, period, now, opts))
  const count = (o: DealerOutcome['outcome']) => outcomes.filter((x) => x.outcome === o).length
  return {
    period,
    settled: count('settled'),
    alreadySettled: count('already_settled'),
    nothingToSettle: count('nothing_to_settle'),
    outcomes,
  }
}

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
    const { plan } = await planFor(repos, d.id, period, false)
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
