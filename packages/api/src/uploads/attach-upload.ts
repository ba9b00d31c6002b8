import { type Actor, type AuditEvent, actorLabel, type Repositories } from '@asq/domain'
import type { Context } from '../context'
import { markUploadUsed, openUpload, uploadUsed } from './take-upload'

/** What every attached file records about itself, whatever it is attached to. */
export type AttachedFile = {
  filename: string
  mime: string
  size: number
  sha256: string
  uploadedBy: string
  at: Date
}

type Tx = { repos: Repositories; audit(e: AuditEvent): Promise<void> }

/**
 * Attaches the caller's upload token to a record, inside the caller's transaction — the one path for
 * every owner of files (complaint evidence, 8D step evidence). A retry with a used token answers the
 * record it made then (`previous` finds it in this target; not found means the token was used
 * elsewhere: a conflict). Otherwise `attach` writes the record from the file's facts, the audit event
 * names the target, and the token is marked used with it.
 */
export async function attachUpload<R extends { id: string; filename: string; size: number }>(
  tx: Tx,
  ctx: Context & { actor: Actor },
  uploadId: string,
  steps: {
    previous: (recordId: string) => Promise<R | null>
    attach: (file: AttachedFile) => Promise<R>
    audit: { action: string; entityType: string; target: Record<string, string> }
  },
): Promise<R> {
  const u = await openUpload(tx.repos, ctx, uploadId)
  if (u.usedFor) {
    const done = await steps.previous(u.usedFor)
    if (!done) throw uploadUsed()
    return done
  }
  const { mime, sha256 } = u
  const made = await steps.attach({
    filename: u.filename,
    mime,
    size: u.size,
    sha256,
    uploadedBy: actorLabel(ctx.actor),
    at: ctx.clock(),
  })
  await markUploadUsed(tx.repos, u, made.id)
  await tx.audit({
    action: steps.audit.action,
    entityType: steps.audit.entityType,
    entityId: made.id,
    before: null,
    after: { ...steps.audit.target, filename: made.filename, mime, size: made.size, sha256 },
  })
  return made
}
