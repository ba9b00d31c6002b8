import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalRequest, IDEMPOTENCY_STALE_MS, idempotencyKeyOf, idempotencyVerdict } from './idempotency'

const t0 = new Date('2026-12-06T00:00:00Z')
const later = (ms: number) => new Date(t0.getTime() + ms)

describe('idempotency verdict', () => {
  it.each([
    ['another request with the key', { requestHash: 'b', response: '{}', claimedAt: t0 }, 0, 'conflict'],
    [
      'another request, first still running',
      { requestHash: 'b', response: null, claimedAt: t0 },
      0,
      'conflict',
    ],
    ['the same request, answered', { requestHash: 'a', response: '{}', claimedAt: t0 }, 0, 'replay'],
    ['the same request, running', { requestHash: 'a', response: null, claimedAt: t0 }, 1000, 'wait'],
    [
      'the same request, at the stale limit',
      { requestHash: 'a', response: null, claimedAt: t0 },
      IDEMPOTENCY_STALE_MS,
      'wait',
    ],
    [
      'the same request, its first call died',
      { requestHash: 'a', response: null, claimedAt: t0 },
      IDEMPOTENCY_STALE_MS + 1,
      'take_over',
    ],
  ] as const)('%s → %s', (_, prior, ms, want) => {
    expect(idempotencyVerdict(prior, 'a', later(ms))).toBe(want)
  })
})

describe('the request a key is bound to', () => {
  it('finds the key field', () => {
    expect(idempotencyKeyOf({ idempotencyKey: 'k', a: 1 })).toEqual({ field: 'idempotencyKey', key: 'k' })
    expect(idempotencyKeyOf({ clientRequestId: 'c' })).toEqual({ field: 'clientRequestId', key: 'c' })
    expect(idempotencyKeyOf({ a: 1 })).toBeNull()
    expect(idempotencyKeyOf(undefined)).toBeNull()
  })

  it('leaves out the key, writes dates as instants and drops undefined', () => {
    expect(
      canonicalRequest({ b: 1, idempotencyKey: 'k', a: { d: new Date(0), c: undefined } }, 'idempotencyKey'),
    ).toBe('{"a":{"d":"1970-01-01T00:00:00.000Z"},"b":1}')
  })

  it('does not depend on the order of the keys, and tells different requests apart', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (o) => {
        const reversed = Object.fromEntries(Object.entries(o).reverse())
        expect(canonicalRequest(reversed)).toBe(canonicalRequest(o))
        expect(canonicalRequest({ ...o, extra: 1 })).not.toBe(canonicalRequest({ ...o, extra: 2 }))
      }),
    )
  })
})
