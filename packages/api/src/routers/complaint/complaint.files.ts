import type { Actor } from '@asq/domain'
import { actorLabel, notFound } from '@asq/domain'
import type { Context } from '../../context'
import { attachUpload } from '../../uploads/attach-upload'
import { storedBytes } from '../../uploads/take-upload'
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
    const view = (a: { id: string; filename: string; mime: string; size: number }) => ({
      id: a.id,
      filename: a.filename,
      mime: a.mime,
      size: a.size,
    })
    return attachUpload(tx, ctx, input.uploadId, {
      previous: async (id) => {
        const done = (await tx.repos.complaintAttachments.list(c.id)).find((a) => a.id === id)
        return done ? view(done) : null
      },
      audit: {
        action: 'complaint.attach',
        entityType: 'complaint_attachment',
        target: { complaintId: c.id },
      },
      attach: async (file) => {
        const a = await tx.repos.complaintAttachments.add({ complaintId: c.id, ...file })
        const visibility = ctx.actor.kind === 'customer' ? 'customer' : 'internal'
        await persistDecision(
          tx,
          ctx,
          c,
          c.version,
          {
            patch: {},
            events: [
              { type: 'evidence_added', visibility, data: { attachmentId: a.id, filename: a.filename } },
            ],
          },
          'attach',
        )
        return view(a)
      },
    })
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
