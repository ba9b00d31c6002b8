import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { afterAll, describe, expect, it } from 'vitest'
import { clientAddressResolver } from './client-address'

/** Serves a route answering with the resolved client address, over a real socket on loopback. */
async function serveResolver(trusted: string[]) {
  const resolve = clientAddressResolver(trusted)
  const app = new Hono().get('/', (c) => c.text(resolve(c)))
  const server = await new Promise<ReturnType<typeof serve>>((done) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => done(s))
  })
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  return {
    ask: async (xff?: string) =>
      (await fetch(url, { headers: xff ? { 'x-forwarded-for': xff } : {} })).text(),
    close: () => new Promise<void>((r) => server.close(() => r())),
  }
}

describe('client address for throttles', () => {
  const open: Array<{ close(): Promise<void> }> = []
  afterAll(async () => {
    for (const s of open) await s.close()
  })

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy (no spoofing)', async () => {
    const s = await serveResolver([])
    open.push(s)
    expect(await s.ask()).toBe('127.0.0.1')
    expect(await s.ask('203.0.113.9')).toBe('127.0.0.1')
  })

  it('believes only the hops a trusted proxy appended', async () => {
    const s = await serveResolver(['127.0.0.1', '10.0.0.2'])
    open.push(s)
    expect(await s.ask('198.51.100.1, 203.0.113.9')).toBe('203.0.113.9')
    expect(await s.ask('198.51.100.1, 203.0.113.9, 10.0.0.2')).toBe('203.0.113.9')
    expect(await s.ask()).toBe('127.0.0.1')
  })
})
