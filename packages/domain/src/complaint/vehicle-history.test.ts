import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { WarrantyTerms } from '../fee'
import { terms as feeTerms } from '../fee/fee.test-fixtures'
import { addDays } from '../shared/china-time'
import {
  customerHistoryInput,
  customerSeenBy,
  type HistoryEntry,
  historyFor,
  mergeHistories,
  newestFirst,
  plateSchema,
  stationMaySee,
  vehicleHistoryInput,
  vehicleSearchInput,
  vehicleSearchKind,
  warrantyToday,
} from './vehicle-history'

// The fee tests' terms (36 months or 100 000 km from purchase), for an X7.
const terms = (over: Partial<WarrantyTerms> = {}) => feeTerms({ productLineCode: 'X7', ...over })

describe('the VIN in the address', () => {
  it.each([
    ['LHX7B2345N0000002', 'LHX7B2345N0000002'],
    [' lhx7b2345n0000002 ', 'LHX7B2345N0000002'],
  ])('%j is the VIN %s', (vin, parsed) => expect(vehicleHistoryInput.parse({ vin }).vin).toBe(parsed))

  it.each([
    ['LHX7B2345N000000', '16 characters'],
    ['LHX7B2345N00000022', '18 characters'],
    ['LHX7B2345I0000002', 'an I'],
    ['LHX7B2345O0000002', 'an O'],
    ['LHX7B2345Q0000002', 'a Q'],
    ['LHX7B2345N000000-', 'a dash'],
    ['', 'nothing'],
  ])('%j is refused (%s), naming the field', (vin) => {
    const r = vehicleHistoryInput.safeParse({ vin })
    expect(r.success).toBe(false)
    expect(r.error?.issues[0]?.path).toEqual(['vin'])
  })
})

describe('a customer’s page address', () => {
  it.each([
    [{ customerId: '00000000-0000-4000-8000-000000000001' }, true],
    [{ customerId: 'c1' }, false],
    [{}, false],
  ])('%j: %s', (input, ok) => expect(customerHistoryInput.safeParse(input).success).toBe(ok))
})

describe('a licence plate', () => {
  it.each([
    ['京A12345', '京A12345'],
    ['京a·12345', '京A12345'],
    [' 沪B D45678 ', '沪BD45678'],
    ['粤AF12345', '粤AF12345'],
    ['川A3E5M8', '川A3E5M8'],
  ])('%j is the plate %s', (raw, plate) => expect(plateSchema.parse(raw)).toBe(plate))

  it.each([
    ['京A1234', 'too short'],
    ['京A1234567', 'too long'],
    ['京AA12345', 'six characters not starting D or F'],
    ['京I12345', 'an I as the city letter'],
    ['京A1O345', 'an O'],
    ['A12345', 'no province'],
    ['港A12345', 'not a province abbreviation'],
    ['京112345', 'a digit as the city letter'],
  ])('%j is refused (%s)', (raw) => expect(plateSchema.safeParse(raw).success).toBe(false))
})

describe('what a search text means', () => {
  it.each([
    ['13800000002', { by: 'phone', phone: '13800000002' }],
    ['138-0000-0002', { by: 'phone', phone: '13800000002' }],
    ['138 0000 0002', { by: 'phone', phone: '13800000002' }],
    ['23800000002', { by: 'fragment', fragment: '23800000002' }],
    ['913800000002', { by: 'fragment', fragment: '913800000002' }],
    ['138000000029', { by: 'fragment', fragment: '138000000029' }],
    ['1380000000', { by: 'fragment', fragment: '1380000000' }],
    ['0000002', { by: 'fragment', fragment: '0000002' }],
    [' lhx7 ', { by: 'fragment', fragment: 'LHX7' }],
    ['京q·7b2h3', { by: 'fragment', fragment: '京Q7B2H3' }],
    ['7B2 H3', { by: 'fragment', fragment: '7B2H3' }],
    ['LHX7-B23', { by: 'fragment', fragment: 'LHX7B23' }],
  ])('%j → %j', (q, kind) => expect(vehicleSearchKind(q)).toEqual(kind))

  it.each([
    ['abc', false],
    ['abcd', true],
    ['   abc   ', false],
    ['x'.repeat(40), true],
    ['x'.repeat(41), false],
  ])('%j is a search: %s', (q, ok) => expect(vehicleSearchInput.safeParse({ q }).success).toBe(ok))
})

