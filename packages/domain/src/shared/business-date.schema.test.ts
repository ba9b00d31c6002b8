import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { businessDateSchema, isRealDate } from './business-date.schema'

describe('business dates', () => {
  it.each([
    ['2026-02-28', true],
    ['2028-02-29', true],
    ['2000-02-29', true],
    ['2026-12-31', true],
    ['2026-02-29', false],
    ['1900-02-29', false],
    ['2026-02-30', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-04-31', false],
    ['0000-00-00', false],
    ['2026-1-1', false],
    ['2026-01-01T00:00:00Z', false],
    ['', false],
  ])('%j is real: %s', (s, real) => {
    expect(isRealDate(s)).toBe(real)
    expect(businessDateSchema.safeParse(s).success).toBe(real)
  })

  it('agrees with the calendar for every day it accepts (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const s = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
          const utc = new Date(Date.UTC(y, m - 1, d))
          const exists = m >= 1 && m <= 12 && d >= 1 && utc.getUTCMonth() === m - 1 && utc.getUTCDate() === d
          expect(isRealDate(s)).toBe(exists)
        },
      ),
    )
  })
})
