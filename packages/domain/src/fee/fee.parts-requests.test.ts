import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isDomainError } from '../shared/errors'
import { assertDealerPartsRequestStep, suggestedCost } from './fee.parts-requests'
import { DEALER_PARTS_REQUEST_STATUSES, type DealerPartsRequestStatus } from './fee.vocabulary'

/** What a step from → to gives: 'ok', or the error's kind, code and details in one line. */
const step = (from: DealerPartsRequestStatus, to: DealerPartsRequestStatus) => {
  try {
    assertDealerPartsRequestStep(from, to)
    return 'ok'
  } catch (e) {
    if (!isDomainError(e)) throw e
    return `${e.kind} ${e.code} ${e.details?.from}→${e.details?.to}`
  }
}

describe('a dealer parts request moves one step at a time: requested → confirmed → shipped → received', () => {
  it('every pair of statuses, allowed or refused', () => {
    const table = DEALER_PARTS_REQUEST_STATUSES.map((from) =>
      DEALER_PARTS_REQUEST_STATUSES.map((to) => (step(from, to) === 'ok' ? 'ok' : '×')).join(' '),
    )
    // rows: from requested, confirmed, shipped, received; columns: to the same order
    expect(table).toEqual(['× ok × ×', '× × ok ×', '× × × ok', '× × × ×'])
  })

  it.each([
    ['requested', 'shipped'],
    ['received', 'requested'],
    ['shipped', 'shipped'],
  ] as const)('%s → %s is refused as an illegal step, naming both', (from, to) => {
    expect(step(from, to)).toBe(`PRECONDITION DEALER_PARTS_REQUEST.ILLEGAL_STEP ${from}→${to}`)
  })
})

describe("the suggested debit: the lines at the catalogue's cost prices", () => {
  const costs = { 'HL-001': { costFen: 60_000 }, 'BM-001': { costFen: 70_000 } }
  const hl = (quantity: number) => ({ partCode: 'HL-001', quantity })
  it.each([
    ['no lines', [], 0],
    ['one line of one', [hl(1)], 60_000],
    ['one line of three', [hl(3)], 180_000],
    ['two lines', [hl(2), { partCode: 'BM-001', quantity: 1 }], 190_000],
    ['a part without a cost: no suggestion', [{ partCode: 'XX-9', quantity: 1 }], null],
    ['a part without a cost after a priced one', [hl(1), { partCode: 'XX-9', quantity: 1 }], null],
  ] as const)('%s', (_n, lines, fen) => {
    expect(suggestedCost(lines, costs)).toBe(fen)
  })

  it('is the sum of cost × quantity over the lines (property)', () => {
    const line = fc.record({
      cost: fc.integer({ min: 0, max: 1_000_000 }),
      quantity: fc.integer({ min: 1, max: 999 }),
    })
    fc.assert(
      fc.property(fc.array(line, { maxLength: 10 }), (rows) => {
        const lines = rows.map((r, i) => ({ partCode: `P${i}`, quantity: r.quantity }))
        const table = Object.fromEntries(rows.map((r, i) => [`P${i}`, { costFen: r.cost }]))
        expect(suggestedCost(lines, table)).toBe(rows.reduce((s, r) => s + r.cost * r.quantity, 0))
      }),
    )
  })
})
