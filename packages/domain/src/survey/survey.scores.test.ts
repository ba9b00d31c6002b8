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
  type SurveyTotals,
  satisfactionIndex,
  sortGroups,
  summarise,
  summaryFromTotals,
} from './survey.scores'
import { SERVQUAL_DIMENSIONS } from './survey.vocabulary'

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
    // (0 + 0 + .25 + .9) / 4 = 28.75 exactly: rounds up (a float sum reads 28.7499… and gave 28.7)
    ['1★, 1★, 2★ and NPS 9: an exact half', 28.8, [csat(1), csat(1), csat(2), nps(9)]],
    ['1★, 2★, 5★ and NPS 8: an exact half', 51.3, [csat(1), csat(2), csat(5), nps(8)]], // 2.05 / 4
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
    [23, 80, 28.8], // 28.75 exactly rounds up (23 / 80 × 100 in floats is 28.7499…)
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

  it.each([
    ['below the scale', [0, -3, 2], [0, 1, 0, 0, 0]],
    ['above the scale', [6, 11, 4], [0, 0, 0, 1, 0]],
    ['on both ends', [1, 5], [1, 0, 0, 0, 1]],
  ])('keeps nothing but the slots of the scale when scores fall %s', (_n, scores, want) => {
    const d = distribution(scores, 1, 5)
    expect(d).toEqual(want)
    expect(Object.keys(d)).toEqual(['0', '1', '2', '3', '4'])
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

  it.each([
    ['first', [null, 'sh', 'bj']],
    ['last', ['sh', 'bj', null]],
    ['between', ['sh', null, 'bj']],
  ])('sorts the group without a key last wherever it comes (%s)', (_n, stations) => {
    const keys = groupFacts(
      stations.map((stationId) => fact({ stationId })),
      'station',
    ).map((g) => g.key)
    expect(keys).toEqual(['bj', 'sh', null])
  })

  it('groups every fact once, each group summarised on its own', () => {
    const g = groupFacts(facts, 'region')
    expect(g).toEqual([
      { key: 'east', summary: summarise([facts[3]!, facts[4]!]) },
      { key: 'north', summary: summarise([facts[0]!, facts[1]!, facts[2]!]) },
    ])
  })

  it('counts months in China local time', () => {
    expect(chinaMonth(new Date('2026-11-30T16:30:00Z'))).toBe('2026-12')
    expect(chinaMonth(new Date('2026-11-30T15:59:59Z'))).toBe('2026-11')
  })
})

