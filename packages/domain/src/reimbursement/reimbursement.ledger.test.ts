import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  balanceOf,
  correctionEntry,
  dealerAccount,
  HQ_CORRECTIONS,
  HQ_OLD_PART_DEDUCTIONS,
  HQ_PARTS_CLEARING,
  HQ_WARRANTY_EXPENSE,
} from './reimbursement.ledger'

describe('the accounts of the dealer ledger', () => {
  it.each([
    ['a dealer', dealerAccount('0b5f3c1e'), 'dealer:0b5f3c1e'],
    ['HQ warranty expense', HQ_WARRANTY_EXPENSE, 'hq:warranty_expense'],
    ['HQ old-part deductions', HQ_OLD_PART_DEDUCTIONS, 'hq:old_part_deductions'],
    ['HQ parts clearing', HQ_PARTS_CLEARING, 'hq:parts_clearing'],
    ['HQ corrections', HQ_CORRECTIONS, 'hq:reimbursement_corrections'],
  ])('%s is the account %s', (_n, account, want) => {
    expect(account).toBe(want)
  })
})

describe('a correction', () => {
  it.each([
    [1, HQ_CORRECTIONS, 'dealer:D7', 1],
    [250_000, HQ_CORRECTIONS, 'dealer:D7', 250_000],
    [-1, 'dealer:D7', HQ_CORRECTIONS, 1],
    [-250_000, 'dealer:D7', HQ_CORRECTIONS, 250_000],
  ])('of %i fen debits %s and credits %s with %i fen', (amount, debit, credit, fen) => {
    expect(correctionEntry('D7', 'k9', amount, '补差价')).toEqual({
      key: 'correction:k9',
      causeType: 'correction',
      causeId: 'k9',
      dealerId: 'D7',
      debitAccount: debit,
      creditAccount: credit,
      amountFen: fen,
      memo: '补差价',
    })
  })

  it.each([
    [0, 'a correction must be whole fen other than 0, not 0'],
    [-0, 'a correction must be whole fen other than 0, not 0'],
    [1.5, 'a correction must be whole fen other than 0, not 1.5'],
    [-0.5, 'a correction must be whole fen other than 0, not -0.5'],
    [Number.NaN, 'a correction must be whole fen other than 0, not NaN'],
  ])('of %d fen is refused', (amount, message) => {
    expect(() => correctionEntry('D7', 'k9', amount, '补差价')).toThrow(new RangeError(message))
  })

  it('moves the dealer balance by its amount and the books stay balanced (property)', () => {
    const nonZero = fc.integer({ min: -10_000_000, max: 10_000_000 }).filter((n) => n !== 0)
    fc.assert(
      fc.property(fc.array(nonZero, { maxLength: 20 }), (amounts) => {
        const entries = amounts.map((a, i) => correctionEntry('D7', `k${i}`, a, 'memo'))
        const sum = amounts.reduce((s, a) => s + a, 0)
        expect(balanceOf(entries, dealerAccount('D7'))).toBe(sum)
        expect(balanceOf(entries, HQ_CORRECTIONS) + sum).toBe(0)
        expect(entries.every((e) => e.amountFen > 0)).toBe(true)
      }),
    )
  })
})
