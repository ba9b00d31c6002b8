import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DomainError } from '../shared/errors'
import { decideLine } from './reimbursement.audit'
import { payableFen, type ReimbursementLine, reimbursementTotals } from './reimbursement.entity'
import {
  balanceOf,
  dealerAccount,
  HQ_OLD_PART_DEDUCTIONS,
  HQ_PARTS_CLEARING,
  HQ_WARRANTY_EXPENSE,
} from './reimbursement.ledger'
import {
  type DeductionLine,
  planSettlement,
  type SettlableLine,
  statementNumber,
} from './reimbursement.settlement'

const at = new Date('2026-12-03T01:00:00Z')
const code = (f: () => unknown) => {
  try {
    f()
    return 'OK'
  } catch (e) {
    return e instanceof DomainError ? e.code : String(e)
  }
}

describe('HQ decisions on a line', () => {
  const line = { claimedFen: 20000, settlementId: null }
  it.each<[string, Parameters<typeof decideLine>[1], string, number | null]>([
    ['approve', { decision: 'approved' }, 'OK', 20000],
    ['reject with a reason', { decision: 'rejected', reasonCode: 'not_in_warranty' }, 'OK', 0],
    ['reject without a reason', { decision: 'rejected' }, 'REIMBURSEMENT.REASON_REQUIRED', null],
    [
      'reject as "other" without words',
      { decision: 'rejected', reasonCode: 'other', reasonText: '  ' },
      'REIMBURSEMENT.REASON_TEXT_REQUIRED',
      null,
    ],
    [
      'reject as "other" with words',
      { decision: 'rejected', reasonCode: 'other', reasonText: '发票不清' },
      'OK',
      0,
    ],
    [
      'adjust with a reason',
      { decision: 'adjusted', amountFen: 15000, reasonCode: 'labour_excessive' },
      'OK',
      15000,
    ],
    [
      'adjust without a reason',
      { decision: 'adjusted', amountFen: 15000 },
      'REIMBURSEMENT.REASON_REQUIRED',
      null,
    ],
    ['adjust to nothing', { decision: 'adjusted', amountFen: 0, reasonCode: 'price_mismatch' }, 'OK', 0],
  ])('%s', (_n, input, want, approved) => {
    expect(code(() => decideLine(line, input, 'u1', at))).toBe(want)
    if (want === 'OK') expect(decideLine(line, input, 'u1', at).approvedFen).toBe(approved)
  })
  it('never changes a settled line', () => {
    expect(
      code(() => decideLine({ claimedFen: 1, settlementId: 's1' }, { decision: 'approved' }, 'u1', at)),
    ).toBe('REIMBURSEMENT.LINE_SETTLED')
  })
  it.each<[string, Parameters<typeof decideLine>[1], ReturnType<typeof decideLine>]>([
    [
      'an approval keeps no reason',
      { decision: 'approved' },
      {
        decision: 'approved',
        approvedFen: 20000,
        reasonCode: null,
        reasonText: null,
        decidedBy: 'u1',
        decidedAt: at,
      },
    ],
    [
      'a rejection keeps its reason and trimmed words',
      { decision: 'rejected', reasonCode: 'duplicate', reasonText: ' 上月已报 ' },
      {
        decision: 'rejected',
        approvedFen: 0,
        reasonCode: 'duplicate',
        reasonText: '上月已报',
        decidedBy: 'u1',
        decidedAt: at,
      },
    ],
    [
      'an adjustment keeps its reason, blank words are none',
      { decision: 'adjusted', amountFen: 12345, reasonCode: 'labour_excessive', reasonText: '  ' },
      {
        decision: 'adjusted',
        approvedFen: 12345,
        reasonCode: 'labour_excessive',
        reasonText: null,
        decidedBy: 'u1',
        decidedAt: at,
      },
    ],
  ])('%s', (_n, input, want) => {
    expect(decideLine({ claimedFen: 20000, settlementId: null }, input, 'u1', at)).toEqual(want)
  })
  it.each([-1, 1.5, Number.NaN])('refuses an adjustment to %d fen', (amountFen) => {
    expect(() =>
      decideLine(
        { claimedFen: 20000, settlementId: null },
        { decision: 'adjusted', amountFen, reasonCode: 'price_mismatch' },
        'u1',
        at,
      ),
    ).toThrow(new RangeError('amount must be whole fen ≥ 0'))
  })
  it.each([
    ['approved', 500, null, 500],
    ['adjusted', 500, 300, 300],
    ['rejected', 500, 0, 0],
    [null, 500, null, 0],
    // a rejected or undecided line pays nothing, whatever figure it carries
    ['rejected', 500, 300, 0],
    [null, 500, 300, 0],
  ] as const)('a %s line of %i fen pays %i', (decision, claimedFen, approvedFen, want) => {
    expect(payableFen({ decision, claimedFen, approvedFen })).toBe(want)
  })
})

