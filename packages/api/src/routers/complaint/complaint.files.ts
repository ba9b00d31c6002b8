import { createHash } from 'node:crypto'
import type { Actor } from '@asq/domain'
import { actorLabel, assertAcceptableUpload, notFound } from '@asq/domain'
import type { Context } from '../../context'
import { loadScoped, persistDecision, type Scope } from './complaint.service'

/** Evidence (photos, PDF) checked by content, stored with its hash, readable only within the complaint's scope. */
export async function uploadEvidence(
  ctx: Context & { actor: Actor },
  scope: Scope,
  input: { complaintId: string; filename: string; contentBase64: string },
) {
  const content = new Uint8Array(Buffer.from(input.contentBase64, 'base64'))
  const mime = assertAcceptableUpload(content)
  return ctx.transact(async (tx) => {
    const c = await loadScoped(tx.repos, input.complaintId, scope)
    const now = ctx.clock()
    const sha256 = createHash('sha256').update(content).digest('hex')
    const a = await tx.repos.complaintAttachments.add({
      complaintId: c.id,
      filename: input.filename,
      mime,
      size: content.length,
      sha256,
      uploadedBy: actorLabel(ctx.actor),
      content,
      at: now,
    })
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
    dataUrl: `data:${a.mime};base64,${Buffer.from(a.content).toString('base64')}`,
  }
}
