import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { claimLineImpact, type UnsubmittedClaimLine } from './fee.impact'

const line = (over: Partial<UnsubmittedClaimLine> = {}): UnsubmittedClaimLine => ({
  lineId: 'l1',
  period: '2026-11',
  repairOrderNo: 'RO-1',
  partCode: 'X7HL001',
  repairDate: '2026-11-20',
  labourHours: 1.5,
  inWarranty: true,
  labourFen: 12_000, // 1.5 h at ¥80
  ...over,
})

describe('claimLineImpact: a proposed standard against the station unsubmitted claim lines', () => {
  it.each([
    // [case, line, proposed rate, effective from, after labour, delta]
    ['repaired before it takes effect: unchanged', line(), 10_000, '2026-11-26', 12_000, 0],
    [
      'repaired on the day it takes effect: new rate',
      line({ repairDate: '2026-11-26' }),
      10_000,
      '2026-11-26',
      15_000,
      3_000,
    ],
    ['repaired after: new rate', line({ repairDate: '2026-11-27' }), 6_000, '2026-11-26', 9_000, -3_000],
    [
      'out of warranty: HQ pays no labour either way',
      line({ repairDate: '2026-11-27', inWarranty: false, labourFen: 0 }),
      10_000,
      '2026-11-26',
      0,
      0,
    ],
    [
      'rounding half-up to the fen: 0.33 h × ¥80.05',
      line({ repairDate: '2026-11-27', labourHours: 0.33, labourFen: 0 }),
      8_005,
      '2026-11-26',
      2_642,
      2_642,
    ],
  ])('%s', (_, l, rate, from, after, delta) => {
    const out = claimLineImpact([l], { labourRateFen: rate }, from)
    expect(out.lines[0]!.afterLabourFen).toBe(after)
    expect(out.lines[0]!.deltaReimbursementFen).toBe(delta)
    expect(out.affected).toBe(delta === 0 ? 0 : 1)
    expect(out.deltaReimbursementFen).toBe(delta)
  })

  it('never touches a line repaired before the standard takes effect (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 200_000 }),
        fc.integer({ min: 0, max: 2000 }),
        (day, rate, hundredths) => {
          const repairDate = `2026-11-${String(day).padStart(2, '0')}`
          const out = claimLineImpact(
            [line({ repairDate, labourHours: hundredths / 100 })],
            { labourRateFen: rate },
            '2026-11-29',
          )
          return out.affected === 0 && out.deltaReimbursementFen === 0
        },
      ),
    )
  })
})
