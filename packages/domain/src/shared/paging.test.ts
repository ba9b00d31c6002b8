import { describe, expect, it } from 'vitest'
import { cursorSchema, decodeCursor, decodeKeys, encodeCursor, encodeKeys } from './paging'

const ID = '4a9f8b4f-2d35-4bbf-bc7f-94f0aa0c1d2e'

describe('page cursor', () => {
  it.each([
    [`2026-11-24T02:00:00.000Z~${ID}`, true],
    [`~${ID}`, true],
    // Found by the hostile-input suite: 36 hex digits and dashes that are no uuid were a 500.
    ['~ac-f1--ec69--ac679-2-1-cb0a-2b71d---', false],
    [`~${ID.toUpperCase()}x`, false],
    [`2026-02-30T00:00:00.000Z~${ID}`, false],
    [`2026-13-01T00:00:00.000Z~${ID}`, false],
    [`2026-11-24T25:00:00.000Z~${ID}`, false],
    [ID, false],
  ])('%s is accepted: %s', (cursor, ok) => {
    expect(cursorSchema.safeParse(cursor).success).toBe(ok)
  })

  it('reads back what it wrote', () => {
    const c = { at: new Date('2026-11-24T02:00:00.000Z'), id: ID }
    expect(cursorSchema.safeParse(encodeCursor(c)).success).toBe(true)
    expect(decodeCursor(encodeCursor(c))).toEqual(c)
    expect(decodeCursor(encodeCursor({ at: null, id: ID }))).toEqual({ at: null, id: ID })
  })
})

describe('sort-key cursor', () => {
  it('reads back strings, numbers and instants in their order and types', () => {
    const key = ['2026-11', 'D-BJ01', 3, new Date('2026-11-24T02:00:00.123Z')]
    expect(decodeKeys(encodeKeys(key))).toEqual(key)
    expect(decodeKeys(encodeKeys(key))[3]).toBeInstanceOf(Date)
  })
})
