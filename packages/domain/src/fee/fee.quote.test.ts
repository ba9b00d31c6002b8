import { describe, expect, it } from 'vitest'
import { priceRepair } from './fee.engine'
import { customerQuoteView, type FeeQuote } from './fee.quote'
import { selectRulesInForce } from './fee.rules'
import { repair, versions } from './fee.test-fixtures'

const r = repair({ repairDate: '2027-07-01', labour: [{ hours: 1.5, partCode: null, description: null }] })
const priced = priceRepair(r, selectRulesInForce(versions(), r.repairDate, r.productLineCode))
const quote = (q: Partial<FeeQuote> = {}): FeeQuote => ({
  id: 'q-1',
  number: 'BJ-Q-0001',
  dealerId: 'dealer-1',
  customerId: 'c-1',
  vin: 'LHX5A1234N0000001',
  repair: r,
  priced,
  status: 'open',
  customerChargeFen: priced.totals.customerChargeFen,
  dealerReimbursementFen: priced.totals.dealerReimbursementFen,
  unapprovedStandard: false,
  createdBy: 'bj.staff',
  createdAt: new Date('2027-07-01T02:00:00Z'),
  finalisedAt: null,
  version: 1,
  ...q,
})

describe("the customer's view of a quote: each charge with its reason, no costs or reimbursements", () => {
  it('shows exactly the customer fields of the quote and its lines', () => {
    const { lines, ...view } = customerQuoteView(quote())
    expect(view).toEqual({
      id: 'q-1',
      number: 'BJ-Q-0001',
      status: 'open',
      repairDate: '2027-07-01',
      vin: 'LHX5A1234N0000001',
      totalFen: 110_000,
      pendingApproval: false,
      createdAt: new Date('2027-07-01T02:00:00Z'),
    })
    // Each line: kind, description, quantity, in warranty, reason, charge, old part to return; nothing else.
    expect(lines.map((l) => Object.keys(l).join(' '))).toEqual(
      Array(2).fill('kind description quantity inWarranty reason chargeFen oldPartReturnRequired'),
    )
    expect(
      lines.map((l) => [
        l.kind,
        l.description.en,
        l.quantity,
        l.inWarranty,
        l.chargeFen,
        l.oldPartReturnRequired,
      ]),
    ).toEqual([
      ['part', 'Headlamp assembly', 1, false, 98_000, false],
      ['labour', 'Labour', 1.5, false, 12_000, false],
    ])
    expect(lines.map((l) => l.reason)).toEqual(priced.lines.map((l) => l.reason))
    expect(lines.map((l) => l.description)).toEqual(priced.lines.map((l) => l.description))
    expect(lines[0]!.reason.code).toBe('OUT_BY_MONTHS')
    expect(lines[0]!.reason.zh).toContain('已超过36个月保修期')
  })

  it.each([
    [true, true],
    [false, false],
  ])('waiting for approval of the standard (%s) is shown as pending (%s)', (unapproved, pending) => {
    expect(customerQuoteView(quote({ unapprovedStandard: unapproved })).pendingApproval).toBe(pending)
  })

  it('carries the final status and no VIN when there is none', () => {
    const v = customerQuoteView(quote({ status: 'final', vin: null }))
    expect([v.status, v.vin]).toEqual(['final', null])
  })
})
