import type { Actor, Discipline } from '@asq/domain'
import { assertEditable, notFound } from '@asq/domain'
import type { Context } from '../../context'
import { attachUpload } from '../../uploads/attach-upload'
import { storedBytes } from '../../uploads/take-upload'
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
    const view = (e: { id: string; step: Discipline; filename: string; mime: string; size: number }) => ({
      id: e.id,
      step: e.step,
      filename: e.filename,
      mime: e.mime,
      size: e.size,
    })
    return attachUpload(tx, ctx, input.uploadId, {
      previous: async (id) => {
        const done = (await tx.repos.eightd.evidence.forClaim(s.claimId)).find((e) => e.id === id)
        return done && done.step === s.step ? view(done) : null
      },
      audit: {
        action: 'eightd.evidence.add',
        entityType: 'eightd_evidence',
        target: { claimId: s.claimId, step: s.step },
      },
      attach: async (file) => {
        assertEditable(s)
        const e = await tx.repos.eightd.evidence.add({ claimId: s.claimId, step: s.step, ...file })
        return view(e)
      },
    })
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
