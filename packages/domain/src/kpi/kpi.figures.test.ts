import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ComplaintFact } from './kpi.facts'
import { computeFigures, type KpiInputs } from './kpi.figures'
import { pareto } from './kpi.pareto'
import { addFact, emptyTally, percentileHours, tallyOf } from './kpi.tally'
import { DEFAULT_TARGETS, figureRows, rag, type Target } from './kpi.targets'
import { pendingFact } from './kpi.test-fixtures'

const fact = pendingFact

type Row = [
  boolean,
  ComplaintFact['response'],
  ComplaintFact['resolution'],
  number | null,
  number | null,
  0 | 1 | 2,
  boolean,
]
// Ten complaints worked out by hand: closed, response, resolution, response and resolution minutes,
// follow-up (0 none, 1 satisfied, 2 not satisfied), reopened.
// biome-ignore format: a table reads better in columns
const ROWS: Row[] = [
  [true,  'met',     'met',     60,   600,  1, false],
  [true,  'met',     'met',     120,  1200, 1, false],
  [true,  'met',     'late',    90,   5000, 2, false],
  [true,  'late',    'met',     1500, 2000, 1, true],
  [false, 'met',     'pending', 30,   null, 0, false],
  [false, 'met',     'late',    200,  null, 0, false],
  [false, 'late',    'late',    null, null, 0, false],
  [false, 'pending', 'pending', null, null, 0, false],
  [true,  'met',     'met',     61,   61,   1, false],
  [true,  'met',     'met',     240,  300,  2, false],
]
const TEN = ROWS.map(([closed, response, resolution, responseMinutes, resolutionMinutes, fu, reopened]) =>
  fact({
    closed,
    response,
    resolution,
    responseMinutes,
    resolutionMinutes,
    followedUp: fu > 0,
    satisfied: fu === 1,
    reopened,
  }),
)

const inputs = (over: Partial<KpiInputs> = {}): KpiInputs => ({
  complaints: tallyOf(TEN),
  unitsInService: 2000,
  claimLines: 30,
  warrantyCostFen: 1_150_000,
  budgetFen: 1_000_000,
  survey: { delivered: 40, answered: 13, csi: 78.5, nps: 20 },
  eightd: { stepDaysAvg: 4.25, overdueClaims: 2 },
  recovery: { claimedFen: 300_000, acceptedFen: 210_000 },
  ...over,
})

describe('the figures, against hand-computed values', () => {
  const f = computeFigures(inputs())
  it('counts', () => {
    // response met: #1,2,3,5,6,9,10 = 7; late: #4,7 = 2 → 7/9
    expect(f.timely_response_rate).toBe(77.8)
    // resolution met: #1,2,4,9,10 = 5; late: #3,6,7 = 3 → 5/8
    expect(f.timely_completion_rate).toBe(62.5)
    expect(f.closure_rate).toBe(60)
    // response minutes 60+120+90+1500+30+200+61+240 = 2301 over 8 → 4.79 h
    expect(f.response_hours_avg).toBe(4.8)
    // hour buckets: 1,2,2,25,1,4,2,4 → sorted 1,1,2,2,2,4,4,25; rank ceil(0.9·8)=8 → 25
    expect(f.response_hours_p90).toBe(25)
    // resolution minutes 600+1200+5000+2000+61+300 = 9161 over 6 → 25.4 h
    expect(f.resolution_hours_avg).toBe(25.4)
    // buckets 10,20,84,34,2,5 → sorted 2,5,10,20,34,84; rank ceil(5.4)=6 → 84
    expect(f.resolution_hours_p90).toBe(84)
    expect(f.reopen_rate).toBe(16.7) // 1 of 6 resolved
    expect(f.handling_satisfaction).toBe(66.7) // 4 of 6 followed up
    expect(f.complaint_rate).toBe(0.5) // 10 per 2000 vehicles
    expect(f.return_rate).toBe(1.5) // 30 per 2000
    expect(f.survey_response_rate).toBe(32.5) // 13 of 40
    expect(f.warranty_cost_vs_budget).toBe(115)
    expect(f.supplier_recovery_rate).toBe(70)
    expect(f.eightd_overdue_claims).toBe(2)
    expect(f.csi).toBe(78.5)
  })
  it('nothing to divide by gives no value, never 0 or NaN', () => {
    const g = computeFigures(inputs({ complaints: emptyTally(), unitsInService: null, budgetFen: null }))
    expect(g.closure_rate).toBeNull()
    expect(g.response_hours_p90).toBeNull()
    expect(g.complaint_rate).toBeNull()
    expect(g.warranty_cost_vs_budget).toBeNull()
  })
})

