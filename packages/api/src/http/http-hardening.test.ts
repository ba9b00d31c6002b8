import { request } from 'node:http'
import { testDatabases } from '@asq/db/testing'
import { describe, expect, it } from 'vitest'
import { serveHarness, useServedHarness } from '../testing/serve-harness'
import { DEFAULT_BODY_LIMIT } from './body-limit'

/** Sends headers declaring `declared` bytes but only a little of the body, and waits for the answer. */
function postDeclaring(url: string, path: string, declared: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': declared, origin: url },
    })
    req.on('response', (res) => {
      res.resume()
      resolve(res.statusCode ?? 0)
      req.destroy()
    })
    req.on('error', reject)
    req.write('{"json":{"username":"')
  })
}

/** A body streamed without Content-Length (chunked), `size` bytes in all. */
async function postChunked(url: string, path: string, size: number) {
  const chunk = new Uint8Array(64 * 1024).fill(97)
  let sent = 0
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= size) return controller.close()
      sent += chunk.length
      controller.enqueue(chunk)
    },
  })
  const res = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body,
    duplex: 'half',
  } as RequestInit)
  return res.status
}

describe.each(testDatabases())('HTTP hardening on $name', (target) => {
  const s = useServedHarness(target)

  // First, on fresh connections: a 413 closes the socket mid-upload, and fetch may reuse a pooled
  // socket the server has just closed ("other side closed") for the next request to the same server.
  it('sends security headers on the API and on health checks; no HSTS without TLS', async () => {
    for (const path of ['/healthz', '/trpc/auth.me']) {
      const res = await fetch(`${s.api.url}${path}`)
      const csp = res.headers.get('content-security-policy') ?? ''
      expect(csp).toContain("frame-ancestors 'none'")
      expect(csp).toContain("default-src 'self'")
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
      expect(res.headers.get('x-frame-options')).toBe('DENY')
      expect(res.headers.get('strict-transport-security')).toBeNull()
    }
  })

  it('answers 413 to a 100 MB sign-in body from its Content-Length, before reading it', async () => {
    expect(await postDeclaring(s.api.url, '/trpc/auth.login', 100 * 1024 * 1024)).toBe(413)
  })

  it('answers 413 to an oversized body streamed without a length', async () => {
    expect(await postChunked(s.api.url, '/trpc/auth.login', 2 * DEFAULT_BODY_LIMIT)).toBe(413)
  })

  it('lets the upload route take a file-sized body, and no more; a call that attaches it stays small', async () => {
    // Not signed in: refused for that reason, not for its size.
    expect(await postChunked(s.api.url, '/uploads', 5 * 1024 * 1024)).toBe(401)
    expect(await postDeclaring(s.api.url, '/uploads', 30 * 1024 * 1024)).toBe(413)
    // The file no longer travels inside the tRPC call (it carries an upload token): 512 KB at most.
    expect(await postDeclaring(s.api.url, '/trpc/complaint.my.upload', 6 * 1024 * 1024)).toBe(413)
  })

  it('behind TLS: Secure, HttpOnly, SameSite session cookie and HSTS', async () => {
    const tls = await serveHarness(s.h, { secureCookies: true })
    try {
      const res = await tls.post(['auth.login'], [{ username: 'quality', password: 'demo123456' }])
      expect(res.headers.get('set-cookie')).toMatch(/; HttpOnly; Secure; SameSite=Lax$/)
      expect(res.headers.get('strict-transport-security')).toContain('max-age=')
    } finally {
      await tls.close()
    }
  })
})
