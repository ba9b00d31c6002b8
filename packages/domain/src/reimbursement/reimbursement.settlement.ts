import {
  causeKey,
  type DealerLedgerEntryDraft,
  dealerAccount,
  HQ_OLD_PART_DEDUCTIONS,
  HQ_PARTS_CLEARING,
  HQ_WARRANTY_EXPENSE,
} from './reimbursement.ledger'

/**
 * What HQ takes back from a dealer at settlement, from the fee context: an old part not reported by
 * its deadline (at the part's out-of-warranty price) or a confirmed parts request (at cost).
 */
export type DeductionLine = {
  causeType: 'old_part' | 'parts_request'
  causeId: string
  amountFen: number
  /** For the statement: e.g. "旧件 OP-2026-0012 (HL-0001 前大灯总成) 逾期未报". */
  description: string
}

/** An approved (or adjusted, or rejected) line of an audited claim, not yet settled. */
export type SettlableLine = {
  id: string
  claimId: string
  period: string
  repairOrderNo: string
  partCode: string
  payableFen: number
}

export type SettlementPlan = {
  dealerId: string
  /** Entries still to post (those whose key is already in the ledger are left out). */
  entries: DealerLedgerEntryDraft[]
  /** Every line that becomes settled, including those that pay nothing (rejected). */
  settledLineIds: string[]
  linesFen: number
  deductionsFen: number
  /** linesFen − deductionsFen: what the dealer's balance moves by. */
  netFen: number
}

/**
 * Plans one dealer's settlement: a credit per paying line (HQ warranty expense → dealer), a debit per
 * deduction (dealer → HQ). Pure and idempotent: given the keys already posted it plans only the rest,
 * so planning again after posting plans nothing.
 */
export function planSettlement(input: {
  dealerId: string
  lines: readonly SettlableLine[]
  deductions: readonly DeductionLine[]
  postedKeys: ReadonlySet<string>
}): SettlementPlan {
  const dealer = dealerAccount(input.dealerId)
  const entries: DealerLedgerEntryDraft[] = []
  const seen = new Set<string>(input.postedKeys)
  const settledLineIds: string[] = []
  let linesFen = 0
  let deductionsFen = 0
  for (const l of input.lines) {
    if (l.payableFen < 0 || !Number.isInteger(l.payableFen))
      throw new RangeError(`bad amount on line ${l.id}`)
    const key = causeKey('claim_line', l.id)
    if (seen.has(key)) continue
    seen.add(key)
    settledLineIds.push(l.id)
    if (l.payableFen === 0) continue
    linesFen += l.payableFen
    entries.push({
      key,
      causeType: 'claim_line',
      causeId: l.id,
      dealerId: input.dealerId,
      debitAccount: HQ_WARRANTY_EXPENSE,
      creditAccount: dealer,
      amountFen: l.payableFen,
      memo: `${l.period} ${l.repairOrderNo} ${l.partCode}`,
    })
  }
  for (const d of input.deductions) {
    if (d.amountFen <= 0 || !Number.isInteger(d.amountFen)) continue
    const key = causeKey(d.causeType, d.causeId)
    if (seen.has(key)) continue
    seen.add(key)
    deductionsFen += d.amountFen
    entries.push({
      key,
      causeType: d.causeType,
      causeId: d.causeId,
      dealerId: input.dealerId,
      debitAccount: dealer,
      creditAccount: d.causeType === 'old_part' ? HQ_OLD_PART_DEDUCTIONS : HQ_PARTS_CLEARING,
      amountFen: d.amountFen,
      memo: d.description,
    })
  }
  return {
    dealerId: input.dealerId,
    entries,
    settledLineIds,
    linesFen,
    deductionsFen,
    netFen: linesFen - deductionsFen,
  }
}

/** A statement number: ST-<period>-<dealer code>, one per (period, dealer). */
export const statementNumber = (period: string, dealerCode: string) => `ST-${period}-${dealerCode}`
