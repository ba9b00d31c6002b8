import { describe, expect, it } from 'vitest'
import { priceRepair } from './fee.engine'
import { standardImpact } from './fee.impact'
import { selectRulesInForce } from './fee.rules'
import { proposeStandardInput } from './fee.schema'
import { approvalEffectiveFrom, decideStandard } from './fee.standard'
import { repair, standard, versions } from './fee.test-fixtures'

const proposal = { clientRequestId: '8a1f7f3e-3c1b-4b8a-9d1e-1f2a3b4c5d6e', effectiveFrom: '2026-12-01' }

describe('a proposed fee standard', () => {
  it.each([
    ['a sane standard', 12_000, 5000, true],
    ['the highest labour rate allowed (2 000 yuan/h)', 200_000, 0, true],
    ['a negative labour rate', -100, 5000, false],
    ['a zero labour rate', 0, 5000, false],
    ['an absurd labour rate', 200_001, 5000, false],
    ['a negative call-out fee', 8000, -1, false],
    ['an absurd call-out fee', 8000, 500_001, false],
    ['fractional fen', 8000.5, 5000, false],
  ])('%s is %s', (_, labourRateFen, calloutFeeFen, ok) => {
    expect(proposeStandardInput.safeParse({ ...proposal, labourRateFen, calloutFeeFen }).success).toBe(ok)
  })

  it('refuses negative extras and duplicate extra codes', () => {
    const extra = { code: 'WASH', nameZh: '洗车', priceFen: 3000 }
    const base = { ...proposal, labourRateFen: 8000, calloutFeeFen: 0 }
    expect(proposeStandardInput.safeParse({ ...base, extras: [{ ...extra, priceFen: -1 }] }).success).toBe(
      false,
    )
    expect(proposeStandardInput.safeParse({ ...base, extras: [extra, extra] }).success).toBe(false)
    expect(proposeStandardInput.safeParse({ ...base, extras: [extra] }).success).toBe(true)
  })
})

describe("HQ's decision", () => {
  const at = new Date('2026-11-24T02:00:00Z')
  it.each([
    ['a future date is kept', '2026-12-01', '2026-11-24', '2026-12-01'],
    ['a past date moves to the approval day: no reaching back', '2026-11-01', '2026-11-24', '2026-11-24'],
    ['today stays today', '2026-11-24', '2026-11-24', '2026-11-24'],
  ])('%s', (_, proposed, today, effective) => {
    expect(approvalEffectiveFrom(proposed, today)).toBe(effective)
    const patch = decideStandard(
      { status: 'proposed', effectiveFrom: proposed },
      { approve: true, note: null, by: 'admin', at, today },
    )
    expect(patch).toMatchObject({ status: 'approved', effectiveFrom: effective, decidedBy: 'admin' })
  })
  it('rejects, and refuses a second decision', () => {
    const d = { approve: false, note: '过高', by: 'admin', at, today: '2026-11-24' }
    expect(decideStandard({ status: 'proposed', effectiveFrom: '2026-12-01' }, d).status).toBe('rejected')
    expect(() => decideStandard({ status: 'approved', effectiveFrom: '2026-12-01' }, d)).toThrow(
      expect.objectContaining({ code: 'FEE.STANDARD_DECIDED' }),
    )
  })
})

describe('the impact of a proposal on open quotes', () => {
  const v = versions({ standards: [standard({ status: 'proposed' })] })
  const quote = (id: string, repairDate: string) => {
    const r = repair({ repairDate, labour: [{ hours: 2 }] })
    const rules = selectRulesInForce(v, repairDate, 'H5')
    return { id, number: `Q-${id}`, repair: r, rules, current: priceRepair(r, rules) }
  }
  it('re-prices each quote dated on or after the effective date and totals the difference', () => {
    const proposed = standard({ seq: 2, labourRateFen: 10_000, status: 'proposed' })
    const out = standardImpact(
      [quote('a', '2028-01-01'), quote('b', '2025-01-01'), quote('c', '2026-11-01')],
      proposed,
      '2026-12-01',
    )
    expect(
      out.quotes.map((q) => [
        q.quoteId,
        q.applies,
        q.deltaCustomerFen,
        q.deltaReimbursementFen,
        q.becomesChargeable,
      ]),
    ).toEqual([
      ['a', true, 4000, 0, true], // out of warranty: the customer pays 2 h × 20 yuan more
      ['b', false, 0, 0, false], // before the effective date
      ['c', false, 0, 0, false],
    ])
    expect(out).toMatchObject({ affected: 1, deltaCustomerFen: 4000, deltaReimbursementFen: 0 })
  })
  it('in-warranty quotes change what HQ reimburses, not what the customer pays', () => {
    const proposed = standard({ seq: 2, labourRateFen: 9000 })
    const out = standardImpact([quote('a', '2027-01-01')], proposed, '2026-12-01')
    expect(out.quotes[0]).toMatchObject({ deltaCustomerFen: 0, deltaReimbursementFen: 2000 })
  })
  it('names the quotes the new standard cannot price', () => {
    const r = repair({ repairDate: '2028-01-01', extras: [{ code: 'WASH', quantity: 1 }] })
    const rules = selectRulesInForce(v, r.repairDate, 'H5')
    const q = { id: 'x', number: 'Q-x', repair: r, rules, current: priceRepair(r, rules) }
    const out = standardImpact([q], standard({ seq: 2, extras: [] }), '2026-12-01')
    expect(out.quotes[0]!.errorCode).toBe('FEE.UNKNOWN_EXTRA')
  })
})
