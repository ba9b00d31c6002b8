import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { aggregateDeltas } from './kpi.contributions'
import type { ComplaintFact } from './kpi.facts'
import { pendingFact } from './kpi.test-fixtures'

const fact = (over: Partial<ComplaintFact> = {}): ComplaintFact =>
  pendingFact({
    stationId: 'st-z',
    region: 'm-region',
    productLineId: 'a-line',
    responseMinutes: 90,
    resolutionMinutes: 30,
    ...over,
  })

const ascending = (ids: string[]) => ids.every((id, i) => i === 0 || ids[i - 1]! < id)

describe('aggregate rows come in key order, whatever order the changes came in', () => {
  it('one fact: its scopes are met all, station, region, product line, and come out sorted', () => {
    const { daily, hours } = aggregateDeltas([{ before: null, after: fact() }])
    expect(daily.map((d) => `${d.dim}|${d.key}`)).toEqual([
      'all|',
      'product_line|a-line',
      'region|m-region',
      'station|st-z',
    ])
    expect(hours.map((h) => `${h.dim}|${h.key}|${h.metric}|${h.hours}`)).toEqual([
      'all||resolution|1',
      'all||response|2',
      'product_line|a-line|resolution|1',
      'product_line|a-line|response|2',
      'region|m-region|resolution|1',
      'region|m-region|response|2',
      'station|st-z|resolution|1',
      'station|st-z|response|2',
    ])
  })

  it('many changes: every key once, in ascending order (property)', () => {
    const arbFact = fc.record({
      openedDay: fc.constantFrom('2026-11-01', '2026-11-02', '2026-11-03', '2026-10-31'),
      stationId: fc.constantFrom('st-a', 'st-q', 'st-z', null),
      region: fc.constantFrom('east', 'west', null),
      productLineId: fc.constantFrom('pl-1', 'pl-9', null),
      cause: fc.constantFrom('fees', 'other', 'repair_quality', 'waiting_time'),
      responseMinutes: fc.option(fc.integer({ min: 0, max: 6000 })),
      resolutionMinutes: fc.option(fc.integer({ min: 0, max: 6000 })),
    })
    fc.assert(
      fc.property(fc.array(arbFact, { minLength: 20, maxLength: 60 }), (facts) => {
        const { daily, hours } = aggregateDeltas(facts.map((f) => ({ before: null, after: fact(f) })))
        const dailyIds = daily.map((d) => `${d.dim}|${d.key}|${d.day}|${d.cause}`)
        const hourIds = hours.map((h) => `${h.dim}|${h.key}|${h.metric}|${h.day}|${h.hours}`)
        expect(ascending(dailyIds)).toBe(true)
        expect(ascending(hourIds)).toBe(true)
      }),
      { numRuns: 50 },
    )
  })
})
