import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { percent, tenths } from './kpi.figures'
import { pareto } from './kpi.pareto'

/**
 * Rates are shown with one decimal, rounded half up — exactly: a half must not fall to the floating
 * point error of dividing first (23 / 80 is 28.75 %, which float division made 28.7 %).
 */
/** The exact half-up tenth of a / b for non-negative integers, in integer arithmetic only. */
const exactTenths = (a: number, b: number) => Math.floor((20 * a + b) / (2 * b)) / 10

describe('one decimal, half up, exactly', () => {
  it.each([
    [23, 80, 28.8],
    [1, 3, 33.3],
    [2, 3, 66.7],
    [1, 8, 12.5],
    [1, 16, 6.3],
    [3, 16, 18.8],
    [1, 40, 2.5],
    [7, 8, 87.5],
    [0, 5, 0],
    [5, 5, 100],
    [6, 5, 120],
  ])('%i of %i is %s %', (part, whole, shown) => expect(percent(part, whole)).toBe(shown))

  it('nothing to divide by: no figure', () => {
    expect(percent(3, 0)).toBeNull()
    expect(percent(3, null)).toBeNull()
  })

  it('every percentage equals the exact half-up rounding of part / whole (property)', () =>
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        (part, whole) => {
          expect(percent(part, whole)).toBe(exactTenths(part * 100, whole))
        },
      ),
    ))

  it('tenths of hours from minutes: 45 minutes over 2 cases is 0.4 h, 9 over 1 is 0.2 h, 3 over 1 is 0.1 h', () => {
    expect(tenths(45, 2 * 60)).toBe(0.4)
    expect(tenths(9, 60)).toBe(0.2)
    expect(tenths(3, 60)).toBe(0.1)
  })

  it('a Pareto bar’s share and cumulative share round the same way', () => {
    const bars = pareto([
      { key: 'a', count: 23 },
      { key: 'b', count: 57 },
    ])
    expect(bars.map((b) => [b.key, b.share, b.cumulative])).toEqual([
      ['b', 71.3, 71.3],
      ['a', 28.8, 100],
    ])
  })
})
