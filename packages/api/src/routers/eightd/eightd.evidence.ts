import type { Actor, Discipline } from '@asq/domain'
import { actorLabel, assertEditable, notFound } from '@asq/domain'
import type { Context } from '../../context'
import { markUploadUsed, openUpload, storedBytes, uploadUsed } from '../../uploads/take-upload'
import { type EightdScope, loadClaim } from './eightd.service'
import { openStep } from './eightd.step-actions'

type Ctx = Context & { actor: Actor }

/**
 * Evidence for a step (photos, PDF) sent by `POST /uploads`, attached by the caller's upload token;
 * only while the step may still change. A retry with a used token answers the evidence it made.
 */
export function uploadStepEvidence(
  ctx: Ctx,
  scope: EightdScope,
  input: { claimId: string; step: Discipline; uploadId: string },
) {
  return ctx.transact(async (tx) => {
    const { s } = await openStep(tx, scope, input.claimId, input.step)
    const u = await openUpload(tx.repos, ctx, input.uploadId)
    if (u.usedFor) {
      const done = (await tx.repos.eightd.evidence.forClaim(s.claimId)).find((e) => e.id === u.usedFor)
      if (!done || done.step !== s.step) throw uploadUsed()
      return { id: done.id, step: done.step, filename: done.filename, mime: done.mime, size: done.size }
    }
    assertEditable(s)
    const { mime, sha256 } = u
    const e = await tx.repos.eightd.evidence.add({
      claimId: s.claimId,
      step: s.step,
      filename: u.filename,
      mime,
      size: u.size,
      sha256,
      uploadedBy: actorLabel(ctx.actor),
      at: ctx.clock(),
    })
    await markUploadUsed(tx.repos, u, e.id)
    await tx.audit({
      action: 'eightd.evidence.add',
      entityType: 'eightd_evidence',
      entityId: e.id,
      before: null,
      after: { claimId: e.claimId, step: e.step, filename: e.filename, mime, size: e.size, sha256 },
    })
    return { id: e.id, step: e.step, filename: e.filename, mime: e.mime, size: e.size }
  })
}

/** A file follows its claim's permission: another supplier's is NOT_FOUND. */
export async function evidenceContent(ctx: Ctx, scope: EightdScope, id: string) {
  const e = await ctx.repos.eightd.evidence.content(id)
  if (!e) throw notFound('evidence')
  await loadClaim(ctx.repos, e.claimId, scope).catch(() => {
    throw notFound('evidence')
  })
  return {
    id: e.id,
    filename: e.filename,
    mime: e.mime,
    dataUrl: `data:${e.mime};base64,${Buffer.from(await storedBytes(ctx, e, 'evidence')).toString('base64')}`,
  }
}
