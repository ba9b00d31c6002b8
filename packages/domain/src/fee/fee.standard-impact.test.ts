import { describe, expect, it } from 'vitest'
import { priceRepair } from './fee.engine'
import { type OpenQuote, standardImpact } from './fee.impact'
import type { RepairInput } from './fee.repair'
import { selectRulesInForce } from './fee.rules'
import { repair, standard, versions } from './fee.test-fixtures'

const approved = versions()
const pending = versions({ standards: [standard({ status: 'proposed' })] })
const quote = (id: string, r: RepairInput, v = approved): OpenQuote => {
  const rules = selectRulesInForce(v, r.repairDate, 'H5')
  return { id, number: `Q-${id}`, repair: r, rules, current: priceRepair(r, rules) }
}
// Out of warranty after 2027-06-20 (purchased 2024-06-20, 36 months); 2 h of labour at 80 yuan.
const outLabour = (repairDate: string) => repair({ repairDate, parts: [], labour: [{ hours: 2 }] })
const inLabour = (repairDate: string) => repair({ repairDate, parts: [], labour: [{ hours: 2 }] })
const row = (q: ReturnType<typeof standardImpact>['quotes'][number]) => [
  q.quoteId,
  q.number,
  q.repairDate,
  q.applies,
  q.before.customerChargeFen,
  q.before.dealerReimbursementFen,
  q.after.customerChargeFen,
  q.after.dealerReimbursementFen,
  q.deltaCustomerFen,
  q.deltaReimbursementFen,
  q.becomesChargeable,
  q.errorCode,
]

describe('what approving a proposed standard would do to the open quotes', () => {
  it('each quote re-priced from the day it takes effect; what it changes is counted', () => {
    const proposed = standard({ seq: 2, labourRateFen: 10_000, status: 'proposed', extras: [] })
    const out = standardImpact(
      [
        quote('before', outLabour('2026-11-30')),
        quote('on-the-day', outLabour('2027-07-01')),
        quote('in-warranty', inLabour('2026-12-15')),
        quote(
          'same-rate',
          outLabour('2027-08-01'),
          versions({ standards: [standard({ labourRateFen: 10_000 })] }),
        ),
        quote(
          'pending',
          outLabour('2027-09-01'),
          versions({ standards: [standard({ status: 'proposed', labourRateFen: 10_000 })] }),
        ),
        quote(
          'extra',
          repair({ repairDate: '2027-07-02', parts: [], extras: [{ code: 'WASH', quantity: 1 }] }),
        ),
      ],
      proposed,
      '2026-12-01',
    )
    expect(out.quotes.map(row)).toEqual([
      ['before', 'Q-before', '2026-11-30', false, 0, 16_000, 0, 16_000, 0, 0, false, null],
      ['on-the-day', 'Q-on-the-day', '2027-07-01', true, 16_000, 0, 20_000, 0, 4000, 0, false, null],
      ['in-warranty', 'Q-in-warranty', '2026-12-15', true, 0, 16_000, 0, 20_000, 0, 4000, false, null],
      ['same-rate', 'Q-same-rate', '2027-08-01', true, 20_000, 0, 20_000, 0, 0, 0, false, null],
      ['pending', 'Q-pending', '2027-09-01', true, 20_000, 0, 20_000, 0, 0, 0, true, null],
      ['extra', 'Q-extra', '2027-07-02', true, 3000, 0, 3000, 0, 0, 0, false, 'FEE.UNKNOWN_EXTRA'],
    ])
    expect([out.affected, out.deltaCustomerFen, out.deltaReimbursementFen]).toEqual([3, 4000, 4000])
  })

  it('a quote dated exactly on the effective day is re-priced', () => {
    const out = standardImpact(
      [quote('a', outLabour('2027-07-01'))],
      standard({ labourRateFen: 9000 }),
      '2027-07-01',
    )
    expect(out.quotes[0]).toMatchObject({ applies: true, deltaCustomerFen: 2000 })
  })

  it('the reimbursement differences of several quotes add up', () => {
    const out = standardImpact(
      [quote('a', inLabour('2026-12-15')), quote('b', inLabour('2027-01-15'))],
      standard({ labourRateFen: 9000 }),
      '2026-12-01',
    )
    expect([out.affected, out.deltaCustomerFen, out.deltaReimbursementFen]).toEqual([2, 0, 4000])
  })

  it('only a rule failure is reported per quote; a broken snapshot is not swallowed', () => {
    const q = quote('a', outLabour('2027-07-01'), pending)
    const broken = {
      ...q,
      rules: { ...q.rules, parts: undefined as never },
      repair: repair({ repairDate: '2027-07-01' }),
    }
    expect(() => standardImpact([broken], standard(), '2026-12-01')).toThrow(TypeError)
  })
})
