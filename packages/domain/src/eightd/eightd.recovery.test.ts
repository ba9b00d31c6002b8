import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DEFAULT_EIGHTD_SETTINGS } from './eightd.policy'
import {
  assertHqMayChange,
  assertMayAccept,
  assertMayDispute,
  assertRecoveryAmount,
  computeRecovery,
  type PaidWarrantyLine,
  warrantyCostLines,
} from './eightd.recovery'

const fee = DEFAULT_EIGHTD_SETTINGS.handlingFee // 10 %, at least ¥200, at most ¥50 000
const line = (kind: 'parts' | 'labour' | 'logistics', amountFen: number) => ({
  kind,
  description: kind,
  amountFen,
})

describe('computed recovery', () => {
  it.each([
    [[line('parts', 120_000), line('labour', 30_000), line('logistics', 5_000)], 155_000, 20_000, 175_000],
    [[line('parts', 1_000_000)], 1_000_000, 100_000, 1_100_000],
    [[line('parts', 100_000_000)], 100_000_000, 5_000_000, 105_000_000],
    [[line('labour', 0)], 0, 0, 0],
    [[line('parts', 333_333)], 333_333, 33_333, 366_666],
  ])('%j → cost %i + fee %i = %i', (lines, cost, handling, total) => {
    expect(computeRecovery(lines, fee)).toEqual({
      costFen: cost,
      handlingFeeFen: handling,
      computedFen: total,
    })
  })
  it('needs at least one cost line', () => {
    expect(() => computeRecovery([], fee)).toThrow(expect.objectContaining({ code: 'EIGHTD.NO_COSTS' }))
  })
  it('property: computed = cost + fee, fee within floor and cap, integer fen', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 20 }),
        (amounts) => {
          const r = computeRecovery(
            amounts.map((a) => line('parts', a)),
            fee,
          )
          expect(r.costFen).toBe(amounts.reduce((s, a) => s + a, 0))
          expect(r.computedFen).toBe(r.costFen + r.handlingFeeFen)
          expect(Number.isInteger(r.handlingFeeFen)).toBe(true)
          if (r.costFen > 0) {
            expect(r.handlingFeeFen).toBeGreaterThanOrEqual(fee.minimumFen)
            expect(r.handlingFeeFen).toBeLessThanOrEqual(fee.maximumFen)
          }
        },
      ),
    )
  })
})

describe('revised amount and decisions', () => {
  it.each([
    [-1, 1000, 'EIGHTD.AMOUNT_NEGATIVE'],
    [1001, 1000, 'EIGHTD.AMOUNT_ABOVE_COST'],
    [0, 1000, null],
    [1000, 1000, null],
  ])('%i against computed %i → %s', (amount, computed, code) => {
    if (code) expect(() => assertRecoveryAmount(amount, computed)).toThrow(expect.objectContaining({ code }))
    else expect(() => assertRecoveryAmount(amount, computed)).not.toThrow()
  })
  it('property: an amount is allowed exactly when 0 ≤ amount ≤ computed', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 1e9 }), (a, c) => {
        let ok = true
        try {
          assertRecoveryAmount(a, c)
        } catch {
          ok = false
        }
        expect(ok).toBe(a >= 0 && a <= c)
      }),
    )
  })
  it.each([
    ['proposed', 'ok', 'ok'],
    ['disputed', 'ok', 'EIGHTD.RECOVERY_STATE'],
    ['accepted', 'EIGHTD.RECOVERY_STATE', 'EIGHTD.RECOVERY_STATE'],
  ] as const)('%s: accept %s, dispute %s', (status, accept, dispute) => {
    const r = { status }
    if (accept === 'ok') expect(() => assertMayAccept(r)).not.toThrow()
    else expect(() => assertMayAccept(r)).toThrow(expect.objectContaining({ code: accept }))
    if (dispute === 'ok') expect(() => assertMayDispute(r, 'the lot was not ours')).not.toThrow()
    else
      expect(() => assertMayDispute(r, 'the lot was not ours')).toThrow(
        expect.objectContaining({ code: dispute }),
      )
  })
  it('a dispute without a reason is refused', () => {
    expect(() => assertMayDispute({ status: 'proposed' }, '   ')).toThrow(
      expect.objectContaining({ code: 'EIGHTD.DISPUTE_REASON_REQUIRED' }),
    )
  })
  it('HQ may not change an accepted recovery; nothing to accept before one is computed', () => {
    expect(() => assertHqMayChange({ status: 'accepted' })).toThrow()
    expect(() => assertHqMayChange(null)).not.toThrow()
    expect(() => assertMayAccept(null)).toThrow(expect.objectContaining({ code: 'EIGHTD.NO_RECOVERY' }))
  })
})

