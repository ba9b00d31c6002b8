import { describe, expect, it } from 'vitest'
import { type ControlResult, judgeLatest, type MonthPoint, poissonUpperTail } from './kpi.control-limit'

const months = (n: number, count: number, exposure: number): MonthPoint[] =>
  Array.from({ length: n }, (_, i) => ({ month: `2025-0${i + 1}`, count, exposure }))
const latest = (count: number, exposure: number): MonthPoint => ({ month: '2025-09', count, exposure })

describe('the Poisson tail at its edges', () => {
  it.each([
    [0, 0, 1],
    [-1, 0, 1],
    [0, 5, 1],
    [1, 0, 0],
    [3, 0, 0],
    [2, -1, 0],
    [1, -2, 0],
  ])('P(X ≥ %s | λ=%s) = %s', (k, lambda, want) => expect(poissonUpperTail(k, lambda)).toBe(want))
})

describe('judging the latest month against its own history', () => {
  // 6 months of 3 events on 1 500 vehicles: 2 per 1 000; the judged month has 3 000 vehicles, so λ = 6
  // and the limit is 16 events (P(X ≥ 16) ≤ 0.135 % < P(X ≥ 15)).
  const history = months(6, 3, 1500)
  const at = (count: number): ControlResult => ({
    month: '2025-09',
    count,
    rate: Math.round((count / 3) * 100) / 100,
    centreRate: 2,
    limitCount: 16,
    limitRate: 5.33,
    signal: count >= 16,
  })

  it.each<[string, MonthPoint[], ControlResult | null]>([
    ['reaching the limit is a signal', [...history, latest(16, 3000)], at(16)],
    ['one below the limit is not', [...history, latest(15, 3000)], at(15)],
    ['a quiet month', [...history, latest(2, 3000)], at(2)],
    [
      'a month without vehicles in the history is left out of the centre',
      [...history, { month: '2025-07', count: 40, exposure: 0 }, latest(16, 3000)],
      at(16),
    ],
    ['the judged month has no vehicles', [...history, latest(3, 0)], null],
    [
      'five months with vehicles are too few',
      [...months(5, 3, 1500), { month: '2025-06', count: 3, exposure: 0 }, latest(16, 3000)],
      null,
    ],
    ['nothing to judge', [], null],
    ['only the judged month', [latest(16, 3000)], null],
  ])('%s', (_, series, want) => expect(judgeLatest(series)).toEqual(want))

  it('a shorter history is enough when the caller asks for less', () => {
    expect(judgeLatest([...months(2, 3, 1500), latest(16, 3000)], 2)).toEqual(at(16))
    expect(judgeLatest([...months(2, 3, 1500), latest(16, 3000)], 3)).toBeNull()
  })
})
