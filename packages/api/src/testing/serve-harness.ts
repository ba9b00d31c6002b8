import type { AddressInfo } from 'node:net'
import type { TestDatabaseTarget } from '@asq/db/testing'
import { serve } from '@hono/node-server'
import { getConnInfo } from '@hono/node-server/conninfo'
import { afterAll, beforeAll } from 'vitest'
import { createHttpApp, type HttpAppOptions } from '../http/app'
import { createHarness, type Harness } from './harness'

/**
 * Serves a harness's API over real HTTP on an OS-chosen port. Tests may name the client address
 * with an `x-test-client` header (standing in for a trusted proxy) to exercise per-address limits.
 */
export async function serveHarness(h: Harness, opts: Partial<HttpAppOptions> = {}) {
  const app = createHttpApp({
    ...opts,
    deps: h.deps,
    ping: () => h.handle.ping(),
    clientAddress: (c) => c.req.header('x-test-client') ?? getConnInfo(c).remote.address ?? 'unknown',
  })
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s))
  })
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url,
    /** POSTs one tRPC mutation or a batch (several paths) in the superjson envelope. */
    async post(paths: string[], inputs: unknown[], headers: Record<string, string> = {}) {
      const batch = paths.length > 1
      const body = batch
        ? Object.fromEntries(inputs.map((input, i) => [String(i), { json: input }]))
        : { json: inputs[0] }
      const res = await fetch(`${url}/trpc/${paths.join(',')}${batch ? '?batch=1' : ''}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: url, ...headers },
        body: JSON.stringify(body),
      })
      return { status: res.status, headers: res.headers, body: (await res.json()) as unknown }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** A seeded harness served over HTTP for the tests of one `describe` (opened before, closed after). */
export function useServedHarness(target: TestDatabaseTarget) {
  const s = {} as { h: Harness; api: Awaited<ReturnType<typeof serveHarness>> }
  beforeAll(async () => {
    s.h = await createHarness(target)
    s.api = await serveHarness(s.h)
  })
  afterAll(async () => {
    await s.api.close()
    await s.h.close()
  })
  return s
}
