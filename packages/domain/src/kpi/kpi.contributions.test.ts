import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { aggregateDeltas, factScopes } from './kpi.contributions'
import type { ComplaintFact } from './kpi.facts'
import { factCounters, TALLY_COUNTERS, zeroCounters } from './kpi.tally'

/**
 * The daily aggregates are kept current by adding each change's delta (after − before) in the same
 * transaction as the event. These tests pin what one fact contributes and that deltas add up to a
 * recount, whatever the order of changes.
 */
const fact = (over: Partial<ComplaintFact> = {}): ComplaintFact => ({
  complaintId: 'c1',
  openedDay: '2026-11-02',
  stationId: 'st-bj',
  region: '华北',
  productLineId: 'pl-x7',
  cause: 'repair_quality',
  severity: 'general',
  closed: false,
  response: 'met',
  resolution: 'pending',
  responseMinutes: 90,
  resolutionMinutes: null,
  reopened: false,
  followedUp: false,
  satisfied: false,
  ...over,
})

describe('the scopes a fact is summed under', () => {
  it.each([
    [{}, ['all:', 'station:st-bj', 'region:华北', 'product_line:pl-x7']],
    [{ stationId: null }, ['all:', 'region:华北', 'product_line:pl-x7']],
    [{ region: null, productLineId: null }, ['all:', 'station:st-bj']],
    [{ stationId: null, region: null, productLineId: null }, ['all:']],
  ] as const)('%j', (over, scopes) => {
    expect(factScopes(fact(over)).map((s) => `${s.dim}:${s.key}`)).toEqual(scopes)
  })
})

describe('one fact as counters', () => {
  it('a new case answered within its deadline', () => {
    expect(factCounters(fact())).toEqual({
      ...zeroCounters(),
      opened: 1,
      responseMet: 1,
      responded: 1,
      responseMinutes: 90,
    })
  })
  it('a closed, reopened, followed-up and satisfied case answered and resolved late', () => {
    expect(
      factCounters(
        fact({
          closed: true,
          response: 'late',
          resolution: 'late',
          responseMinutes: 1500,
          resolutionMinutes: 4000,
          reopened: true,
          followedUp: true,
          satisfied: true,
        }),
      ),
    ).toEqual({
      opened: 1,
      closed: 1,
      responseMet: 0,
      responseLate: 1,
      resolutionMet: 0,
      resolutionLate: 1,
      responded: 1,
      responseMinutes: 1500,
      resolved: 1,
      resolutionMinutes: 4000,
      reopened: 1,
      followedUp: 1,
      satisfied: 1,
    })
  })
  it('resolved in time counts as met; zero minutes is still a response', () => {
    const c = factCounters(fact({ resolution: 'met', resolutionMinutes: 0, responseMinutes: 0 }))
    expect(c).toMatchObject({ resolutionMet: 1, resolutionLate: 0, resolved: 1, responded: 1 })
  })
})

