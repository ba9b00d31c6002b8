import { type Actor, actorLabel, assertAcceptableUpload, fileTooLarge, MAX_UPLOAD_BYTES } from '@asq/domain'
import type { Context } from '../context'

/** An upload not attached within a day is no longer accepted as a token. */
const UPLOAD_TTL_MS = 24 * 60 * 60 * 1000
/** Enough of the start of a file to judge its type (`sniffMime`). */
const HEAD_BYTES = 16

/**
 * The name as shown and downloaded: the quote a browser's form encoding writes as `%22` restored
 * (HTML's multipart rule), control characters removed, at most 120 characters (the end kept).
 */
const uploadName = (name: string) =>
  name
    .replace(/%22/g, '"')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim()
    .slice(-120) || 'file'

/**
 * A file as it streams in: counted (refused the moment it passes 5 MB) and judged by its first bytes,
 * so a refused file fails the stream and the store keeps nothing of it.
 */
async function* checked(chunks: AsyncIterable<Uint8Array>, judged: (mime: string) => void) {
  let size = 0
  let head = new Uint8Array(0)
  let mime: string | null = null
  for await (const chunk of chunks) {
    size += chunk.length
    if (size > MAX_UPLOAD_BYTES) throw fileTooLarge()
    if (mime === null) {
      head = new Uint8Array([...head, ...chunk.subarray(0, HEAD_BYTES - head.length)])
      if (head.length === HEAD_BYTES) mime = assertAcceptableUpload(head, size)
    }
    yield chunk
  }
  judged(mime ?? assertAcceptableUpload(head, size))
}

/**
 * `POST /uploads` after parsing: the bytes go to the file store while they arrive (never through JSON
 * or the database's event loop), then the caller gets a one-use token — an `uploads` row they own,
 * written with its audit event — that an attach mutation turns into an attachment.
 */
export async function receiveUpload(
  ctx: Context & { actor: Actor },
  file: { filename: string; chunks: AsyncIterable<Uint8Array> },
) {
  let mime = ''
  const blob = await ctx.files.save(
    checked(file.chunks, (m) => {
      mime = m
    }),
  )
  const now = ctx.clock()
  return ctx.transact(async (tx) => {
    const u = await tx.repos.uploads.create({
      owner: actorLabel(ctx.actor),
      sha256: blob.sha256,
      size: blob.size,
      mime,
      filename: uploadName(file.filename),
      createdAt: now,
      expiresAt: new Date(now.getTime() + UPLOAD_TTL_MS),
    })
    await tx.audit({
      action: 'upload.receive',
      entityType: 'upload',
      entityId: u.id,
      before: null,
      after: { filename: u.filename, mime, size: u.size, sha256: u.sha256 },
    })
    return { id: u.id, filename: u.filename, mime: u.mime, size: u.size }
  })
}
