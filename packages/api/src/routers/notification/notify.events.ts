import type { Complaint, EightdClaim, ReimbursementClaim, Repositories, SettlementRun } from '@asq/domain'
import { notifyOrg } from './notify'

/**
 * The existing places that fan out, one call each: what happened, to which organisation, with a key
 * naming the occurrence once (a retried job or a second server writes nothing new).
 */
type Tx = { repos: Repositories }

/** The escalation sweep raised a case: its station hears of it (a deadline passed on one clock). */
export const notifyDeadline = (tx: Tx, c: Complaint, breach: { clock: string; cycle: number }, at: Date) =>
  c.stationId
    ? notifyOrg(tx, {
        event: 'deadline_near',
        orgId: c.stationId,
        key: `${c.id}:${breach.clock}:${breach.cycle}`,
        link: `/complaints/${c.id}`,
        payload: { ref: c.number, clock: breach.clock, level: c.escalationLevel },
        at,
      })
    : Promise.resolve(0)

/** HQ approved or rejected an 8D step: every user of the supplier. */
export const notifyStepReviewed = (
  tx: Tx,
  claim: EightdClaim,
  s: { step: string; revision: number },
  decision: 'approved' | 'rejected',
  at: Date,
) =>
  notifyOrg(tx, {
    event: 'step_reviewed',
    orgId: claim.supplierId,
    key: `${claim.id}:${s.step}:${s.revision}:${decision}`,
    link: `/claims/${claim.id}`,
    payload: { ref: claim.number, step: s.step, decision },
    at,
  })

/** HQ decided lines of a station's claim (one notification per decision batch, keyed by the new version). */
export const notifyClaimAudited = (tx: Tx, c: ReimbursementClaim, version: number, lines: number, at: Date) =>
  notifyOrg(tx, {
    event: 'claim_audited',
    orgId: c.dealerId,
    key: `${c.id}:${version}`,
    link: '/reimbursement',
    payload: { ref: c.period, lines },
    at,
  })

/** A month was settled: each station's manager hears that the statement is there. */
export async function notifyStatementsReady(tx: Tx, runs: readonly SettlementRun[], at: Date) {
  for (const run of runs)
    await notifyOrg(tx, {
      event: 'statement_ready',
      orgId: run.dealerId,
      key: run.id,
      link: '/reimbursement',
      payload: { ref: run.statementNo, period: run.period, netFen: run.netFen },
      at,
    })
}
