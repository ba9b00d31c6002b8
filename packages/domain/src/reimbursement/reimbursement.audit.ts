import type { ReimbursementLine } from './reimbursement.entity'
import { lineSettled, reasonRequired, reasonTextRequired } from './reimbursement.errors'
import type { ReimbursementAuditReason, ReimbursementDecision } from './reimbursement.vocabulary'

export type LineDecisionInput = {
  decision: ReimbursementDecision
  amountFen?: number
  reasonCode?: ReimbursementAuditReason
  reasonText?: string
}

export type DecisionFields = Pick<
  ReimbursementLine,
  'decision' | 'approvedFen' | 'reasonCode' | 'reasonText' | 'decidedBy' | 'decidedAt'
>

/**
 * HQ's decision on one line. Approve pays the claimed amount; reject pays nothing and needs a reason;
 * adjust pays HQ's figure and needs a reason; "other" needs words. A settled line never changes.
 */
export function decideLine(
  line: Pick<ReimbursementLine, 'claimedFen' | 'settlementId'>,
  input: LineDecisionInput,
  by: string,
  now: Date,
): DecisionFields {
  if (line.settlementId) throw lineSettled()
  const reasonText = input.reasonText?.trim() || null
  if (input.decision !== 'approved' && !input.reasonCode) throw reasonRequired()
  if (input.reasonCode === 'other' && !reasonText) throw reasonTextRequired()
  const approvedFen =
    input.decision === 'approved' ? line.claimedFen : input.decision === 'rejected' ? 0 : input.amountFen!
  if (!Number.isInteger(approvedFen) || approvedFen < 0) throw new RangeError('amount must be whole fen ≥ 0')
  return {
    decision: input.decision,
    approvedFen,
    reasonCode: input.reasonCode ?? null,
    reasonText,
    decidedBy: by,
    decidedAt: now,
  }
}
