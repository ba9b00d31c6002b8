import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MINUTE } from '../shared/clock'
import {
  attemptVerdict,
  CODE_REQUEST_LIMITS,
  codeRequestVerdict,
  loginThrottle,
  type ThrottlePolicy,
} from './identity.throttle'

const t0 = new Date('2026-11-24T00:00:00Z')
const at = (min: number) => new Date(t0.getTime() + min * MINUTE)

describe('attempt verdict (account and client address)', () => {
  it.each([
    ['nothing counted yet', [], [], true, undefined],
    ['four account failures', [1, 2, 3, 4], [1, 2, 3, 4], true, undefined],
    ['five account failures', [1, 2, 3, 4, 5], [], false, 'account'],
    [
      'thirty failures from one address over many accounts',
      [],
      Array.from({ length: 30 }, (_, i) => i / 3),
      false,
      'client',
    ],
    [
      'five counted a moment "later" by parallel requests',
      [10.001, 10.002, 10.003, 10.004, 10.005],
      [],
      false,
      'account',
    ],
    ['twenty-nine from one address', [], Array.from({ length: 29 }, (_, i) => i / 3), true, undefined],
  ])('%s', (_n, account, client, allowed, by) => {
    const v = attemptVerdict({ account: account.map(at), client: client.map(at) }, at(10))
    expect(v.allowed).toBe(allowed)
    if (!v.allowed) expect(v.by).toBe(by)
  })

  it('is a cool-down: allowed again once the oldest counted failure is out of the window', () => {
    const v = attemptVerdict({ account: [1, 2, 3, 4, 5].map(at), client: [] }, at(6))
    expect(v).toMatchObject({ allowed: false, retryAt: at(20) })
    expect(attemptVerdict({ account: [1, 2, 3, 4, 5].map(at), client: [] }, at(20)).allowed).toBe(true)
  })

  it('evaluates at most five guesses per account in any 15 minutes, whatever the timing', () => {
    // Attempts arrive at arbitrary times; each allowed one is counted (as a failure) before the next is decided.
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 120 * 60 }), { maxLength: 200 }), (seconds) => {
        const evaluated: Date[] = []
        for (const s of [...seconds].sort((a, b) => a - b)) {
          const now = new Date(t0.getTime() + s * 1000)
          if (attemptVerdict({ account: evaluated, client: [] }, now).allowed) evaluated.push(now)
        }
        for (const start of evaluated) {
          const inWindow = evaluated.filter(
            (d) => d.getTime() >= start.getTime() && d.getTime() < start.getTime() + 15 * MINUTE,
          )
          expect(inWindow.length).toBeLessThanOrEqual(5)
        }
      }),
    )
  })
})

describe('code request ceilings', () => {
  const { perClient, global } = CODE_REQUEST_LIMITS
  it.each([
    [{ client: 0, global: 0 }, true, undefined],
    [{ client: perClient.max - 1, global: global.max - 1 }, true, undefined],
    [{ client: perClient.max, global: 0 }, false, 'client'],
    [{ client: 0, global: global.max }, false, 'global'],
  ])('%j', (counts, allowed, by) => {
    const v = codeRequestVerdict(counts)
    expect(v.allowed).toBe(allowed)
    if (!v.allowed) expect(v.by).toBe(by)
  })
})

describe('login throttle at its boundaries', () => {
  it.each([
    // A failure exactly windowMs (15 min) ago has left the window; 1 ms less and it still counts.
    ['the oldest failure exactly 15 minutes ago', [0, 1, 2, 3, 4], 15, { allowed: true }],
    [
      'the oldest failure 1 ms inside the window',
      [1 / 60_000, 1, 2, 3, 4],
      15,
      { allowed: false, retryAt: at(19) },
    ],
    // The lock runs from the latest failure, whatever order the failures are given in.
    ['failures given out of order', [5, 1, 2, 3, 4], 6, { allowed: false, retryAt: at(20) }],
    ['the latest failure given first', [4, 0, 3, 1, 2], 4.5, { allowed: false, retryAt: at(19) }],
    ['failures given newest first', [5, 4, 3, 2, 1], 6, { allowed: false, retryAt: at(20) }],
    ['a failure at this very moment counts', [1, 2, 3, 4, 6], 6, { allowed: false, retryAt: at(21) }],
  ])('%s', (_n, failures, now, verdict) => {
    expect(loginThrottle(failures.map(at), at(now))).toEqual(verdict)
  })

  // A policy whose lock is shorter than its window: the lock can end while the failures still count.
  const shortLock: ThrottlePolicy = { maxFailures: 2, windowMs: 60 * MINUTE, lockMs: 5 * MINUTE }
  it.each([
    ['one minute into the lock', 1, { allowed: false, retryAt: at(5) }],
    ['1 ms before the lock ends', 5 - 1 / 60_000, { allowed: false, retryAt: at(5) }],
    ['the lock ends exactly now', 5, { allowed: true }],
    ['after the lock', 30, { allowed: true }],
  ])('%s', (_n, now, verdict) => {
    expect(loginThrottle([at(0), at(0)], at(now), shortLock)).toEqual(verdict)
  })
})

describe('attempt verdict: exact answers', () => {
  it.each([
    ['nothing counted', [], [], { allowed: true }],
    ['few failures on both', [1, 2], [1, 2, 3], { allowed: true }],
    ['the account locked', [1, 2, 3, 4, 5], [], { allowed: false, retryAt: at(20), by: 'account' }],
    [
      'the address locked',
      [],
      Array.from({ length: 30 }, (_, i) => i / 3),
      { allowed: false, retryAt: at(29 / 3 + 15), by: 'client' },
    ],
    // Counted "later" by a parallel request: clamped to now, so the lock runs from now.
    [
      'future-dated failures count as now',
      [12, 13, 14, 15, 16],
      [],
      { allowed: false, retryAt: at(25), by: 'account' },
    ],
  ])('%s', (_n, account, client, verdict) => {
    expect(attemptVerdict({ account: account.map(at), client: client.map(at) }, at(10))).toEqual(verdict)
  })
})