describe('the warranty today', () => {
  it.each([
    // purchase, usage, today → in, last covered day, days left, usage left
    ['2025-11-02', 18_400, '2026-12-06', true, '2028-11-02', 697, 81_600],
    ['2025-11-02', 18_400, '2028-11-02', true, '2028-11-02', 0, 81_600],
    ['2025-11-02', 18_400, '2028-11-03', false, '2028-11-02', null, null],
    ['2025-11-02', 100_000, '2026-12-06', true, '2028-11-02', 697, 0],
    ['2025-11-02', 100_001, '2026-12-06', false, '2028-11-02', null, null],
  ] as const)(
    'bought %s, %i km, on %s: in warranty %s until %s, %s days and %s km left',
    (purchaseDate, usage, today, inWarranty, last, days, left) => {
      const w = warrantyToday(terms(), { purchaseDate, usage }, today)
      expect(w).toMatchObject({
        inWarranty,
        lastCoveredDay: last,
        daysLeft: days,
        usageLeft: left,
        usageLimit: 100_000,
        usageUnit: 'km',
      })
    },
  )

  it('months only: no usage left to show', () => {
    const w = warrantyToday(
      terms({ usageLimit: null }),
      { purchaseDate: '2025-11-02', usage: 999_999 },
      '2026-12-06',
    )
    expect(w).toMatchObject({ inWarranty: true, usageLimit: null, usageLeft: null, daysLeft: 697 })
  })

  it('no terms for the product line: out of warranty, nothing left, the reason says why', () => {
    const w = warrantyToday(null, { purchaseDate: '2025-11-02', usage: 0 }, '2026-12-06')
    expect(w).toEqual({
      inWarranty: false,
      reason: expect.objectContaining({ code: 'NO_WARRANTY_TERMS' }),
      lastCoveredDay: null,
      daysLeft: null,
      usageLimit: null,
      usageUnit: null,
      usageLeft: null,
      startsOn: null,
    })
  })

  it.each([
    // purchase (after today), today → the terms as of the first day, nothing counted down yet
    ['2026-12-20', '2026-12-06'],
    ['2026-12-07', '2026-12-06'],
  ] as const)('bought %s, read on %s: not started, starts that day', (purchaseDate, today) => {
    const w = warrantyToday(terms(), { purchaseDate, usage: 12 }, today)
    expect(w).toEqual({
      inWarranty: false,
      reason: expect.objectContaining({ code: 'IN_WARRANTY' }),
      lastCoveredDay: warrantyToday(terms(), { purchaseDate, usage: 12 }, purchaseDate).lastCoveredDay,
      daysLeft: null,
      usageLimit: 100_000,
      usageUnit: 'km',
      usageLeft: 99_988,
      startsOn: purchaseDate,
    })
  })

  it('on the purchase day itself the warranty has started', () =>
    expect(warrantyToday(terms(), { purchaseDate: '2026-12-06', usage: 0 }, '2026-12-06')).toMatchObject({
      inWarranty: true,
      startsOn: null,
      lastCoveredDay: '2029-12-06',
    }))

  it('in warranty exactly when days and usage are both left (never negative)', () =>
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2_000 }),
        fc.integer({ min: 0, max: 200_000 }),
        fc.integer({ min: 1, max: 120 }),
        (daysSince, usage, months) => {
          const purchaseDate = '2024-01-31'
          const today = addDays(purchaseDate, daysSince)
          const w = warrantyToday(terms({ months }), { purchaseDate, usage }, today)
          if (w.inWarranty) {
            expect(w.daysLeft).toBeGreaterThanOrEqual(0)
            expect(w.usageLeft).toBe(100_000 - usage)
            expect(w.usageLeft).toBeGreaterThanOrEqual(0)
          } else {
            expect(w.daysLeft).toBeNull()
            expect(w.usageLeft).toBeNull()
            expect(usage > 100_000 || today > w.lastCoveredDay!).toBe(true)
          }
        },
      ),
    ))
})

