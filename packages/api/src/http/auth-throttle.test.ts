import { testDatabases } from '@asq/db/testing'
import { describe, expect, it } from 'vitest'
import { useServedHarness } from '../testing/serve-harness'

type Envelope = { result?: unknown; error?: { json: { data: { domainCode?: string | null } } } }

/** The domain codes of every call in a response (one call, or each call of a batch). */
function outcomes(body: unknown): string[] {
  const calls = (Array.isArray(body) ? body : [body]) as Envelope[]
  return calls.map((c) => (c.result ? 'ok' : (c.error?.json.data.domainCode ?? 'error')))
}

/** A guess was evaluated when the server compared it: it was wrong, or it signed in. */
const EVALUATED = new Set(['ok', 'IDENTITY.CODE_INVALID', 'IDENTITY.BAD_CREDENTIALS'])
const evaluated = (codes: string[]) => codes.filter((c) => EVALUATED.has(c)).length

describe.each(testDatabases())('sign-in guessing over HTTP on $name', (target) => {
  const s = useServedHarness(target)

  it('evaluates at most five one-time-code guesses per account, batched or in parallel', async () => {
    const contact = '13800000002'
    expect((await s.api.post(['auth.requestCode'], [{ contact }])).status).toBe(200)
    const right = await s.h.lastCodeSentTo(contact)
    const wrong = (i: number) => String((Number(right) + 1 + i) % 1_000_000).padStart(6, '0')
    const seen: string[] = []

    const batch = await s.api.post(
      Array.from({ length: 30 }, () => 'auth.verifyCode'),
      Array.from({ length: 30 }, (_, i) => ({ contact, code: wrong(i) })),
    )
    seen.push(...outcomes(batch.body))
    const parallel = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        s.api.post(['auth.verifyCode'], [{ contact, code: wrong(100 + i) }]),
      ),
    )
    for (const r of parallel) seen.push(...outcomes(r.body))
    const withRight = await s.api.post(['auth.verifyCode'], [{ contact, code: right }])
    seen.push(...outcomes(withRight.body))

    const figure = evaluated(seen)
    console.log(`[figure] one-time-code guesses evaluated per account per 15 min: ${figure} (limit 5)`)
    expect(batch.status).toBe(400)
    expect(figure).toBeLessThanOrEqual(5)
    expect(outcomes(withRight.body)).toEqual(['IDENTITY.THROTTLED'])
  })

  it('evaluates at most five password guesses per account; a batch with the right one does not sign in', async () => {
    const guesses = Array.from({ length: 20 }, (_, i) => ({ username: 'finance', password: `guess-${i}-x` }))
    guesses.push({ username: 'finance', password: 'demo123456' })
    const batch = await s.api.post(
      guesses.map(() => 'auth.login'),
      guesses,
    )
    expect(batch.status).toBe(400)
    expect(batch.headers.get('set-cookie')).toBeNull()
    const parallel = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        s.api.post(['auth.login'], [{ username: 'finance', password: `p-${i}-x` }]),
      ),
    )
    const seen = [...outcomes(batch.body), ...parallel.flatMap((r) => outcomes(r.body))]
    const figure = evaluated(seen)
    console.log(`[figure] password guesses evaluated per account per 15 min: ${figure} (limit 5)`)
    expect(figure).toBeLessThanOrEqual(5)
    expect(figure).toBeGreaterThan(0)
    // A cool-down, not a lock: the rightful user gets in once the window has passed.
    s.h.advance(15 * 60_000 + 1)
    expect((await s.api.post(['auth.login'], [{ username: 'finance', password: 'demo123456' }])).status).toBe(
      200,
    )
  })

  it('refuses batches carrying a sign-in call, and batches over ten calls everywhere', async () => {
    const mixed = await s.api.post(
      ['survey.answer', 'auth.login'],
      [{}, { username: 'admin', password: 'x' }],
    )
    expect(mixed.status).toBe(400)
    const get = (n: number) =>
      fetch(
        `${s.api.url}/trpc/${Array.from({ length: n }, () => 'survey.open').join(',')}?batch=1&input=${encodeURIComponent(
          JSON.stringify(
            Object.fromEntries(Array.from({ length: n }, (_, i) => [i, { json: { token: 'x' } }])),
          ),
        )}`,
      )
    // Ten calls are each answered (here: each token is unknown); eleven are refused as a whole.
    const ten = (await (await get(10)).json()) as Envelope[]
    expect(ten).toHaveLength(10)
    const eleven = await get(11)
    expect(eleven.status).toBe(400)
    expect(Array.isArray(await eleven.json())).toBe(false)
  })

  it('throttles one client address spraying guesses over many accounts', async () => {
    const from = { 'x-test-client': '203.0.113.7' }
    const seen: string[] = []
    for (let i = 0; i < 35; i++) {
      const r = await s.api.post(
        ['auth.login'],
        [{ username: `nobody${i}`, password: 'wrong-password' }],
        from,
      )
      seen.push(...outcomes(r.body))
    }
    console.log(`[figure] guesses evaluated per client address per 15 min: ${evaluated(seen)} (limit 30)`)
    expect(evaluated(seen)).toBe(30)
    expect(seen.at(-1)).toBe('IDENTITY.THROTTLED')
    // Another address is not affected.
    const other = await s.api.post(['auth.login'], [{ username: 'nobody99', password: 'wrong-password' }], {
      'x-test-client': '198.51.100.1',
    })
    expect(outcomes(other.body)).toEqual(['IDENTITY.BAD_CREDENTIALS'])
  })

  it('caps code requests from one client address across many phones (SMS cost)', async () => {
    const from = { 'x-test-client': '192.0.2.44' }
    const seen: string[] = []
    for (let i = 0; i < 12; i++) {
      const r = await s.api.post(
        ['auth.requestCode'],
        [{ contact: `1391234${String(i).padStart(4, '0')}` }],
        from,
      )
      seen.push(...outcomes(r.body))
    }
    const sent = seen.filter((c) => c === 'ok').length
    console.log(`[figure] sign-in codes sent per client address per hour: ${sent} (limit 10)`)
    expect(sent).toBe(10)
    expect(seen.slice(10)).toEqual([
      'IDENTITY.CODE_REQUESTS_FROM_CLIENT',
      'IDENTITY.CODE_REQUESTS_FROM_CLIENT',
    ])
  })
})
