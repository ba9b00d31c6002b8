import { gzipSync } from 'node:zlib'
import type { Hono } from 'hono'

/** Below this an answer goes as it is: compressing a few hundred bytes costs more than it saves. */
export const COMPRESS_ABOVE_BYTES = 1024

/**
 * zlib's level 3: a page of complaints (~20 KB of JSON) shrinks nearly as much as at the default 6
 * (JSON repeats its keys), in about half the CPU time — the API and PostgreSQL share the same cores.
 */
const GZIP_LEVEL = 3

/** True when the Accept-Encoding header lists gzip (or `*`) without `q=0`. */
export function acceptsGzip(header: string | undefined): boolean {
  return (header ?? '').split(',').some((part) => {
    const [token, ...params] = part.trim().toLowerCase().split(';')
    if (token !== 'gzip' && token !== '*') return false
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    return q === undefined || Number(q.slice(2)) > 0
  })
}

/**
 * API answers larger than COMPRESS_ABOVE_BYTES travel gzip-compressed when the client accepts it —
 * lists of complaints are tens of KB of JSON, slow on a phone's network. tRPC answers (httpBatchLink,
 * not streamed) carry no Content-Length, so the body is read whole first; it is then compressed in one
 * synchronous call (well under a millisecond at these sizes), which costs far less CPU than a
 * CompressionStream's web-stream plumbing per answer (the list benchmark's profile). Every answer
 * leaves with its Content-Length. An event stream is left to flow.
 */
export function compressLargeAnswers(app: Hono, path = '/trpc/*'): void {
  app.use(path, async (c, next) => {
    await next()
    const res = c.res
    if (
      !res.body ||
      res.headers.has('Content-Encoding') ||
      res.headers.get('Content-Type')?.startsWith('text/event-stream')
    )
      return
    const body = new Uint8Array(await res.arrayBuffer())
    const gzip = body.byteLength > COMPRESS_ABOVE_BYTES && acceptsGzip(c.req.header('accept-encoding'))
    const out = gzip ? gzipSync(body, { level: GZIP_LEVEL }) : body
    const headers = new Headers(res.headers)
    headers.set('Content-Length', String(out.byteLength))
    headers.append('Vary', 'Accept-Encoding')
    if (gzip) headers.set('Content-Encoding', 'gzip')
    c.res = undefined
    c.res = new Response(out, { status: res.status, statusText: res.statusText, headers })
  })
}