describe('the history order', () => {
  const entry = (kind: HistoryEntry['kind'], at: string, ref: string): HistoryEntry => ({
    kind,
    id: ref,
    at: new Date(at),
    ref,
    text: '',
    status: null,
    amountFen: null,
    stationId: null,
  })

  it('newest first; at the same instant by kind, then by reference', () => {
    const sorted = newestFirst([
      entry('claim_line', '2026-11-20T02:00:00Z', 'RO-2'),
      entry('complaint', '2026-11-20T02:00:00Z', 'CP-1'),
      entry('survey', '2026-12-01T02:00:00Z', 'S-1'),
      entry('claim_line', '2026-11-20T02:00:00Z', 'RO-1'),
      entry('quote', '2026-10-01T02:00:00Z', 'Q-1'),
    ])
    expect(sorted.map((e) => e.ref)).toEqual(['S-1', 'CP-1', 'RO-1', 'RO-2', 'Q-1'])
  })

  it('never loses or invents an entry, and leaves its input alone', () =>
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            kind: fc.constantFrom(
              'complaint',
              'quote',
              'claim_line',
              'old_part',
              'eightd',
              'survey' as const,
            ),
            at: fc.integer({ min: 0, max: 10 }).map((d) => `2026-11-${String(d + 10)}T00:00:00Z`),
            ref: fc.string({ maxLength: 4 }),
          }),
        ),
        (rows) => {
          const input = rows.map((r) => entry(r.kind, r.at, r.ref))
          const copy = [...input]
          const out = newestFirst(input)
          expect(input).toEqual(copy)
          expect(out).toHaveLength(input.length)
          for (let i = 1; i < out.length; i++)
            expect(out[i - 1]!.at.getTime()).toBeGreaterThanOrEqual(out[i]!.at.getTime())
        },
      ),
    ))
})

describe('which station sees a vehicle', () => {
  it.each([
    ['S1', ['S1'], true],
    ['S1', [null, 'S2', 'S1'], true],
    ['S1', ['S2'], false],
    ['S1', [null], false],
    ['S1', [], false],
  ] as const)('%s, served by %j: %s', (station, servedBy, sees) =>
    expect(stationMaySee(station, servedBy)).toBe(sees),
  )
})

describe('what a caller sees of a customer', () => {
  const vehicles = [
    { vehicle: 'V1', servedBy: ['S1', null] },
    { vehicle: 'V2', servedBy: ['S2'] },
  ]
  const loose = (kind: HistoryEntry['kind'], stationId: string | null) => [{ kind, stationId }]
  it.each([
    ['HQ sees every vehicle', null, vehicles, [], { visible: true, vehicles: ['V1', 'V2'] }],
    ['HQ sees a customer without vehicles', null, [], [], { visible: true, vehicles: [] }],
    ['a station sees the vehicle it served', 'S1', vehicles, [], { visible: true, vehicles: ['V1'] }],
    ['the other station sees its own', 'S2', vehicles, [], { visible: true, vehicles: ['V2'] }],
    ['a stranger station sees nothing', 'S3', vehicles, [], { visible: false, vehicles: [] }],
    [
      'a station with a case of its own without a vehicle',
      'S3',
      vehicles,
      loose('complaint', 'S3'),
      { visible: true, vehicles: [] },
    ],
    [
      "another station's case without a vehicle",
      'S3',
      vehicles,
      loose('complaint', 'S1'),
      { visible: false, vehicles: [] },
    ],
    ['a quote of its own is not a case', 'S3', [], loose('quote', 'S3'), { visible: false, vehicles: [] }],
  ] as const)('%s', (_name, station, vs, cases, want) => {
    expect(customerSeenBy(station, vs, cases)).toEqual(want)
  })
})

