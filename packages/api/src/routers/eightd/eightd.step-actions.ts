import type { Actor, Discipline } from '@asq/domain'
import {
  actorLabel,
  assertEditable,
  changesRequestedMessage,
  claimClosesWith,
  EIGHTD_HQ_REVIEW_RECIPIENT,
  eightdErrors,
  eightdRecipient,
  parseStepContent,
  reviewTransition,
  staleVersion,
  stepSubmittedMessage,
  submitTransition,
} from '@asq/domain'
import type { Context } from '../../context'
import { notifyStepReviewed } from '../notification/notify.events'
import { type EightdScope, loadClaim, refreshClaim } from './eightd.service'

type Ctx = Context & { actor: Actor }

export async function openStep(
  tx: { repos: Context['repos'] },
  scope: EightdScope,
  claimId: string,
  step: Discipline,
) {
  const claim = await loadClaim(tx.repos, claimId, scope)
  if (claim.status === 'closed') throw eightdErrors.closed()
  const s = (await tx.repos.eightd.steps.get(claim.id, step))!
  return { claim, s }
}

/** The supplier saves a draft of a step: only while it is a draft or sent back, never once approved. */
export function saveDraft(
  ctx: Ctx,
  scope: EightdScope,
  input: { claimId: string; step: Discipline; content: Record<string, unknown>; version: number },
) {
  return ctx.transact(async (tx) => {
    const { s } = await openStep(tx, scope, input.claimId, input.step)
    assertEditable(s)
    if (s.version !== input.version) throw staleVersion('step')
    const updated = await tx.repos.eightd.steps.update(s.claimId, s.step, s.version, {
      content: input.content,
      updatedAt: ctx.clock(),
    })
    if (!updated) throw staleVersion('step')
    await tx.audit({
      action: 'eightd.step.save',
      entityType: 'eightd_step',
      entityId: `${s.claimId}/${s.step}`,
      before: { status: s.status, version: s.version },
      after: { status: updated.status, version: updated.version },
    })
    return { step: updated.step, status: updated.status, version: updated.version }
  })
}

/** Submits the saved content: complete, in order (the steps it depends on approved), kept as a revision. */
export function submitStep(
  ctx: Ctx,
  scope: EightdScope,
  input: { claimId: string; step: Discipline; version: number },
) {
  return ctx.transact(async (tx) => {
    const { claim, s } = await openStep(tx, scope, input.claimId, input.step)
    if (s.version !== input.version) throw staleVersion('step')
    const status = submitTransition(await tx.repos.eightd.steps.forClaim(claim.id), s)
    const content = parseStepContent(s.step, s.content) as Record<string, unknown>
    const now = ctx.clock()
    const revision = s.revision + 1
    const updated = await tx.repos.eightd.steps.update(s.claimId, s.step, s.version, {
      status,
      content,
      revision,
      submittedAt: now,
      firstSubmittedAt: s.firstSubmittedAt ?? now,
      updatedAt: now,
    })
    if (!updated) throw staleVersion('step')
    await tx.repos.eightd.steps.addRevision({
      claimId: s.claimId,
      step: s.step,
      revision,
      content,
      submittedAt: now,
      submittedBy: actorLabel(ctx.actor),
    })
    await refreshClaim(tx.repos, claim)
    const supplier = await tx.repos.organisations.byId(claim.supplierId)
    await tx.repos.outbox.enqueue({
      channel: 'email',
      recipient: EIGHTD_HQ_REVIEW_RECIPIENT,
      kind: 'eightd_step_submitted',
      ...stepSubmittedMessage(claim.number, s.step, supplier?.nameZh ?? claim.supplierId),
      at: now,
    })
    await tx.audit({
      action: 'eightd.step.submit',
      entityType: 'eightd_step',
      entityId: `${s.claimId}/${s.step}`,
      before: { status: s.status, revision: s.revision },
      after: { status, revision },
    })
    return { step: updated.step, status: updated.status, revision, version: updated.version }
  })
}

/** HQ approves a submitted step, or rejects it with a comment for the supplier and an internal note for HQ. */
export function reviewStep(
  ctx: Ctx,
  input: {
    claimId: string
    step: Discipline
    decision: 'approved' | 'rejected'
    comment: string
    internalNote: string
    version: number
  },
) {
  return ctx.transact(async (tx) => {
    const { claim, s } = await openStep(tx, { kind: 'hq' }, input.claimId, input.step)
    if (s.version !== input.version) throw staleVersion('step')
    const decision = reviewTransition(s, input.decision, input.comment)
    const now = ctx.clock()
    const updated = await tx.repos.eightd.steps.update(s.claimId, s.step, s.version, {
      status: decision,
      approvedAt: decision === 'approved' ? now : null,
      updatedAt: now,
    })
    if (!updated) throw staleVersion('step')
    await tx.repos.eightd.reviews.add({
      claimId: s.claimId,
      step: s.step,
      revision: s.revision,
      decision,
      comment: input.comment,
      internalNote: input.internalNote,
      reviewer: actorLabel(ctx.actor),
      at: now,
    })
    if (decision === 'rejected') {
      const supplier = await tx.repos.organisations.byId(claim.supplierId)
      await tx.repos.outbox.enqueue({
        channel: 'email',
        recipient: eightdRecipient('supplier_contact', supplier?.code ?? claim.supplierId),
        kind: 'eightd_changes_requested',
        ...changesRequestedMessage(claim.number, s.step, input.comment),
        at: now,
      })
    }
    await notifyStepReviewed(tx, claim, s, decision, now)
    const closes = claimClosesWith(s.step, decision)
    const after = await refreshClaim(tx.repos, claim, closes ? { status: 'closed', closedAt: now } : {})
    await tx.audit({
      action: `eightd.step.${decision === 'approved' ? 'approve' : 'reject'}`,
      entityType: 'eightd_step',
      entityId: `${s.claimId}/${s.step}`,
      before: { status: s.status, revision: s.revision },
      after: { status: decision, revision: s.revision, claimStatus: after.status },
    })
    return { step: updated.step, status: updated.status, version: updated.version, claimStatus: after.status }
  })
}
