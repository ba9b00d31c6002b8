import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  FALSE_ALARM,
  judgeLatest,
  type MonthPoint,
  poissonLimit,
  poissonUpperTail,
} from './kpi.control-limit'

/** A seeded Poisson draw (Knuth), so a synthetic series is the same on every run. */
function poissonSeries(seed: number, lambdas: number[], exposure: number): MonthPoint[] {
  let s = seed >>> 0
  const rnd = () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0
    return s / 2 ** 32
  }
  return lambdas.map((lambda, i) => {
    const l = Math.exp(-lambda)
    let k = 0
    let p = 1
    do {
      k++
      p *= rnd()
    } while (p > l)
    return { month: `2025-${String(i + 1).padStart(2, '0')}`, count: k - 1, exposure }
  })
}

describe('the Poisson tail and limit', () => {
  it.each([
    [0, 2, 1],
    [1, 2, 1 - Math.exp(-2)],
    [3, 2, 1 - Math.exp(-2) * (1 + 2 + 2)],
  ])('P(X ≥ %s | λ=%s)', (k, lambda, want) => expect(poissonUpperTail(k, lambda)).toBeCloseTo(want, 12))

  it('the limit is the smallest count with tail ≤ the false-alarm rate', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.05, max: 200, noNaN: true }), (lambda) => {
        const k = poissonLimit(lambda)
        expect(poissonUpperTail(k, lambda)).toBeLessThanOrEqual(FALSE_ALARM)
        if (k > 1) expect(poissonUpperTail(k - 1, lambda)).toBeGreaterThan(FALSE_ALARM)
      }),
    )
  })

  it('λ = 4: the limit is 12 (hand-computed: P(X≥11) = 0.00284 > 0.00135 ≥ P(X≥12) = 0.00092)', () => {
    expect(poissonLimit(4)).toBe(12)
  })
})

describe('the early warning on synthetic series', () => {
  // 12 months at 2 events per 1 000 vehicles on 5 000 vehicles (λ = 10), then the month judged.
  const steady = Array.from({ length: 12 }, () => 10)

  it('a step change (the rate triples) is caught within two months, on every one of 20 series', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const series = poissonSeries(seed, [...steady, 30, 30], 5000)
      const first = judgeLatest(series.slice(0, 13))
      const second = judgeLatest(series)
      expect(first?.signal || second?.signal, `seed ${seed}: ${JSON.stringify([first, second])}`).toBe(true)
    }
  })

  it('noise is not a signal: 200 steady series give no more alarms than the rate allows', () => {
    let alarms = 0
    for (let seed = 100; seed < 300; seed++) {
      if (judgeLatest(poissonSeries(seed, [...steady, 10], 5000))?.signal) alarms++
    }
    // Expected 0.27 alarms at a 0.135 % rate; more than 2 would mean the limit is far too tight.
    expect(alarms).toBeLessThanOrEqual(2)
  })

  it('a larger fleet with proportionally more events is no signal (the exposure is accounted for)', () => {
    const history = poissonSeries(7, steady, 5000)
    const r = judgeLatest([...history, { month: '2026-01', count: 20, exposure: 10_000 }])
    expect(r?.signal).toBe(false)
  })

  it('a part with no history of events: one event is not a signal, a burst is', () => {
    const quiet = Array.from({ length: 8 }, (_, i) => ({ month: `2025-0${i + 1}`, count: 0, exposure: 3000 }))
    expect(judgeLatest([...quiet, { month: '2025-09', count: 1, exposure: 3000 }])?.signal).toBe(false)
    expect(judgeLatest([...quiet, { month: '2025-09', count: 4, exposure: 3000 }])?.signal).toBe(true)
  })

  it('too little history gives no judgement', () => {
    expect(judgeLatest(poissonSeries(9, [10, 10, 10, 20], 5000))).toBeNull()
  })

  it('reports the rate, centre and limit per 1 000 vehicles', () => {
    const series: MonthPoint[] = [
      ...Array.from({ length: 6 }, (_, i) => ({ month: `2025-0${i + 1}`, count: 8, exposure: 2000 })),
      { month: '2025-07', count: 12, exposure: 2000 },
    ]
    // centre 48 / 12 000 = 4 per 1 000, so λ = 8 for this month's 2 000 vehicles; 12 is within the limit.
    const r = judgeLatest(series)
    expect(r).toMatchObject({ rate: 6, centreRate: 4, signal: false })
    expect(r?.limitCount).toBe(poissonLimit(8))
  })
})
