import { type ActionFileInput, evidenceFileOf, notFound } from '@asq/domain'
import type { Context } from '../../context'

/**
 * One evidence file of an action, for HQ (every action, `orgId` null) or for the station that owns it.
 * Another station's action, a digest the action does not list and a file gone from the store are all
 * NOT_FOUND: the caller learns nothing about what exists elsewhere.
 */
export async function evidenceDownload(ctx: Context, input: ActionFileInput, orgId: string | null) {
  const a = await ctx.repos.improvement.meetings.action(input.id)
  if (!a || (orgId !== null && a.ownerOrgId !== orgId)) throw notFound('action')
  const f = evidenceFileOf(a, input.sha256)
  const bytes = f && (await ctx.files.read(f.sha256))
  if (!f || !bytes) throw notFound('evidence')
  return { filename: f.filename, mime: f.mime, base64: Buffer.from(bytes).toString('base64') }
}
