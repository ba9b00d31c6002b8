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
