import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays } from '../shared/china-time'
import { PART_CODE_PATTERN, pricesInForce, versionInForce } from './fee.catalogue'
import { selectRulesInForce } from './fee.rules'
import { standardInForce } from './fee.standard'
import { PARTS, standard, terms, versions } from './fee.test-fixtures'
import { coverage } from './fee.warranty'

describe('the part codes a catalogue file may hold', () => {
  it.each([
    ['HL-001', true],
    ['hl-001', true],
    ['a.b_c/d-e', true],
    [`A${'1'.repeat(39)}`, true],
    [`A${'1'.repeat(40)}`, false],
    ['-HL', false],
    ['=SUM(A1)', false],
    ['HL 001', false],
    ['HL-001 ', false],
    ['', false],
  ])('%j → %s', (code, ok) => {
    expect(PART_CODE_PATTERN.test(code)).toBe(ok)
  })
})

describe('the version in force on a date: the latest effective date not after it', () => {
  const v = (id: string, effectiveFrom: string) => ({ id, effectiveFrom })
  it.each([
    ['in date order', [v('a', '2020-01-01'), v('b', '2021-06-01')], '2022-01-01', 'b'],
    ['listed newest first', [v('b', '2021-06-01'), v('a', '2020-01-01')], '2022-01-01', 'b'],
    ['the day it starts', [v('a', '2020-01-01'), v('b', '2021-06-01')], '2021-06-01', 'b'],
    ['the day before it starts', [v('a', '2020-01-01'), v('b', '2021-06-01')], '2021-05-31', 'a'],
    ['one date twice: the later listed', [v('a', '2020-01-01'), v('b', '2020-01-01')], '2022-01-01', 'b'],
    ['nothing yet', [v('a', '2020-01-01')], '2019-12-31', null],
  ])('%s', (_n, list, date, id) => {
    expect(versionInForce(list, date)?.id ?? null).toBe(id)
  })

  it('is the latest not after the date, whatever the order (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 2000 }), { maxLength: 8 }),
        fc.integer({ min: 0, max: 2000 }),
        (offsets, at) => {
          const list = offsets.map((o) => ({ effectiveFrom: addDays('2020-01-01', o) }))
          const date = addDays('2020-01-01', at)
          const best = offsets.filter((o) => o <= at).sort((a, b) => b - a)[0]
          expect(versionInForce(list, date)?.effectiveFrom ?? null).toBe(
            best === undefined ? null : addDays('2020-01-01', best),
          )
        },
      ),
    )
  })
})

describe('the prices in force', () => {
  it('each part at its newest price on the date; parts without a price yet are left out', () => {
    const prices = [
      { partCode: 'HL-001', effectiveFrom: '2021-06-01', costFen: 61_000, listFen: 99_000 },
      { partCode: 'HL-001', effectiveFrom: '2020-01-01', costFen: 60_000, listFen: 98_000 },
      { partCode: 'HL-001', effectiveFrom: '2030-01-01', costFen: 1, listFen: 1 },
      { partCode: 'BM-001', effectiveFrom: '2025-01-01', costFen: 70_000, listFen: 108_000 },
    ]
    expect(pricesInForce(PARTS, prices, '2022-01-01')).toEqual({
      'HL-001': { ...PARTS[0], costFen: 61_000, listFen: 99_000, priceEffectiveFrom: '2021-06-01' },
    })
    expect(Object.keys(pricesInForce(PARTS, prices, '2025-01-01'))).toEqual(['HL-001', 'BM-001'])
    expect(pricesInForce(PARTS, [], '2025-01-01')).toEqual({})
  })
})