describe('deltas of a change', () => {
  it('a new complaint adds itself under every scope, and its response hours bucket', () => {
    const { daily, hours } = aggregateDeltas([
      { before: null, after: fact({ stationId: null, region: null }) },
    ])
    expect(daily).toEqual([
      {
        dim: 'all',
        key: '',
        day: '2026-11-02',
        cause: 'repair_quality',
        counters: { ...zeroCounters(), opened: 1, responseMet: 1, responded: 1, responseMinutes: 90 },
      },
      {
        dim: 'product_line',
        key: 'pl-x7',
        day: '2026-11-02',
        cause: 'repair_quality',
        counters: { ...zeroCounters(), opened: 1, responseMet: 1, responded: 1, responseMinutes: 90 },
      },
    ])
    // 90 working minutes fall in the 2-hour bucket (whole hours, rounded up).
    expect(hours).toEqual([
      { dim: 'all', key: '', day: '2026-11-02', metric: 'response', hours: 2, n: 1 },
      { dim: 'product_line', key: 'pl-x7', day: '2026-11-02', metric: 'response', hours: 2, n: 1 },
    ])
  })
  it('resolving a case moves only what changed; unchanged scopes give no rows', () => {
    const before = fact({ stationId: null, region: null, productLineId: null })
    const after = { ...before, resolution: 'met' as const, resolutionMinutes: 60, closed: true }
    expect(aggregateDeltas([{ before, after }])).toEqual({
      daily: [
        {
          dim: 'all',
          key: '',
          day: '2026-11-02',
          cause: 'repair_quality',
          counters: { ...zeroCounters(), closed: 1, resolutionMet: 1, resolved: 1, resolutionMinutes: 60 },
        },
      ],
      hours: [{ dim: 'all', key: '', day: '2026-11-02', metric: 'resolution', hours: 1, n: 1 }],
    })
  })
  it('moving a case to another station takes it from one and gives it to the other', () => {
    const before = fact({ region: null, productLineId: null })
    const after = { ...before, stationId: 'st-sh' }
    const { daily, hours } = aggregateDeltas([{ before, after }])
    expect(daily.map((d) => [d.dim, d.key, d.counters.opened])).toEqual([
      ['station', 'st-bj', -1],
      ['station', 'st-sh', 1],
    ])
    expect(hours.map((h) => [h.key, h.n])).toEqual([
      ['st-bj', -1],
      ['st-sh', 1],
    ])
  })
  it('a change that changes nothing gives no rows; removing a fact subtracts it', () => {
    expect(aggregateDeltas([{ before: fact(), after: fact() }])).toEqual({ daily: [], hours: [] })
    const { daily } = aggregateDeltas([
      { before: fact({ stationId: null, region: null, productLineId: null }), after: null },
    ])
    expect(daily[0]!.counters.opened).toBe(-1)
    expect(daily[0]!.counters.responseMinutes).toBe(-90)
  })
  it('keys come sorted, so concurrent writers lock aggregate rows in one order', () => {
    const { daily } = aggregateDeltas([
      { before: null, after: fact({ complaintId: 'a', openedDay: '2026-11-03', cause: 'fees' }) },
      { before: null, after: fact({ complaintId: 'b', openedDay: '2026-11-01', cause: 'other' }) },
    ])
    const ids = daily.map((d) => `${d.dim}|${d.key}|${d.day}|${d.cause}`)
    expect(ids).toEqual([...ids].sort())
    expect(ids[0]).toBe('all||2026-11-01|other')
  })
})

describe('deltas add up to a recount (property)', () => {
  const arbFact = fc.record({
    complaintId: fc.constantFrom('c1', 'c2', 'c3'),
    openedDay: fc.constantFrom('2026-11-01', '2026-11-02'),
    stationId: fc.constantFrom('st-a', 'st-b', null),
    region: fc.constantFrom('华北', null),
    productLineId: fc.constantFrom('pl-1', null),
    cause: fc.constantFrom('fees', 'other'),
    severity: fc.constant('general'),
    closed: fc.boolean(),
    response: fc.constantFrom('met', 'late', 'pending') as fc.Arbitrary<ComplaintFact['response']>,
    resolution: fc.constantFrom('met', 'late', 'pending') as fc.Arbitrary<ComplaintFact['resolution']>,
    responseMinutes: fc.option(fc.nat(5000), { nil: null }),
    resolutionMinutes: fc.option(fc.nat(20000), { nil: null }),
    reopened: fc.boolean(),
    followedUp: fc.boolean(),
    satisfied: fc.boolean(),
  })
  /** Sums a list of deltas into a table keyed like the aggregate rows. */
  const total = (rows: ReturnType<typeof aggregateDeltas>[]) => {
    const t = new Map<string, number>()
    for (const r of rows) {
      for (const d of r.daily)
        for (const c of TALLY_COUNTERS) {
          const k = `${d.dim}|${d.key}|${d.day}|${d.cause}|${c}`
          t.set(k, (t.get(k) ?? 0) + d.counters[c])
        }
      for (const h of r.hours) {
        const k = `${h.dim}|${h.key}|${h.day}|${h.metric}|${h.hours}`
        t.set(k, (t.get(k) ?? 0) + h.n)
      }
    }
    return new Map([...t].filter(([, v]) => v !== 0))
  }
  it('any sequence of updates, applied one delta at a time, equals adding up the final facts', () => {
    fc.assert(
      fc.property(fc.array(arbFact, { maxLength: 12 }), (updates) => {
        const current = new Map<string, ComplaintFact>()
        const steps: ReturnType<typeof aggregateDeltas>[] = []
        for (const u of updates) {
          steps.push(aggregateDeltas([{ before: current.get(u.complaintId) ?? null, after: u }]))
          current.set(u.complaintId, u)
        }
        const recount = aggregateDeltas([...current.values()].map((f) => ({ before: null, after: f })))
        expect(total(steps)).toEqual(total([recount]))
      }),
    )
  })
})
