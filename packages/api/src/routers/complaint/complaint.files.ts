import type { Actor, Attachment, AuditEvent, Complaint, Repositories } from '@asq/domain'
import { actorLabel, notFound } from '@asq/domain'
import type { Context } from '../../context'
import { attachUpload } from '../../uploads/attach-upload'
import { storedBytes } from '../../uploads/take-upload'
import { loadScoped, persistDecision, type Scope } from './complaint.service'

type Tx = { repos: Repositories; audit(e: AuditEvent): Promise<void> }
const fileView = (a: { id: string; filename: string; mime: string; size: number }) => ({
  id: a.id,
  filename: a.filename,
  mime: a.mime,
  size: a.size,
})

/**
 * The caller's upload token as an attachment of complaint `c`, inside the caller's transaction: the one
 * path for evidence and for files on a conversation message (same content checks at `POST /uploads`,
 * same per-uploader dedupe, same audit). A retry with a used token answers the attachment it made;
 * the token used on another complaint is a conflict. `then` runs for a fresh attachment only.
 */
export function attachToComplaint(
  tx: Tx,
  ctx: Context & { actor: Actor },
  c: Complaint,
  uploadId: string,
  then?: (a: Attachment) => Promise<void>,
) {
  return attachUpload(tx, ctx, uploadId, {
    previous: async (id) => {
      const done = (await tx.repos.complaintAttachments.list(c.id)).find((a) => a.id === id)
      return done ? fileView(done) : null
    },
    audit: {
      action: 'complaint.attach',
      entityType: 'complaint_attachment',
      target: { complaintId: c.id },
    },
    attach: async (file) => {
      const a = await tx.repos.complaintAttachments.add({ complaintId: c.id, ...file })
      await then?.(a)
      return fileView(a)
    },
  })
}

/**
 * Evidence (photos, PDF) sent by `POST /uploads` (checked by content there), attached by the caller's
 * upload token; readable only within the complaint's scope. A retry with a used token answers the
 * attachment it made then; the token on another complaint is a conflict.
 */
export async function uploadEvidence(
  ctx: Context & { actor: Actor },
  scope: Scope,
  input: { complaintId: string; uploadId: string },
) {
  return ctx.transact(async (tx) => {
    const c = await loadScoped(tx.repos, input.complaintId, scope)
    return attachToComplaint(tx, ctx, c, input.uploadId, async (a) => {
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
    })
  })
}

/** A file follows its complaint's permission: out of scope is NOT_FOUND. */
export async function attachmentContent(ctx: Context & { actor: Actor }, scope: Scope, id: string) {
  const a = await ctx.repos.complaintAttachments.content(id)
  if (!a) throw notFound('attachment')
  await loadScoped(ctx.repos, a.complaintId, scope).catch(() => {
    throw notFound('attachment')
  })
  // A customer reads their own uploads and the files on public messages of their case (never a
  // station's internal evidence or the files of an internal note).
  if (
    ctx.actor.kind === 'customer' &&
    a.uploadedBy !== actorLabel(ctx.actor) &&
    !(await ctx.repos.complaintMessages.publiclyAttached(a.complaintId, a.id))
  )
    throw notFound('attachment')
  return {
    id: a.id,
    filename: a.filename,
    mime: a.mime,
    dataUrl: `data:${a.mime};base64,${Buffer.from(await storedBytes(ctx, a, 'attachment')).toString('base64')}`,
  }
}
