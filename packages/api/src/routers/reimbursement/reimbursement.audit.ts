import type { Actor, ReimbursementAuditReason, ReimbursementClaim } from '@asq/domain'
import {
  assertAuditable,
  decideLine,
  lineSettled,
  notFound,
  staleVersion,
  statusAfterDecisions,
} from '@asq/domain'
import type { Context } from '../../context'
import { notifyClaimAudited } from '../notification/notify.events'
import { assertVersion, claimAudit, claimView, lineAudit, loadClaim, type Tx } from './reimbursement.service'

type Decision = {
  lineId: string
  decision: 'approved' | 'rejected' | 'adjusted'
  amountFen?: number
  reasonCode?: ReimbursementAuditReason
  reasonText?: string
}

const by = (a: Actor | null) => (a?.kind === 'staff' ? a.username : 'system')

/**
 * HQ's decisions on lines of one claim, in one transaction: each line decided (a settled one never
 * changes), one audit event per line, then the claim moves to "under audit" (first decision) or
 * "audited" (every line decided), version-checked so two auditors do not overwrite each other.
 */
export function decide(ctx: Context, claimId: string, version: number, decisions: Decision[]) {
  const now = ctx.clock()
  return ctx.transact(async (tx) => {
    const c = await loadClaim(tx.repos, claimId, null)
    assertVersion(c, version)
    assertAuditable(c)
    for (const d of decisions) await decideOne(tx, c, d, by(ctx.actor), now)
    const lines = await tx.repos.reimbursement.lines.ofClaim(c.id)
    const status = statusAfterDecisions(lines)
    const next = await tx.repos.reimbursement.claims.transition(
      c.id,
      c.version,
      { status, auditStartedAt: c.auditStartedAt ?? now, auditedAt: status === 'audited' ? now : null },
      now,
    )
    if (!next) throw staleVersion('claim')
    await notifyClaimAudited(tx, c, next.version, decisions.length, now)
    if (next.status !== c.status)
      await tx.audit({
        action: 'reimbursement.audit_status',
        entityType: 'reimbursement_claim',
        entityId: c.id,
        before: claimAudit(c),
        after: claimAudit(next),
      })
    return claimView(tx.repos, next, lines, 'hq')
  })
}

async function decideOne(tx: Tx, c: ReimbursementClaim, d: Decision, who: string, now: Date) {
  const line = await tx.repos.reimbursement.lines.byId(d.lineId)
  if (!line || line.claimId !== c.id) throw notFound('line')
  const fields = decideLine(line, d, who, now)
  const after = await tx.repos.reimbursement.lines.decide(line.id, fields)
  if (!after) throw lineSettled()
  await tx.audit({
    action: 'reimbursement.decide',
    entityType: 'reimbursement_line',
    entityId: line.id,
    before: lineAudit(line),
    after: lineAudit(after),
  })
}
