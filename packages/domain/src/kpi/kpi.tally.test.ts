import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addFact, emptyTally, type Histogram, percentileHours, tallyOf } from './kpi.tally'
import { pendingFact } from './kpi.test-fixtures'

const fact = pendingFact

const ZERO = {
  opened: 0,
  closed: 0,
  responseMet: 0,
  responseLate: 0,
  resolutionMet: 0,
  resolutionLate: 0,
  responded: 0,
  responseMinutes: 0,
  resolved: 0,
  resolutionMinutes: 0,
  reopened: 0,
  followedUp: 0,
  satisfied: 0,
}

describe('tallies of complaint facts', () => {
  it('the empty tally: every counter zero, no histogram bucket', () => {
    expect(emptyTally()).toEqual({ ...ZERO, responseHours: {}, resolutionHours: {} })
    expect(tallyOf([])).toEqual({ ...ZERO, responseHours: {}, resolutionHours: {} })
  })

  it('three facts tallied', () => {
    const t = tallyOf([
      fact({ closed: true, response: 'met', resolution: 'met', responseMinutes: 61, resolutionMinutes: 600 }),
      fact({ response: 'late', resolution: 'late', responseMinutes: 120, reopened: true, followedUp: true }),
      fact({ followedUp: true, satisfied: true }),
    ])
    expect(t).toEqual({
      opened: 3,
      closed: 1,
      responseMet: 1,
      responseLate: 1,
      resolutionMet: 1,
      resolutionLate: 1,
      responded: 2,
      responseMinutes: 181,
      resolved: 1,
      resolutionMinutes: 600,
      reopened: 1,
      followedUp: 2,
      satisfied: 1,
      responseHours: { 2: 2 },
      resolutionHours: { 10: 1 },
    })
  })

  it('adding a fact and taking it away again gives the tally back, histograms without empty buckets', () => {
    const start = tallyOf([fact({ responseMinutes: 30 })])
    const f = fact({ closed: true, response: 'met', responseMinutes: 200, resolutionMinutes: 59 })
    const added = addFact(tallyOf([fact({ responseMinutes: 30 })]), f)
    expect(added.responseHours).toEqual({ 1: 1, 4: 1 })
    expect(added.resolutionHours).toEqual({ 1: 1 })
    expect(addFact(added, f, -1)).toEqual(start)
  })
})

describe('percentiles over whole-hour buckets (nearest rank)', () => {
  it.each<[string, Histogram, number, number | null]>([
    ['empty', {}, 0.5, null],
    ['only empty buckets', { 3: 0 }, 0.5, null],
    ['median of 1, 2, 2, 9', { 1: 1, 2: 2, 9: 1 }, 0.5, 2],
    ['90th of 1, 2, 2, 9', { 1: 1, 2: 2, 9: 1 }, 0.9, 9],
    ['25th of 1, 2, 2, 9', { 1: 1, 2: 2, 9: 1 }, 0.25, 1],
    ['buckets written out of order', { 12: 1, 3: 1, 100: 1, 7: 1 }, 0.5, 7],
    ['a rank past the observations gives the largest bucket', { 1: 1, 5: 1 }, 2, 5],
  ])('%s', (_, h, p, want) => expect(percentileHours(h, p)).toBe(want))

  it('the p-th percentile has at least p of the observations at or below it, and fewer strictly below', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.integer({ min: 0, max: 500 }).map(String), fc.integer({ min: 1, max: 5 }), {
          minKeys: 1,
        }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        (d, p) => {
          const h: Histogram = Object.fromEntries(Object.entries(d).map(([k, v]) => [Number(k), v]))
          const n = Object.values(h).reduce((s, v) => s + v, 0)
          const b = percentileHours(h, p)!
          const atOrBelow = Object.entries(h).reduce((s, [k, v]) => (Number(k) <= b ? s + v : s), 0)
          const below = Object.entries(h).reduce((s, [k, v]) => (Number(k) < b ? s + v : s), 0)
          expect(atOrBelow).toBeGreaterThanOrEqual(Math.ceil(p * n))
          expect(below).toBeLessThan(Math.ceil(p * n))
        },
      ),
    )
  })
})
