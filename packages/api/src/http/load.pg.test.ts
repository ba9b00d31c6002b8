import { testDatabases } from '@asq/db/testing'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createFixture, type Fixture, type Principal, STAFF_LOGIN } from '../authz-matrix/principals'
import { MATRIX } from '../authz-matrix/rows'
import { createHarness, type Harness } from '../testing/harness'
import { serveHarness } from '../testing/serve-harness'

/**
 * Load over loopback HTTP against PostgreSQL: LOAD_USERS users (each with a session of its own: a third
 * customers, a third station staff, a third HQ) call a mix of portal, dealer and admin procedures back to
 * back for LOAD_SECONDS. Every answer must be a 2xx; p50 and p99 are printed (the speed belongs to the
 * performance issue; this suite owns "no errors under load"). CI runs 50 users × 10 s; the full size
 * (200 × 60 s) runs from bench/load.sh, and its result is in docs/security.md.
 */
const USERS = Number(process.env.LOAD_USERS ?? 50)
const SECONDS = Number(process.env.LOAD_SECONDS ?? 10)
const MIX: Record<'customer' | 'dealer' | 'hq', { principal: Principal; paths: string[] }> = {
  customer: { principal: 'customer', paths: ['complaint.my.list', 'complaint.my.file', 'auth.me'] },
  dealer: {
    principal: 'dealer_manager',
    paths: ['complaint.station.queue', 'reimbursement.dealer.claims', 'fee.station.quotes', 'auth.me'],
  },
  hq: {
    principal: 'hq_admin',
    paths: ['complaint.desk.list', 'complaint.desk.escalationBoard', 'complaint.desk.techQueue', 'auth.me'],
  },
}
const DEALER_LOGINS = ['bj.manager', 'bj.staff', 'sh.manager']
const HQ_LOGINS = ['admin', 'service', 'quality']

let h: Harness
let fx: Fixture
let api: Awaited<ReturnType<typeof serveHarness>>
beforeAll(async () => {
  h = await createHarness(testDatabases().find((t) => t.name === 'postgres')!)
  fx = createFixture(h)
  api = await serveHarness(h)
}, 180_000)
afterAll(async () => {
  await api?.close()
  await h?.close()
})

it(`${USERS} users for ${SECONDS} s over portal, dealer and admin calls: no errors`, async () => {
  const kinds = ['customer', 'dealer', 'hq'] as const
  const users: { kind: (typeof kinds)[number]; cookie: string }[] = []
  for (let i = 0; i < USERS; i++) {
    const kind = kinds[i % 3]!
    const token =
      kind === 'customer'
        ? await h.customerToken('13800000002')
        : await h.staffToken(
            kind === 'dealer'
              ? DEALER_LOGINS[i % DEALER_LOGINS.length]!
              : (HQ_LOGINS[i % HQ_LOGINS.length] ?? STAFF_LOGIN.hq_admin),
          )
    users.push({ kind, cookie: `asq_session=${token}` })
  }
  const inputs = new Map<string, unknown>()
  for (const { principal, paths } of Object.values(MIX))
    for (const p of paths) inputs.set(p, await MATRIX[p]!.input(fx, principal, 'own'))

  const latencies: number[] = []
  const errors: string[] = []
  const until = Date.now() + SECONDS * 1000
  async function user(u: (typeof users)[number], n: number) {
    let k = n
    while (Date.now() < until) {
      const path = MIX[u.kind].paths[k++ % MIX[u.kind].paths.length]!
      const mutation = path === 'complaint.my.file'
      const input = mutation ? await MATRIX[path]!.input(fx, 'customer', 'own') : inputs.get(path)
      const body = JSON.stringify({ json: input })
      const started = performance.now()
      try {
        const res = mutation
          ? await fetch(`${api.url}/trpc/${path}`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', origin: api.url, cookie: u.cookie },
              body,
            })
          : await fetch(`${api.url}/trpc/${path}?input=${encodeURIComponent(body)}`, {
              headers: { cookie: u.cookie },
            })
        const text = await res.text()
        if (res.status !== 200) errors.push(`${path}: ${res.status} ${text.slice(0, 200)}`)
      } catch (e) {
        errors.push(`${path}: ${String(e)}`)
      }
      latencies.push(performance.now() - started)
    }
  }
  await Promise.all(users.map((u, i) => user(u, i)))
  latencies.sort((a, b) => a - b)
  const at = (q: number) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!)
  console.log(
    `[figure] load: ${USERS} users × ${SECONDS} s on PostgreSQL over loopback: ${latencies.length} calls (${Math.round(latencies.length / SECONDS)}/s), errors ${errors.length}, p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms`,
  )
  expect(errors.slice(0, 10)).toEqual([])
  expect(latencies.length).toBeGreaterThan(USERS)
}, 600_000)
