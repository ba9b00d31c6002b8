import { Readable } from 'node:stream'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'
import { DomainError, fileTooLarge, isDomainError, MAX_UPLOAD_BYTES } from '@asq/domain'
import Busboy, { type BusboyFileStream } from '@fastify/busboy'
import type { Context as HonoContext } from 'hono'
import type { Context } from '../context'
import { receiveUpload } from '../uploads/receive-upload'
import { errorResponse } from './export-route'

/** The file and the multipart envelope around it; a declared Content-Length above this is 413 unread. */
const UPLOAD_BODY_LIMIT = MAX_UPLOAD_BYTES + 64 * 1024
/** What is read and thrown away after a refusal so the client can read the answer; beyond it, the socket is closed. */
const DRAIN_LIMIT = 8 * UPLOAD_BODY_LIMIT

const badUpload = (message: string) =>
  new DomainError('BAD_INPUT', 'UPLOAD.MULTIPART', message, { field: 'file' })

/** The first part named `file` of a multipart body, as a stream; other parts are skipped. */
function filePart(source: Readable, contentType: string) {
  return new Promise<{ filename: string; chunks: BusboyFileStream }>((resolve, reject) => {
    let parser: ReturnType<typeof Busboy>
    try {
      // One byte over the limit is enough to know the file is too large.
      parser = Busboy({
        headers: { 'content-type': contentType },
        limits: { files: 1, fileSize: MAX_UPLOAD_BYTES + 1, fields: 10, parts: 11 },
      })
    } catch {
      reject(badUpload('The body is not multipart/form-data'))
      return
    }
    let file: BusboyFileStream | null = null
    parser.on('file', (field, stream, filename) => {
      if (field !== 'file' || file) return stream.resume()
      file = stream
      resolve({ filename, chunks: stream })
    })
    const fail = (e: unknown) => {
      const error = isDomainError(e) ? e : badUpload('The multipart body is malformed')
      file?.destroy(error)
      reject(error)
    }
    parser.on('error', fail)
    source.on('error', fail)
    parser.on('finish', () => reject(badUpload('The body has no part named "file"')))
    source.pipe(parser)
  })
}

/** After a refusal: read the rest of the body (up to DRAIN_LIMIT) so the answer reaches the client. */
function drain(source: Readable) {
  source.unpipe()
  if (source.readableEnded || source.destroyed) return Promise.resolve()
  return new Promise<void>((done) => {
    let read = 0
    source.on('data', (chunk: Uint8Array) => {
      read += chunk.length
      if (read > DRAIN_LIMIT) source.destroy()
    })
    source.on('end', done)
    source.on('close', done)
    source.on('error', () => done())
    source.resume()
  })
}

/**
 * POST /uploads (multipart/form-data, one part `file`): streamed into the file store under the
 * same session and context as /trpc; answers `{ id, filename, mime, size }`, the upload token an
 * attach mutation takes. Over 5 MB is 413 (by Content-Length before reading, else while streaming),
 * a refused type 400; a refused file leaves nothing in the store and no token.
 */
export function uploadHandler(
  contextOf: (c: HonoContext, headers: Headers) => Promise<Context>,
  log: (entry: Record<string, unknown>) => void,
) {
  return async (c: HonoContext) => {
    const headers = new Headers()
    // Declared too large: refused unread, and the connection closed rather than drained.
    if (Number(c.req.header('content-length') ?? 0) > UPLOAD_BODY_LIMIT) {
      headers.set('connection', 'close')
      return refusal(c, fileTooLarge(), headers, log)
    }
    const body = c.req.raw.body
    const source = body ? Readable.fromWeb(body as NodeReadableStream<Uint8Array>) : null
    try {
      const ctx = await contextOf(c, headers)
      const actor = ctx.actor
      if (!actor) throw new DomainError('UNAUTHENTICATED', 'AUTH.REQUIRED', 'Sign in to upload files')
      if (!source) throw badUpload('The body is empty')
      const file = await filePart(source, c.req.header('content-type') ?? '')
      const answer = await receiveUpload({ ...ctx, actor }, file)
      await drain(source)
      const res = c.json(answer, 201)
      headers.forEach((v, k) => {
        res.headers.append(k, v)
      })
      return res
    } catch (e) {
      if (source) await drain(source)
      return refusal(c, e, headers, log)
    }
  }
}

/** The typed error as JSON (as /export and /files answer), 413 for a file over the limit. */
function refusal(
  c: HonoContext,
  e: unknown,
  headers: Headers,
  log: (entry: Record<string, unknown>) => void,
) {
  const res = errorResponse(c, e, log)
  const status = isDomainError(e) && e.code === 'FILE.TOO_LARGE' ? 413 : res.status
  const out = new Response(res.body, { status, headers: res.headers })
  headers.forEach((v, k) => {
    out.headers.append(k, v)
  })
  return out
}