describe('the rule versions selected for a repair', () => {
  it('the highest version wins on one date, whatever order they are stored in', () => {
    const t = [terms({ version: 2, months: 24 }), terms({ version: 1, months: 36 })]
    expect(selectRulesInForce(versions({ terms: t }), '2025-01-01', 'H5').lineTerms?.version).toBe(2)
    expect(
      selectRulesInForce(versions({ terms: [...t].reverse() }), '2025-01-01', 'H5').lineTerms?.version,
    ).toBe(2)
  })

  it("only the repair's product line; part overrides by part, each its version in force", () => {
    const all = [
      terms({ version: 1 }),
      terms({ productLineCode: 'X7', version: 9, effectiveFrom: '2024-01-01', months: 12 }),
      terms({ partCode: 'HL-001', version: 3, months: 12, effectiveFrom: '2021-01-01' }),
      terms({ partCode: 'HL-001', version: 4, months: 18, effectiveFrom: '2023-01-01' }),
      terms({ partCode: 'BM-001', version: 5, months: 6, effectiveFrom: '2030-01-01' }),
      terms({ productLineCode: 'X7', partCode: 'BM-001', version: 6, effectiveFrom: '2020-01-01' }),
    ]
    const s = selectRulesInForce(versions({ terms: all }), '2025-01-01', 'H5')
    expect(s.lineTerms?.version).toBe(1)
    expect(Object.fromEntries(Object.entries(s.partTerms).map(([k, t]) => [k, t.version]))).toEqual({
      'HL-001': 4,
    })
    expect(
      selectRulesInForce(versions({ terms: all }), '2022-01-01', 'H5').partTerms['HL-001']?.version,
    ).toBe(3)
    expect(selectRulesInForce(versions({ terms: all }), '2025-01-01', 'X7')).toMatchObject({
      lineTerms: { version: 9 },
      partTerms: { 'BM-001': { version: 6 } },
    })
  })

  it('carries the date, the product line, the card of the line terms and the standard', () => {
    const card = { labourRateFen: 6000, calloutFeeFen: null, partPrices: {}, extras: {} }
    const s = selectRulesInForce(versions({ terms: [terms({ card })] }), '2025-01-01', 'H5')
    expect([s.date, s.productLineCode, s.card, s.standard?.id, s.standardApproved]).toEqual([
      '2025-01-01',
      'H5',
      card,
      's-1',
      true,
    ])
    expect(selectRulesInForce(versions({ terms: [] }), '2025-01-01', 'H5').card).toBeNull()
  })
})

describe('the fee standard in force', () => {
  it.each([
    [
      'the latest approved effective date',
      [standard({ seq: 1, effectiveFrom: '2021-01-01' }), standard({ seq: 2, effectiveFrom: '2020-01-01' })],
      1,
      true,
    ],
    [
      'on one date the latest proposal, stored in any order',
      [standard({ seq: 2, effectiveFrom: '2020-01-01' }), standard({ seq: 1, effectiveFrom: '2020-01-01' })],
      2,
      true,
    ],
    [
      'on one date the latest proposal',
      [standard({ seq: 1, effectiveFrom: '2020-01-01' }), standard({ seq: 2, effectiveFrom: '2020-01-01' })],
      2,
      true,
    ],
    [
      'not one that starts later',
      [standard({ seq: 1, effectiveFrom: '2020-01-01' }), standard({ seq: 2, effectiveFrom: '2023-01-01' })],
      1,
      true,
    ],
    [
      'no approved one: the newest pending proposal, unapproved',
      [
        standard({ seq: 3, status: 'proposed' }),
        standard({ seq: 1, status: 'rejected' }),
        standard({ seq: 2, status: 'proposed' }),
      ],
      3,
      false,
    ],
    ['nothing', [standard({ status: 'rejected' })], null, false],
  ])('%s', (_n, list, seq, approved) => {
    const r = standardInForce(list, '2022-01-01')
    expect([r.standard?.seq ?? null, r.approved]).toEqual([seq, approved])
  })
})

describe('a repair cannot be dated before the unit was bought or delivered', () => {
  const t = terms()
  const at = (purchaseDate: string, deliveryDate: string | null, repairDate: string) => () =>
    coverage(t, { purchaseDate, deliveryDate, usage: 0, repairDate })
  it.each([
    ['on the purchase day', '2024-06-20', null, '2024-06-20', true],
    ['the day before the purchase', '2024-06-20', null, '2024-06-19', false],
    ['delivered before the purchase: after the delivery', '2024-06-20', '2024-06-10', '2024-06-15', true],
    ['delivered before the purchase: on the delivery day', '2024-06-20', '2024-06-10', '2024-06-10', true],
    ['delivered before the purchase: before the delivery', '2024-06-20', '2024-06-10', '2024-06-09', false],
    ['delivered after the purchase: between the two', '2024-06-20', '2024-07-01', '2024-06-25', true],
    ['delivered after the purchase: before both', '2024-06-20', '2024-07-01', '2024-06-19', false],
  ])('%s', (_n, purchase, delivery, repairDate, ok) => {
    if (ok) expect(at(purchase, delivery, repairDate)).not.toThrow()
    else
      expect(at(purchase, delivery, repairDate)).toThrow(
        expect.objectContaining({ code: 'FEE.REPAIR_BEFORE_START', field: 'repairDate' }),
      )
  })
})