describe('warrantyCostLines: paid warranty repairs become the recovery cost lines', () => {
  const paid = (over: Partial<PaidWarrantyLine> = {}): PaidWarrantyLine => ({
    repairOrderNo: 'RO-1',
    repairDate: '2026-10-20',
    partCode: 'X7HL001',
    quantity: 1,
    stationLabel: 'D-BJ01',
    paidFen: 140_000,
    partsFen: 128_000,
    ...over,
  })
  it.each([
    ['parts and labour', paid(), [128_000, 12_000]],
    ['parts only (no labour paid)', paid({ paidFen: 128_000 }), [128_000]],
    ['adjusted below the parts price: all parts', paid({ paidFen: 100_000 }), [100_000]],
    ['parts price unknown: all parts', paid({ partsFen: null }), [140_000]],
  ])('%s', (_, p, amounts) => {
    const lines = warrantyCostLines([p])
    expect(lines.map((l) => l.amountFen)).toEqual(amounts)
    expect(lines.reduce((s, l) => s + l.amountFen, 0)).toBe(p.paidFen)
    expect(lines[0]!.kind).toBe('parts')
    expect(lines[0]!.description).toContain('RO-1')
  })
})

describe('handling fee: rate, floor and cap, rounded half up to the fen', () => {
  // default fee: 10 % (1000 bp), at least 20 000 fen, at most 5 000 000 fen
  it.each([
    [1, 20_000],
    [199_999, 20_000],
    [200_000, 20_000],
    [200_004, 20_000],
    [200_005, 20_001],
    [200_010, 20_001],
    [49_999_990, 4_999_999],
    [50_000_000, 5_000_000],
    [50_000_010, 5_000_000],
  ])('cost %i fen → fee %i fen', (cost, handling) => {
    expect(computeRecovery([line('parts', cost)], fee)).toEqual({
      costFen: cost,
      handlingFeeFen: handling,
      computedFen: cost + handling,
    })
  })
  it.each([
    ['no rate: the floor', { rateBasisPoints: 0, minimumFen: 500, maximumFen: 10_000 }, 1_000, 500],
    ['100 %', { rateBasisPoints: 10_000, minimumFen: 0, maximumFen: 1_000_000 }, 1_234, 1_234],
    ['2.5 %, half up', { rateBasisPoints: 250, minimumFen: 0, maximumFen: 1_000_000 }, 1_020, 26],
    ['2.5 %, below half', { rateBasisPoints: 250, minimumFen: 0, maximumFen: 1_000_000 }, 1_019, 25],
    ['capped at zero', { rateBasisPoints: 1_000, minimumFen: 0, maximumFen: 0 }, 1_000, 0],
    ['cap below floor: the cap wins', { rateBasisPoints: 1_000, minimumFen: 900, maximumFen: 300 }, 100, 300],
  ])('%s', (_, f, cost, handling) => {
    expect(computeRecovery([line('labour', cost)], f)).toEqual({
      costFen: cost,
      handlingFeeFen: handling,
      computedFen: cost + handling,
    })
  })
  it('zero cost lines carry no fee even with a floor', () => {
    expect(computeRecovery([line('parts', 0), line('logistics', 0)], fee)).toEqual({
      costFen: 0,
      handlingFeeFen: 0,
      computedFen: 0,
    })
  })
  it('property: the fee never decreases as costs grow', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.integer({ min: 0, max: 1e8 }), (a, more) => {
        const x = computeRecovery([line('parts', a)], fee).handlingFeeFen
        const y = computeRecovery([line('parts', a + more)], fee).handlingFeeFen
        expect(y).toBeGreaterThanOrEqual(x)
      }),
    )
  })
})

