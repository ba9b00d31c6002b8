import type { LedgerCauseType } from './reimbursement.vocabulary'

/**
 * The dealer account (经销商往来账) kept as double entry: every entry moves one amount from a debit
 * account to a credit account, so the books always balance. A dealer's balance is the sum of its
 * entries: credits (HQ owes the dealer) minus debits (the dealer owes HQ).
 */
export const dealerAccount = (dealerId: string) => `dealer:${dealerId}`
export const HQ_WARRANTY_EXPENSE = 'hq:warranty_expense'
export const HQ_OLD_PART_DEDUCTIONS = 'hq:old_part_deductions'
export const HQ_PARTS_CLEARING = 'hq:parts_clearing'
export const HQ_CORRECTIONS = 'hq:reimbursement_corrections'

export type DealerLedgerEntryDraft = {
  /** `${causeType}:${causeId}`: unique in the ledger, so a cause is posted once. */
  key: string
  causeType: LedgerCauseType
  causeId: string
  dealerId: string
  debitAccount: string
  creditAccount: string
  /** Always positive; the direction is in the accounts. */
  amountFen: number
  memo: string
}

export type DealerLedgerEntry = DealerLedgerEntryDraft & {
  id: string
  settlementId: string | null
  postedAt: Date
  postedBy: string
}

export const causeKey = (causeType: LedgerCauseType, causeId: string) => `${causeType}:${causeId}`

/** The signed effect of an entry on an account: + credit, − debit, 0 when it does not touch it. */
export function effectOn(
  e: Pick<DealerLedgerEntryDraft, 'debitAccount' | 'creditAccount' | 'amountFen'>,
  account: string,
) {
  return (e.creditAccount === account ? e.amountFen : 0) - (e.debitAccount === account ? e.amountFen : 0)
}

export const balanceOf = (
  entries: readonly Pick<DealerLedgerEntryDraft, 'debitAccount' | 'creditAccount' | 'amountFen'>[],
  account: string,
) => entries.reduce((s, e) => s + effectOn(e, account), 0)

/**
 * A correction is a new entry, never an edit: positive credits the dealer (from HQ's corrections
 * account), negative debits it. Zero moves nothing and is refused (an entry's amount is always
 * positive; the ledger's table refuses 0), as is a fraction of a fen.
 */
export function correctionEntry(
  dealerId: string,
  correctionId: string,
  amountFen: number,
  memo: string,
): DealerLedgerEntryDraft {
  const toDealer = amountFen > 0
  const fromDealer = amountFen < 0
  if (toDealer === fromDealer || !Number.isInteger(amountFen))
    throw new RangeError(`a correction must be whole fen other than 0, not ${amountFen}`)
  const dealer = dealerAccount(dealerId)
  return {
    key: causeKey('correction', correctionId),
    causeType: 'correction',
    causeId: correctionId,
    dealerId,
    debitAccount: toDealer ? HQ_CORRECTIONS : dealer,
    creditAccount: toDealer ? dealer : HQ_CORRECTIONS,
    amountFen: Math.abs(amountFen),
    memo,
  }
}
