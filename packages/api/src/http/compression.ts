import type { Hono } from 'hono'
import { compress } from 'hono/compress'

/** Below this an answer goes as it is: compressing a few hundred bytes costs more than it saves. */
export const COMPRESS_ABOVE_BYTES = 1024

/**
 * API answers larger than COMPRESS_ABOVE_BYTES travel gzip- (or deflate-) compressed when the client
 * accepts it — lists of complaints are tens of KB of JSON, slow on a phone's network.
 * tRPC answers (httpBatchLink, not streamed) carry no Content-Length, so compress() cannot see their
 * size; the inner middleware measures the body first. Order matters: compress() must wrap it.
 */
export function compressLargeAnswers(app: Hono, path = '/trpc/*'): void {
  app.use(path, compress({ threshold: COMPRESS_ABOVE_BYTES }))
  app.use(path, async (c, next) => {
    await next()
    if (!c.res.body || c.res.headers.has('Content-Length') || c.res.headers.has('Content-Encoding')) return
    const body = await c.res.arrayBuffer()
    const res = new Response(body, c.res)
    res.headers.set('Content-Length', String(body.byteLength))
    c.res = res
  })
}
