import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { chinaMonth } from '../shared/china-time'
import {
  csatPercent,
  dimensionScores,
  distribution,
  groupFacts,
  npsScore,
  npsSplit,
  responseRate,
  type ScoredAnswer,
  type SurveyFact,
  satisfactionIndex,
  summarise,
} from './survey.scores'

const csat = (score: number, dimension: ScoredAnswer['dimension'] = null): ScoredAnswer => ({
  type: 'csat',
  score,
  dimension,
})
const nps = (score: number, dimension: ScoredAnswer['dimension'] = null): ScoredAnswer => ({
  type: 'nps',
  score,
  dimension,
})

describe('CSAT % = share of ratings that are 4 or 5', () => {
  it.each([
    [[5, 4, 3, 2, 1], 40], // 2 of 5
    [[5, 5, 4], 100],
    [[4, 3, 3], 33.3], // 1 of 3 = 33.33…
    [[1, 2, 3], 0],
    [[5, 4, 4, 2, 1, 3, 5, 5], 62.5], // 5 of 8
    [[], null],
  ])('%j → %s', (ratings, want) => {
    expect(csatPercent(ratings)).toBe(want)
  })
})

describe('NPS = % promoters (9–10) − % detractors (0–6)', () => {
  it.each([
    [[10, 9, 8, 7, 6, 0], 0], // 2 − 2 of 6
    [[10, 10, 9, 3], 50], // 3 − 1 of 4
    [[0, 1, 2], -100],
    [[9, 8, 7], 33.3], // 1 − 0 of 3
    [[7, 8], 0], // passives only
    [[10, 6, 6, 6, 9, 9, 9, 8, 5, 10], 10], // 5 promoters − 4 detractors of 10
    [[], null],
  ])('%j → %s', (scores, want) => {
    expect(npsScore(scores)).toBe(want)
  })

  it('splits into promoters, passives and detractors', () => {
    expect(npsSplit([10, 9, 8, 7, 6, 0, 3])).toEqual({ promoters: 2, passives: 2, detractors: 3 })
  })
})

describe('satisfaction index = mean of normalised answers × 100', () => {
  it.each([
    ['one top rating', 100, [csat(5)]],
    ['one bottom rating', 0, [csat(1)]],
    ['a middle rating', 50, [csat(3)]], // (3 − 1) / 4
    ['NPS 7', 70, [nps(7)]], // 7 / 10
    ['5★, 3★ and NPS 7', 73.3, [csat(5), csat(3), nps(7)]], // (1 + 0.5 + 0.7) / 3
    ['4★, 4★, 2★ and NPS 9, 10', 73, [csat(4), csat(4), csat(2), nps(9), nps(10)]], // (.75 + .75 + .25 + .9 + 1) / 5
    ['nothing', null, []],
  ])('%s → %s', (_n, want, answers) => {
    expect(satisfactionIndex(answers)).toBe(want)
  })

  it('is computed per SERVQUAL dimension over the tagged answers only', () => {
    const d = dimensionScores([csat(5, 'reliability'), csat(3, 'reliability'), nps(4, 'empathy'), csat(1)])
    expect(d).toEqual({
      tangibles: null,
      reliability: 75, // (1 + 0.5) / 2
      responsiveness: null,
      assurance: null,
      empathy: 40,
    })
  })
})

describe('response rate (回收率) = answered / delivered', () => {
  it.each([
    [3, 4, 75],
    [1, 3, 33.3],
    [0, 5, 0],
    [0, 0, null],
  ])('%i of %i → %s', (answered, delivered, want) => {
    expect(responseRate(answered, delivered)).toBe(want)
  })
})

describe('distribution', () => {
  it('counts each score on the scale and ignores anything outside it', () => {
    expect(distribution([1, 5, 5, 3, 9], 1, 5)).toEqual([1, 0, 1, 0, 2])
    expect(distribution([0, 10, 10], 0, 10)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2])
  })
})

