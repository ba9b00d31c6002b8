import type { Actor, OpenClaimInput } from '@asq/domain'
import {
  actorLabel,
  claimOpenedMessage,
  DomainError,
  eightdNumber,
  eightdRecipient,
  eightdYear,
  notFound,
  stepDeadlines,
} from '@asq/domain'
import type { Context } from '../../context'
import { claimAudit, loadEightdPolicy, type Tx } from './eightd.service'

/** HQ quality opens a claim against one supplier, directly or from complaints; step deadlines are fixed now. */
export function openClaim(ctx: Context & { actor: Actor }, input: OpenClaimInput) {
  return ctx.transact((tx) => openClaimIn(tx, ctx, input))
}

/**
 * The same inside the caller's transaction, for a change that opens a claim as part of its own work
 * (a liaison letter turned into an 8D records the claim in the same commit).
 */
export async function openClaimIn(tx: Tx, ctx: Context & { actor: Actor }, input: OpenClaimInput) {
  const again = await tx.repos.eightd.claims.byClientRequest(input.clientRequestId)
  if (again) return { id: again.id, number: again.number, created: false }
  const supplier = await tx.repos.organisations.byId(input.supplierId)
  if (supplier?.kind !== 'supplier') throw notFound('supplier')
  for (const [i, id] of input.complaintIds.entries()) {
    if (!(await tx.repos.complaints.byId(id)))
      throw new DomainError('BAD_INPUT', 'EIGHTD.COMPLAINT_MISSING', 'That complaint does not exist', {
        field: `complaintIds.${i}`,
      })
  }
  const now = ctx.clock()
  const { settings, calendar } = await loadEightdPolicy(tx.repos)
  const year = eightdYear(now)
  const claim = await tx.repos.eightd.claims.create({
    ...input,
    complaintIds: [...new Set(input.complaintIds)],
    number: eightdNumber(year, await tx.repos.eightd.claims.nextSequence(year)),
    openedAt: now,
    openedBy: actorLabel(ctx.actor),
    deadlines: stepDeadlines(now, settings, calendar),
  })
  if (!claim) throw new DomainError('CONFLICT', 'EIGHTD.DUPLICATE', 'This claim was opened already; reload')
  await tx.repos.outbox.enqueue({
    channel: 'email',
    recipient: eightdRecipient('supplier_contact', supplier.code),
    kind: 'eightd_opened',
    ...claimOpenedMessage(claim.number, claim.title, claim.nextDueAt ?? now),
    at: now,
  })
  await tx.audit({
    action: 'eightd.open',
    entityType: 'eightd_claim',
    entityId: claim.id,
    before: null,
    after: { ...claimAudit(claim), complaintIds: claim.complaintIds },
  })
  return { id: claim.id, number: claim.number, created: true }
}
