import { type Actor, actorLabel, DomainError, notFound, type Repositories, type Upload } from '@asq/domain'
import type { Context } from '../context'

/**
 * The caller's upload token for an attach mutation. Another actor's token, an unknown one and one
 * past its expiry all answer NOT_FOUND; a used one is returned with `usedFor` set, so the mutation
 * can answer a retry with the record it made then (or refuse a different target).
 */
export async function openUpload(repos: Repositories, ctx: Context & { actor: Actor }, id: string) {
  const u = await repos.uploads.byId(id)
  if (!u || u.owner !== actorLabel(ctx.actor)) throw notFound('upload')
  if (u.usedFor === null && u.expiresAt.getTime() <= ctx.clock().getTime()) throw notFound('upload')
  return u
}

export const uploadUsed = () =>
  new DomainError('CONFLICT', 'UPLOAD.USED', 'This upload is already attached elsewhere', {
    field: 'uploadId',
  })

/** Marks the token used for `recordId`, in the attaching transaction; a race loses with a conflict. */
export async function markUploadUsed(repos: Repositories, u: Upload, recordId: string) {
  if (!(await repos.uploads.markUsed(u.id, recordId))) throw uploadUsed()
}

/** A stored file's bytes: from the row (files sent before the store existed) or from the store. */
export async function storedBytes(
  ctx: Context,
  f: { sha256: string; content: Uint8Array | null },
  entity: string,
) {
  const bytes = f.content ?? (await ctx.files.read(f.sha256))
  if (!bytes) throw notFound(entity)
  return bytes
}
