import type { Actor } from '@asq/domain'
import { actorLabel, notFound } from '@asq/domain'
import type { Context } from '../../context'
import { markUploadUsed, openUpload, storedBytes, uploadUsed } from '../../uploads/take-upload'
import { loadScoped, persistDecision, type Scope } from './complaint.service'

/**
 * Evidence (photos, PDF) sent by `POST /uploads` (checked by content there), attached by the caller's
 * upload token; readable only within the complaint's scope. A retry with a used token answers the
 * attachment it made; the token on another complaint is a conflict.
 */
export async function uploadEvidence(
  ctx: Context & { actor: Actor },
  scope: Scope,
  input: { complaintId: string; uploadId: string },
) {
  return ctx.transact(async (tx) => {
    const c = await loadScoped(tx.repos, input.complaintId, scope)
    const u = await openUpload(tx.repos, ctx, input.uploadId)
    if (u.usedFor) {
      const done = (await tx.repos.complaintAttachments.list(c.id)).find((a) => a.id === u.usedFor)
      if (!done) throw uploadUsed()
      return { id: done.id, filename: done.filename, mime: done.mime, size: done.size }
    }
    const now = ctx.clock()
    const { mime, sha256 } = u
    const a = await tx.repos.complaintAttachments.add({
      complaintId: c.id,
      filename: u.filename,
      mime,
      size: u.size,
      sha256,
      uploadedBy: actorLabel(ctx.actor),
      at: now,
    })
    await markUploadUsed(tx.repos, u, a.id)
    await tx.audit({
      action: 'complaint.attach',
      entityType: 'complaint_attachment',
      entityId: a.id,
      before: null,
      after: { complaintId: c.id, filename: a.filename, mime, size: a.size, sha256 },
    })
    const visibility = ctx.actor.kind === 'customer' ? 'customer' : 'internal'
    await persistDecision(
      tx,
      ctx,
      c,
      c.version,
      {
        patch: {},
        events: [{ type: 'evidence_added', visibility, data: { attachmentId: a.id, filename: a.filename } }],
      },
      'attach',
    )
    return { id: a.id, filename: a.filename, mime: a.mime, size: a.size }
  })
}

/** A file follows its complaint's permission: out of scope is NOT_FOUND. Customers read only their own uploads. */
export async function attachmentContent(ctx: Context & { actor: Actor }, scope: Scope, id: string) {
  const a = await ctx.repos.complaintAttachments.content(id)
  if (!a) throw notFound('attachment')
  await loadScoped(ctx.repos, a.complaintId, scope).catch(() => {
    throw notFound('attachment')
  })
  if (ctx.actor.kind === 'customer' && a.uploadedBy !== actorLabel(ctx.actor)) throw notFound('attachment')
  return {
    id: a.id,
    filename: a.filename,
    mime: a.mime,
    dataUrl: `data:${a.mime};base64,${Buffer.from(await storedBytes(ctx, a, 'attachment')).toString('base64')}`,
  }
}
