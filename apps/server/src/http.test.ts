import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { httpClient, killHard, type RunningServer, spawnServer } from './testing/spawn-server'

describe('the server process over HTTP', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'asq-http-'))
  let server: RunningServer
  beforeAll(async () => {
    server = await spawnServer({ DATA_DIR: dataDir })
  }, 200_000) // spawnServer waits up to 180 s for a first start on a loaded machine
  afterAll(async () => {
    await killHard(server)
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('answers /healthz and prints the demo logins', async () => {
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: 'ok' })
    expect(server.output()).toContain('bj.manager')
  })

  it('sets an httpOnly, SameSite session cookie on login', async () => {
    const res = await fetch(`${server.url}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url },
      body: JSON.stringify({ json: { username: 'service', password: 'demo123456' } }),
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('set-cookie')).toMatch(
      /^asq_session=[\w-]+; Max-Age=\d+; Path=\/; HttpOnly; SameSite=Lax$/,
    )
  })

  it('refuses cross-origin mutations and mutations sent as GET', async () => {
    const cross = await fetch(`${server.url}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ json: { username: 'service', password: 'demo123456' } }),
    })
    expect(cross.status).toBe(403)
    const get = await fetch(`${server.url}/trpc/auth.logout`)
    expect(get.status).toBe(405)
  })

  it('answers bad input with a typed 400 naming the field, never a 500', async () => {
    const api = httpClient(server.url)
    const res = await api.mutation('auth.login', { username: 42 })
    expect(res.status).toBe(400)
    expect(res.body.error!.json.data).toMatchObject({ code: 'BAD_REQUEST', field: 'username' })
    expect(JSON.stringify(res.body)).not.toContain('stack')
  })

  it('answers UNAUTHORIZED without a session', async () => {
    const res = await httpClient(server.url).query('identity.users', {})
    expect(res.status).toBe(401)
  })
})