describe('summaries and groups', () => {
  const nov = new Date('2026-11-10T02:00:00Z')
  const dec = new Date('2026-12-05T02:00:00Z')
  const fact = (over: Partial<SurveyFact>): SurveyFact => ({
    stationId: 'bj',
    region: 'north',
    kind: 'appeal',
    sentAt: nov,
    answeredAt: null,
    answers: [],
    ...over,
  })
  const facts = [
    fact({ answeredAt: nov, answers: [csat(5), nps(10)] }),
    fact({ answeredAt: nov, answers: [csat(2), nps(3)] }),
    fact({}), // delivered, not answered
    fact({ stationId: 'sh', region: 'east', sentAt: dec, answeredAt: dec, answers: [csat(4), nps(8)] }),
    fact({ stationId: 'sh', region: 'east', sentAt: null }), // scheduled: not delivered yet
  ]

  it('summarises delivered, answered and every score', () => {
    const s = summarise(facts)
    expect(s).toMatchObject({
      delivered: 4,
      answered: 3,
      responseRate: 75,
      csat: 66.7, // 5 and 4 of [5, 2, 4]
      nps: 0, // one promoter, one passive, one detractor
      npsSplit: { promoters: 1, passives: 1, detractors: 1 },
      csatDistribution: [0, 1, 0, 1, 1],
    })
    // (1 + 1 + .25 + .3 + .75 + .8) / 6 = 0.68333…
    expect(s.index).toBe(68.3)
  })

  it('groups by station, region, month and kind', () => {
    expect(groupFacts(facts, 'station').map((g) => [g.key, g.summary.responseRate])).toEqual([
      ['bj', 66.7],
      ['sh', 100],
    ])
    expect(groupFacts(facts, 'month').map((g) => [g.key, g.summary.delivered])).toEqual([
      ['2026-11', 3],
      ['2026-12', 1],
      [null, 0],
    ])
    expect(groupFacts(facts, 'region').map((g) => g.key)).toEqual(['east', 'north'])
    expect(groupFacts(facts, 'kind').map((g) => g.summary.answered)).toEqual([3])
  })

  it('counts months in China local time', () => {
    expect(chinaMonth(new Date('2026-11-30T16:30:00Z'))).toBe('2026-12')
    expect(chinaMonth(new Date('2026-11-30T15:59:59Z'))).toBe('2026-11')
  })
})

describe('properties', () => {
  const ratings = fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 60 })
  const scores = fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 60 })

  it('NPS stays within −100..100 and equals promoters % − detractors %', () => {
    fc.assert(
      fc.property(scores, (s) => {
        const v = npsScore(s)
        if (s.length === 0) {
          expect(v).toBeNull()
          return
        }
        expect(v!).toBeGreaterThanOrEqual(-100)
        expect(v!).toBeLessThanOrEqual(100)
        const { promoters, detractors } = npsSplit(s)
        expect(Math.abs(v! - ((promoters - detractors) / s.length) * 100)).toBeLessThanOrEqual(0.05 + 1e-9)
      }),
    )
  })

  it('CSAT and the index stay within 0..100', () => {
    fc.assert(
      fc.property(ratings, scores, (r, s) => {
        const c = csatPercent(r)
        if (r.length) expect(c! >= 0 && c! <= 100).toBe(true)
        const i = satisfactionIndex([...r.map((x) => csat(x)), ...s.map((x) => nps(x))])
        if (r.length + s.length) expect(i! >= 0 && i! <= 100).toBe(true)
      }),
    )
  })

  it('a better answer never lowers the index', () => {
    fc.assert(
      fc.property(ratings, fc.integer({ min: 1, max: 4 }), (r, low) => {
        const base = satisfactionIndex([...r.map((x) => csat(x)), csat(low)]) ?? 0
        const better = satisfactionIndex([...r.map((x) => csat(x)), csat(low + 1)]) ?? 0
        expect(better).toBeGreaterThanOrEqual(base)
      }),
    )
  })

  it('the response rate stays within 0..100 when no more are answered than delivered', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (d, f) => {
        const r = responseRate(Math.floor(d * f), d)!
        expect(r >= 0 && r <= 100).toBe(true)
      }),
    )
  })
})
