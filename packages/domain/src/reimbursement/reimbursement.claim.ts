import type { ReimbursementClaim, ReimbursementLine } from './reimbursement.entity'
import {
  cannotWithdraw,
  claimNotDraft,
  deadlinePassed,
  emptyClaim,
  futurePeriod,
  linesHaveProblems,
  notAuditable,
} from './reimbursement.errors'
import { isFuturePeriod, submissionDeadline } from './reimbursement.period'
import type { LineProblem } from './reimbursement.validation'
import { problemsOnly } from './reimbursement.validation'
import type { ReimbursementStatus } from './reimbursement.vocabulary'

/** Until HQ sets its own: claims for month P are due by the end of the 10th of P+1. */
export const DEFAULT_SUBMISSION_DEADLINE_DAY = 10

/**
 * The claim's life: draft → submitted (before HQ's deadline) → withdrawn back to draft, or
 * under_audit (HQ's first decision) → audited (every line decided) → settled. Each function checks
 * the transition and returns the new status; the repository applies it with the version check.
 */
export function assertPeriodOpen(period: string, now: Date): void {
  if (isFuturePeriod(period, now)) throw futurePeriod()
}

export function assertDraft(c: Pick<ReimbursementClaim, 'status'>): void {
  if (c.status !== 'draft') throw claimNotDraft()
}

export function submitReimbursement(
  c: Pick<ReimbursementClaim, 'status' | 'period'>,
  validation: { lineId: string; problems: LineProblem[] }[],
  deadlineDay: number,
  now: Date,
): ReimbursementStatus {
  assertDraft(c)
  assertPeriodOpen(c.period, now)
  const deadline = submissionDeadline(c.period, deadlineDay)
  if (now.getTime() >= deadline.getTime()) throw deadlinePassed(deadline)
  if (validation.length === 0) throw emptyClaim()
  const bad = problemsOnly(validation)
  if (bad.length > 0) throw linesHaveProblems(bad)
  return 'submitted'
}

/** A dealer may withdraw a submitted claim until HQ has made its first decision. */
export function withdrawReimbursement(c: Pick<ReimbursementClaim, 'status'>): ReimbursementStatus {
  if (c.status !== 'submitted') throw cannotWithdraw()
  return 'draft'
}

export const AUDITABLE_STATUSES: readonly ReimbursementStatus[] = ['submitted', 'under_audit', 'audited']

export function assertAuditable(c: Pick<ReimbursementClaim, 'status'>): void {
  if (!AUDITABLE_STATUSES.includes(c.status)) throw notAuditable()
}

/** After a decision: audited once every line has one, under audit before. */
export function statusAfterDecisions(
  lines: readonly Pick<ReimbursementLine, 'decision'>[],
): ReimbursementStatus {
  return lines.length > 0 && lines.every((l) => l.decision !== null) ? 'audited' : 'under_audit'
}
