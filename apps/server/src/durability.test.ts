import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { httpClient, killHard, type RunningServer, spawnServer } from './testing/spawn-server'

const median = (xs: number[]) => Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!)

/** The server's startup log lines carry `startupMs` (since the process started): one per phase. */
function startupPhases(output: string): Record<string, number> {
  const out: Record<string, number> = {}
  for (const m of output.matchAll(/"msg":"([a-z ]+)"[^\n]*"startupMs":(\d+)/g)) out[m[1]!] = Number(m[2])
  return out
}

/**
 * The embedded default must not lose data: each round commits a mutation through the API on the
 * file-backed PGlite, kills the server with SIGKILL the moment the answer arrives, restarts it and
 * finds every earlier mutation there. Prints how long each restart took (spawn → /healthz); the
 * < 10 s requirement is checked by the benchmark (`pnpm --filter @asq/bench restart-time`), as
 * timings on a shared machine are no test's business.
 */
describe('embedded database survives SIGKILL', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'asq-durability-'))
  let server: RunningServer | undefined
  afterAll(async () => {
    if (server) await killHard(server)
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('keeps each committed mutation across 20 hard kills', async () => {
    const env = { DATA_DIR: dataDir, SEED_DEMO: 'true' }
    server = await spawnServer(env)
    const api = httpClient(server.url)
    expect((await api.mutation('auth.login', { username: 'admin', password: 'demo123456' })).status).toBe(200)
    const orgs = (await api.query('identity.organisations', { kind: 'dealer' })).body.result!.data.json as {
      id: string
    }[]
    const created: string[] = []
    const restarts: number[] = []
    const phases: Record<string, number>[] = []
    for (let round = 0; round < 20; round++) {
      const username = `durable.${round}`
      const res = await api.mutation('identity.createUser', {
        username,
        displayName: `Durable ${round}`,
        password: 'long-enough-password',
        orgId: orgs[round % orgs.length]!.id,
        roles: ['dealer_staff'],
      })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      created.push(username)
      await killHard(server)
      const started = performance.now()
      server = await spawnServer(env)
      restarts.push(performance.now() - started)
      phases.push(startupPhases(server.output()))
      api.setBase(server.url)
      // The session cookie itself was committed too, so the same login still works after the kill.
      const list = await api.query('identity.users', { q: 'durable.', pageSize: 50 })
      const names = (list.body.result!.data.json as { items: { username: string }[] }).items.map(
        (u) => u.username,
      )
      expect(names.sort()).toEqual([...created].sort())
    }
    const phase = (name: string) => `${name} ${median(phases.map((p) => p[name]!))} ms`
    console.log(
      `[figure] embedded restart after SIGKILL: median ${median(restarts)} ms, max ${Math.round(Math.max(...restarts))} ms over ${restarts.length} (spawn → /healthz answering; median since process start: ${['modules loaded', 'database open', 'migrations applied', 'listening'].map(phase).join(', ')})`,
    )
    expect(restarts).toHaveLength(20)
  }, 1_200_000)
})