const line = (i: number, payableFen: number): SettlableLine => ({
  id: `l${i}`,
  claimId: 'c1',
  period: '2026-11',
  repairOrderNo: `RO-${i}`,
  partCode: 'HL-001',
  payableFen,
})
const deduction = (
  i: number,
  amountFen: number,
  causeType: DeductionLine['causeType'] = 'old_part',
): DeductionLine => ({
  causeType,
  causeId: `d${i}`,
  amountFen,
  description: `deduction ${i}`,
})

describe('settlement plan', () => {
  it('credits the dealer for each paying line and debits it for each deduction', () => {
    const plan = planSettlement({
      dealerId: 'D',
      lines: [line(1, 10000), line(2, 0), line(3, 2500)],
      deductions: [deduction(1, 3000), deduction(2, 1200, 'parts_request')],
      postedKeys: new Set(),
    })
    expect(plan.linesFen).toBe(12500)
    expect(plan.deductionsFen).toBe(4200)
    expect(plan.netFen).toBe(8300)
    expect(plan.settledLineIds).toEqual(['l1', 'l2', 'l3'])
    expect(plan.entries.map((e) => [e.key, e.debitAccount, e.creditAccount, e.amountFen])).toEqual([
      ['claim_line:l1', HQ_WARRANTY_EXPENSE, dealerAccount('D'), 10000],
      ['claim_line:l3', HQ_WARRANTY_EXPENSE, dealerAccount('D'), 2500],
      ['old_part:d1', dealerAccount('D'), HQ_OLD_PART_DEDUCTIONS, 3000],
      ['parts_request:d2', dealerAccount('D'), HQ_PARTS_CLEARING, 1200],
    ])
    expect(balanceOf(plan.entries, dealerAccount('D'))).toBe(8300)
  })

  it('leaves out what is posted already and a cause listed twice', () => {
    const plan = planSettlement({
      dealerId: 'D',
      lines: [line(1, 100), line(1, 100), line(2, 200)],
      deductions: [deduction(1, 50), deduction(1, 50)],
      postedKeys: new Set(['claim_line:l2']),
    })
    expect(plan.entries.map((e) => e.key)).toEqual(['claim_line:l1', 'old_part:d1'])
    expect(plan.netFen).toBe(50)
  })

  it.each([-1, 0.5, Number.NaN])('refuses a line amount of %d fen', (fen) => {
    expect(() =>
      planSettlement({ dealerId: 'D', lines: [line(1, fen)], deductions: [], postedKeys: new Set() }),
    ).toThrow(new RangeError('bad amount on line l1'))
  })

  it('writes each entry in full: cause, dealer, accounts, amount and memo', () => {
    const plan = planSettlement({
      dealerId: 'D',
      lines: [line(1, 10000)],
      deductions: [deduction(1, 3000), deduction(2, 1200, 'parts_request')],
      postedKeys: new Set(),
    })
    expect(plan.entries).toEqual([
      {
        key: 'claim_line:l1',
        causeType: 'claim_line',
        causeId: 'l1',
        dealerId: 'D',
        debitAccount: HQ_WARRANTY_EXPENSE,
        creditAccount: 'dealer:D',
        amountFen: 10000,
        memo: '2026-11 RO-1 HL-001',
      },
      {
        key: 'old_part:d1',
        causeType: 'old_part',
        causeId: 'd1',
        dealerId: 'D',
        debitAccount: 'dealer:D',
        creditAccount: HQ_OLD_PART_DEDUCTIONS,
        amountFen: 3000,
        memo: 'deduction 1',
      },
      {
        key: 'parts_request:d2',
        causeType: 'parts_request',
        causeId: 'd2',
        dealerId: 'D',
        debitAccount: 'dealer:D',
        creditAccount: HQ_PARTS_CLEARING,
        amountFen: 1200,
        memo: 'deduction 2',
      },
    ])
  })

  it.each([0, -300, 2.5, Number.NaN])('leaves out a deduction of %d fen', (fen) => {
    const plan = planSettlement({
      dealerId: 'D',
      lines: [line(1, 10000)],
      deductions: [deduction(1, fen), deduction(2, 700, 'parts_request')],
      postedKeys: new Set(),
    })
    expect(plan.entries.map((e) => e.key)).toEqual(['claim_line:l1', 'parts_request:d2'])
    expect([plan.linesFen, plan.deductionsFen, plan.netFen]).toEqual([10000, 700, 9300])
  })

  it.each([
    ['2026-11', 'D001', 'ST-2026-11-D001'],
    ['2027-01', 'SH-PD-02', 'ST-2027-01-SH-PD-02'],
  ])('the statement of %s for dealer %s is numbered %s', (period, dealer, want) => {
    expect(statementNumber(period, dealer)).toBe(want)
  })

  const arbLines = fc
    .uniqueArray(fc.integer({ min: 0, max: 500 }), { maxLength: 30 })
    .chain((ids) =>
      fc.tuple(...ids.map((i) => fc.integer({ min: 0, max: 5_000_000 }).map((f) => line(i, f)))),
    )
  const arbDeductions = fc
    .uniqueArray(fc.integer({ min: 0, max: 500 }), { maxLength: 10 })
    .chain((ids) =>
      fc.tuple(
        ...ids.map((i) =>
          fc
            .tuple(
              fc.integer({ min: 1, max: 1_000_000 }),
              fc.constantFrom('old_part' as const, 'parts_request' as const),
            )
            .map(([f, t]) => deduction(i, f, t)),
        ),
      ),
    )

  it('net = Σ lines − Σ deductions = the dealer balance change, and the books balance', () => {
    fc.assert(
      fc.property(arbLines, arbDeductions, (lines, deductions) => {
        const plan = planSettlement({ dealerId: 'D', lines, deductions, postedKeys: new Set() })
        const sumLines = lines.reduce((s, l) => s + l.payableFen, 0)
        const sumDeductions = deductions.reduce((s, d) => s + d.amountFen, 0)
        expect(plan.netFen).toBe(sumLines - sumDeductions)
        expect(balanceOf(plan.entries, dealerAccount('D'))).toBe(plan.netFen)
        const accounts = new Set(plan.entries.flatMap((e) => [e.debitAccount, e.creditAccount]))
        expect([...accounts].reduce((s, a) => s + balanceOf(plan.entries, a), 0)).toBe(0)
        expect(plan.entries.every((e) => e.amountFen > 0)).toBe(true)
      }),
    )
  })

  it('is idempotent: planning again with what was posted plans nothing; in two halves posts the same set', () => {
    fc.assert(
      fc.property(arbLines, arbDeductions, fc.nat(), (lines, deductions, cut) => {
        const once = planSettlement({ dealerId: 'D', lines, deductions, postedKeys: new Set() })
        const again = planSettlement({
          dealerId: 'D',
          lines,
          deductions,
          postedKeys: new Set(
            once.entries.map((e) => e.key).concat(once.settledLineIds.map((id) => `claim_line:${id}`)),
          ),
        })
        expect(again.entries).toEqual([])
        expect(again.netFen).toBe(0)
        // A crash after posting the first part: the rerun posts exactly the rest.
        const k = once.entries.length ? cut % once.entries.length : 0
        const first = once.entries.slice(0, k)
        const rest = planSettlement({
          dealerId: 'D',
          lines,
          deductions,
          postedKeys: new Set(first.map((e) => e.key)),
        })
        expect([...first, ...rest.entries].map((e) => e.key).sort()).toEqual(
          once.entries.map((e) => e.key).sort(),
        )
        expect(balanceOf([...first, ...rest.entries], dealerAccount('D'))).toBe(once.netFen)
      }),
    )
  })
})

describe('claim totals', () => {
  it('claim totals add up the lines', () => {
    const base = { problems: [], approvedFen: null, decision: null } as unknown as ReimbursementLine
    const lines = [
      { ...base, claimedFen: 100, decision: 'approved' },
      { ...base, claimedFen: 200, decision: 'adjusted', approvedFen: 150 },
      { ...base, claimedFen: 300, decision: 'rejected', approvedFen: 0 },
      { ...base, claimedFen: 400, problems: [{ code: 'BAD_QUANTITY' }] },
    ] as ReimbursementLine[]
    expect(reimbursementTotals(lines)).toEqual({
      lines: 4,
      claimedFen: 1000,
      decided: 3,
      approvedFen: 250,
      rejected: 1,
      problems: 1,
    })
  })
})