describe('the summary from the totals the database counted', () => {
  const none = { answers: 0, twentieths: 0 }
  const totals = (over: Partial<SurveyTotals>): SurveyTotals => ({
    delivered: 0,
    answered: 0,
    csat: [0, 0, 0, 0, 0],
    nps: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    dimensions: { tangibles: none, reliability: none, responsiveness: none, assurance: none, empathy: none },
    ...over,
  })

  it('is all nulls and zeros when nothing was answered', () => {
    expect(summaryFromTotals(totals({ delivered: 3 }))).toEqual({
      delivered: 3,
      answered: 0,
      responseRate: 0,
      csat: null,
      nps: null,
      index: null,
      npsSplit: { promoters: 0, passives: 0, detractors: 0 },
      csatDistribution: [0, 0, 0, 0, 0],
      npsDistribution: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      dimensions: {
        tangibles: null,
        reliability: null,
        responsiveness: null,
        assurance: null,
        empathy: null,
      },
    })
  })

  it('computes every score from the counts (hand-computed)', () => {
    // ratings 1, 3, 4, 5, 5; NPS 0, 6, 7, 8, 9, 10, 10
    const t = totals({
      delivered: 9,
      answered: 7,
      csat: [1, 0, 1, 1, 2],
      nps: [1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2],
      dimensions: {
        tangibles: none,
        reliability: { answers: 3, twentieths: 37 }, // 5★ (20), 4★ (15), NPS 1 (2): 37 / 60
        responsiveness: { answers: 1, twentieths: 13 },
        assurance: none,
        empathy: { answers: 2, twentieths: 0 },
      },
    })
    expect(summaryFromTotals(t)).toEqual({
      delivered: 9,
      answered: 7,
      responseRate: 77.8, // 7 / 9
      csat: 60, // 3 of 5 are 4 or 5
      nps: 14.3, // (3 promoters − 2 detractors) / 7
      // twentieths: ratings 0 + 10 + 15 + 40 = 65, NPS 2 × (0 + 6 + 7 + 8 + 9 + 20) = 100 → 165 / 20 / 12
      index: 68.8,
      npsSplit: { promoters: 3, passives: 2, detractors: 2 },
      csatDistribution: [1, 0, 1, 1, 2],
      npsDistribution: [1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2],
      dimensions: { tangibles: null, reliability: 61.7, responsiveness: 65, assurance: null, empathy: 0 },
    })
  })

  it('returns copies of the distributions, not the counted arrays', () => {
    const t = totals({ csat: [0, 0, 0, 0, 1] })
    const s = summaryFromTotals(t)
    s.csatDistribution[4] = 9
    s.npsDistribution[0] = 9
    expect(t.csat).toEqual([0, 0, 0, 0, 1])
    expect(t.nps).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])
  })

  it('equals the summary of the same invitations computed in memory (property)', () => {
    const answer = fc.oneof(
      fc.record({
        type: fc.constant('csat' as const),
        score: fc.integer({ min: 1, max: 5 }),
        dimension: fc.constantFrom(null, ...SERVQUAL_DIMENSIONS),
      }),
      fc.record({
        type: fc.constant('nps' as const),
        score: fc.integer({ min: 0, max: 10 }),
        dimension: fc.constantFrom(null, ...SERVQUAL_DIMENSIONS),
      }),
    )
    const at = new Date('2026-11-10T02:00:00Z')
    const factArb = fc.record({
      stationId: fc.constant(null),
      region: fc.constant(null),
      kind: fc.constant(null),
      sentAt: fc.constantFrom(null, at),
      answeredAt: fc.constantFrom(null, at),
      answers: fc.array(answer, { maxLength: 6 }),
    })
    fc.assert(
      fc.property(fc.array(factArb, { maxLength: 12 }), (facts) => {
        const delivered = facts.filter((f) => f.sentAt !== null)
        const answered = delivered.filter((f) => f.answeredAt !== null)
        const answers = answered.flatMap((f) => f.answers)
        const t = totals({ delivered: delivered.length, answered: answered.length })
        t.csat = distribution(
          answers.filter((a) => a.type === 'csat').map((a) => a.score),
          1,
          5,
        )
        t.nps = distribution(
          answers.filter((a) => a.type === 'nps').map((a) => a.score),
          0,
          10,
        )
        t.dimensions = Object.fromEntries(
          SERVQUAL_DIMENSIONS.map((d) => {
            const mine = answers.filter((a) => a.dimension === d)
            const twentieths = mine.reduce(
              (s, a) => s + (a.type === 'csat' ? 5 * (a.score - 1) : 2 * a.score),
              0,
            )
            return [d, { answers: mine.length, twentieths }]
          }),
        ) as SurveyTotals['dimensions']
        expect(summaryFromTotals(t)).toEqual(summarise(facts))
      }),
      { numRuns: 300 },
    )
  })
})

describe('groups sorted as the statistics sort them', () => {
  it.each([
    ['null first', [null, 'b', 'a']],
    ['null last', ['b', 'a', null]],
    ['null between', ['b', null, 'a']],
  ])('by key, the one without a key last (%s)', (_n, keys) => {
    const groups = keys.map((key, i) => ({ key, i }))
    const sorted = sortGroups(groups)
    expect(sorted.map((g) => g.key)).toEqual(['a', 'b', null])
    expect(groups.map((g) => g.key)).toEqual(keys) // the input keeps its order
  })

  it('leaves an empty list empty', () => {
    expect(sortGroups([])).toEqual([])
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