describe('recovery states: who may do what, with what error', () => {
  const message = (run: () => void) => {
    try {
      run()
    } catch (e) {
      return { code: (e as { code?: string }).code, message: (e as Error).message }
    }
    return null
  }
  it.each([
    ['HQ changes a proposed one', () => assertHqMayChange({ status: 'proposed' }), null],
    ['HQ changes a disputed one', () => assertHqMayChange({ status: 'disputed' }), null],
    ['HQ changes before any exists', () => assertHqMayChange(null), null],
    [
      'HQ changes an accepted one',
      () => assertHqMayChange({ status: 'accepted' }),
      { code: 'EIGHTD.RECOVERY_STATE', message: 'The recovery is accepted; it cannot be changed' },
    ],
    [
      'the supplier accepts again',
      () => assertMayAccept({ status: 'accepted' }),
      { code: 'EIGHTD.RECOVERY_STATE', message: 'The recovery is accepted; it cannot be accepted again' },
    ],
    ['the supplier accepts a disputed one', () => assertMayAccept({ status: 'disputed' }), null],
    [
      'the supplier disputes before any exists',
      () => assertMayDispute(null, 'not our lot'),
      { code: 'EIGHTD.NO_RECOVERY', message: 'No cost recovery has been computed for this claim yet' },
    ],
    [
      'the supplier disputes again',
      () => assertMayDispute({ status: 'disputed' }, 'not our lot'),
      { code: 'EIGHTD.RECOVERY_STATE', message: 'The recovery is disputed; it cannot be disputed' },
    ],
    [
      'the supplier disputes an accepted one',
      () => assertMayDispute({ status: 'accepted' }, 'not our lot'),
      { code: 'EIGHTD.RECOVERY_STATE', message: 'The recovery is accepted; it cannot be disputed' },
    ],
    [
      'a reason is checked before anything else',
      () => assertMayDispute(null, ''),
      { code: 'EIGHTD.DISPUTE_REASON_REQUIRED', message: 'A dispute needs a reason' },
    ],
  ] as const)('%s', (_, run, expected) => {
    expect(message(run)).toEqual(expected)
  })
})

describe('warrantyCostLines: exact lines', () => {
  it('splits each paid repair into parts and labour lines, in order', () => {
    const lines = warrantyCostLines([
      {
        repairOrderNo: 'RO-7',
        repairDate: '2026-10-21',
        partCode: 'BLW-2',
        quantity: 2,
        stationLabel: 'D-SH02',
        paidFen: 250_000,
        partsFen: 200_000,
      },
      {
        repairOrderNo: 'RO-8',
        repairDate: '2026-10-22',
        partCode: 'LMP-1',
        quantity: 1,
        stationLabel: 'D-BJ01',
        paidFen: 90_000,
        partsFen: 95_000,
      },
    ])
    expect(lines).toEqual([
      { kind: 'parts', description: 'RO-7 · BLW-2 ×2 · D-SH02 · 2026-10-21', amountFen: 200_000 },
      { kind: 'labour', description: 'RO-7 · BLW-2 ×2 · D-SH02 · 2026-10-21', amountFen: 50_000 },
      { kind: 'parts', description: 'RO-8 · LMP-1 ×1 · D-BJ01 · 2026-10-22', amountFen: 90_000 },
    ])
  })
  it('no paid repairs: no lines', () => {
    expect(warrantyCostLines([])).toEqual([])
  })
  it('property: the lines of a repair sum to what HQ paid, none negative, labour only when positive', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e8 }),
        fc.option(fc.integer({ min: 0, max: 1e8 })),
        (paidFen, partsFen) => {
          const lines = warrantyCostLines([
            {
              repairOrderNo: 'RO',
              repairDate: '2026-01-01',
              partCode: 'P',
              quantity: 1,
              stationLabel: 'S',
              paidFen,
              partsFen,
            },
          ])
          expect(lines.reduce((s, l) => s + l.amountFen, 0)).toBe(paidFen)
          expect(lines[0]).toMatchObject({ kind: 'parts', amountFen: Math.min(partsFen ?? paidFen, paidFen) })
          expect(lines.length).toBe(partsFen !== null && partsFen < paidFen ? 2 : 1)
          for (const l of lines.slice(1)) expect(l).toMatchObject({ kind: 'labour' })
          for (const l of lines) expect(l.amountFen).toBeGreaterThanOrEqual(0)
        },
      ),
    )
  })
})