describe('tallies add up: any split of the facts sums to the tally of all of them', () => {
  const arbFact = fc.record({
    closed: fc.boolean(),
    response: fc.constantFrom('met', 'late', 'pending'),
    resolution: fc.constantFrom('met', 'late', 'pending'),
    responseMinutes: fc.option(fc.integer({ min: 0, max: 20_000 })),
    resolutionMinutes: fc.option(fc.integer({ min: 0, max: 50_000 })),
    reopened: fc.boolean(),
    followedUp: fc.boolean(),
    satisfied: fc.boolean(),
  })
  it('adding then removing a fact restores the tally; order does not matter', () => {
    fc.assert(
      fc.property(fc.array(arbFact.map((o) => fact(o as Partial<ComplaintFact>))), fc.nat(), (facts, cut) => {
        const all = tallyOf(facts)
        const k = facts.length ? cut % facts.length : 0
        const t = tallyOf(facts.slice(0, k))
        for (const x of facts.slice(k)) addFact(t, x)
        expect(t).toEqual(all)
        for (const x of facts.slice(k)) addFact(t, x, -1)
        expect(t).toEqual(tallyOf(facts.slice(0, k)))
      }),
    )
  })
})

describe('percentile by nearest rank', () => {
  it.each([
    [{ 1: 9, 5: 1 }, 1], // rank 9 of 10 falls in bucket 1
    [{ 1: 8, 5: 2 }, 5],
    [{ 3: 1 }, 3],
  ])('%j → %s', (h, want) => expect(percentileHours(h, 0.9)).toBe(want))
})

describe('red / amber / green and the change against the previous period', () => {
  const t = (op: Target['op'], value: number, amber: number): Target => ({
    figure: 'closure_rate',
    op,
    value,
    amber,
  })
  it.each([
    [100, t('>=', 100, 5), 'green'],
    [96, t('>=', 100, 5), 'amber'],
    [95, t('>=', 100, 5), 'amber'],
    [94.9, t('>=', 100, 5), 'red'],
    [0.8, t('<', 1, 0.2), 'green'],
    [1, t('<', 1, 0.2), 'amber'],
    [1.3, t('<', 1, 0.2), 'red'],
    [75, t('>', 75, 5), 'amber'],
    [null, t('>', 75, 5), 'none'],
  ] as const)('%s against %j → %s', (v, target, want) => expect(rag(v, target)).toBe(want))

  it('rows carry value, previous, change and the colour', () => {
    const now = computeFigures(inputs())
    const before = computeFigures(inputs({ complaints: tallyOf(TEN.slice(0, 4)) }))
    const rows = figureRows(now, before, DEFAULT_TARGETS)
    const closure = rows.find((r) => r.figure === 'closure_rate')
    expect(closure).toMatchObject({ value: 60, previous: 100, change: -40, rag: 'red' })
    expect(rows.find((r) => r.figure === 'complaint_rate')).toMatchObject({ value: 0.5, rag: 'green' })
    expect(rows.find((r) => r.figure === 'resolution_hours_p90')).toMatchObject({ rag: 'none', target: null })
  })
})

describe('Pareto', () => {
  it('sorts, accumulates and marks the vital few up to 80 %', () => {
    const bars = pareto([
      { key: 'a', count: 5 },
      { key: 'b', count: 50 },
      { key: 'c', count: 30 },
      { key: 'd', count: 15 },
      { key: 'e', count: 0 },
    ])
    expect(bars.map((b) => [b.key, b.share, b.cumulative, b.vital])).toEqual([
      ['b', 50, 50, true],
      ['c', 30, 80, true],
      ['d', 15, 95, false],
      ['a', 5, 100, false],
    ])
  })
})