describe('what a caller sees of the history', () => {
  const row = (
    kind: HistoryEntry['kind'],
    ref: string,
    stationId: string | null,
    day: number,
  ): HistoryEntry => ({
    kind,
    id: `id-${ref}`,
    at: new Date(Date.UTC(2026, 10, day)),
    ref,
    text: ref,
    status: null,
    amountFen: 1_000 * day,
    stationId,
  })
  const rows = [
    row('complaint', 'CP-1', 'S1', 1),
    row('claim_line', 'RO-2', 'S2', 2),
    row('eightd', '8D-3', null, 3),
    row('survey', 'SV-4', null, 4),
  ]

  it('HQ sees every entry, newest first, with ids, stations and amounts', () =>
    expect(historyFor(null, rows)).toEqual([...rows].reverse().map((e) => ({ ...e, own: true }))))

  it.each([
    // station → what it sees: ref, id, station, amount, own
    [
      'S1',
      [
        ['SV-4', null, null, null, false],
        ['RO-2', null, null, null, false],
        ['CP-1', 'id-CP-1', 'S1', 1_000, true],
      ],
    ],
    [
      'S2',
      [
        ['SV-4', null, null, null, false],
        ['RO-2', 'id-RO-2', 'S2', 2_000, true],
        ['CP-1', null, null, null, false],
      ],
    ],
  ] as const)(
    "station %s: no 8D, and another station's entry without id, station or amount",
    (station, seen) =>
      expect(historyFor(station, rows).map((e) => [e.ref, e.id, e.stationId, e.amountFen, e.own])).toEqual(
        seen,
      ),
  )

  it("a station never sees an 8D claim or another station's id or amount, whatever the history", () =>
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            kind: fc.constantFrom(
              ...(['complaint', 'quote', 'claim_line', 'old_part', 'eightd', 'survey'] as const),
            ),
            station: fc.constantFrom('S1', 'S2', null),
            day: fc.integer({ min: 1, max: 28 }),
          }),
        ),
        (spec) => {
          const input = spec.map((r, i) => row(r.kind, `R${i}`, r.station, r.day))
          const seen = historyFor('S1', input)
          expect(seen).toHaveLength(input.filter((e) => e.kind !== 'eightd').length)
          for (const e of seen) {
            expect(e.kind).not.toBe('eightd')
            expect(e.own).toBe(e.stationId === 'S1')
            if (!e.own) expect([e.id, e.stationId, e.amountFen]).toEqual([null, null, null])
          }
        },
      ),
    ))
})

describe('one customer’s history from several', () => {
  const e = (kind: HistoryEntry['kind'], id: string): HistoryEntry => ({
    kind,
    id,
    at: new Date(0),
    ref: id,
    text: '',
    status: null,
    amountFen: null,
    stationId: null,
  })
  it.each([
    [[], []],
    [[[e('complaint', 'a')], []], ['complaint:a']],
    [
      [[e('complaint', 'a'), e('quote', 'a')], [e('complaint', 'a')]],
      ['complaint:a', 'quote:a'],
    ],
    [
      [[e('complaint', 'a')], [e('complaint', 'b'), e('complaint', 'a')]],
      ['complaint:a', 'complaint:b'],
    ],
  ] as const)('%j → %j: each entry once, first list first', (lists, keys) =>
    expect(mergeHistories(lists).map((x) => `${x.kind}:${x.id}`)).toEqual(keys),
  )
})
