import { gunzipSync } from 'node:zlib'
import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { acceptsGzip, COMPRESS_ABOVE_BYTES, compressLargeAnswers } from './compression'

function app() {
  const a = new Hono()
  compressLargeAnswers(a)
  a.get('/trpc/big', (c) => c.json({ rows: 'x'.repeat(COMPRESS_ABOVE_BYTES * 4) }))
  a.get('/trpc/small', (c) => c.json({ ok: true }))
  // A tRPC-like answer: a body without Content-Length.
  a.get(
    '/trpc/unsized/:n',
    (c) =>
      new Response(JSON.stringify({ rows: 'y'.repeat(Number(c.req.param('n'))) }), {
        headers: { 'content-type': 'application/json' },
      }),
  )
  a.get(
    '/trpc/stream',
    () =>
      new Response('data: '.concat('z'.repeat(5000), '\n\n'), {
        headers: { 'content-type': 'text/event-stream' },
      }),
  )
  return a
}

const get = (path: string, encoding = 'gzip, deflate, br') =>
  app().request(path, { headers: { 'accept-encoding': encoding } })

describe('API answers are compressed above a size', () => {
  it('gzips a large answer the client accepts gzip for, and it decodes to the same JSON', async () => {
    const res = await get('/trpc/big')
    expect(res.headers.get('content-encoding')).toBe('gzip')
    const json = JSON.parse(gunzipSync(Buffer.from(await res.arrayBuffer())).toString('utf8'))
    expect(json.rows).toHaveLength(COMPRESS_ABOVE_BYTES * 4)
  })

  it('measures answers that come without a Content-Length (tRPC) before deciding', async () => {
    expect((await get('/trpc/unsized/5000')).headers.get('content-encoding')).toBe('gzip')
    const small = await get('/trpc/unsized/100')
    expect(small.headers.get('content-encoding')).toBeNull()
    expect(small.headers.get('content-length')).toBe(String(JSON.stringify({ rows: 'y'.repeat(100) }).length))
  })

  it('sends a small answer as it is', async () => {
    const res = await get('/trpc/small')
    expect(res.headers.get('content-encoding')).toBeNull()
    expect(await res.json()).toEqual({ ok: true })
  })

  it('sends a large answer as it is to a client that accepts no compression', async () => {
    const res = await get('/trpc/big', 'identity')
    expect(res.headers.get('content-encoding')).toBeNull()
  })

  it('says it varies by Accept-Encoding, so a cache keeps the two forms apart', async () => {
    expect((await get('/trpc/unsized/5000')).headers.get('vary')).toContain('Accept-Encoding')
    expect((await get('/trpc/unsized/5000', 'identity')).headers.get('vary')).toContain('Accept-Encoding')
  })

  it('leaves an event stream to flow', async () => {
    const res = await get('/trpc/stream')
    expect(res.headers.get('content-encoding')).toBeNull()
    expect(res.headers.get('content-length')).toBeNull()
  })

  it.each([
    ['gzip', true],
    ['gzip, deflate, br', true],
    ['br;q=1.0, gzip;q=0.8', true],
    ['*', true],
    ['GZIP', true],
    ['gzip;q=0', false],
    ['gzip; q=0, deflate', false],
    ['deflate, br', false],
    ['identity', false],
    ['', false],
    [undefined, false],
  ])('Accept-Encoding %j accepts gzip: %s', (header, yes) => {
    expect(acceptsGzip(header)).toBe(yes)
  })
})
