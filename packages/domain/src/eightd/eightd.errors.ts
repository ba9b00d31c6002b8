import { DomainError } from '../shared/errors'

/** The 8D context's expected failures, each with a stable code and a readable message. */
export const eightdErrors = {
  outOfOrder: (step: string, missing: string[]) =>
    new DomainError(
      'CONFLICT',
      'EIGHTD.OUT_OF_ORDER',
      `${step} can be submitted only after ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} approved`,
      { field: 'step', details: { missing } },
    ),
  locked: (step: string) =>
    new DomainError('CONFLICT', 'EIGHTD.STEP_LOCKED', `${step} is approved and can no longer be changed`, {
      field: 'step',
    }),
  underReview: (step: string) =>
    new DomainError(
      'CONFLICT',
      'EIGHTD.STEP_UNDER_REVIEW',
      `${step} is waiting for HQ review; it can be changed again if HQ requests changes`,
      { field: 'step' },
    ),
  notReviewable: (step: string, status: string) =>
    new DomainError('CONFLICT', 'EIGHTD.NOT_UNDER_REVIEW', `${step} is ${status}, not waiting for review`, {
      field: 'step',
    }),
  notSubmittable: (step: string, status: string) =>
    new DomainError(
      'CONFLICT',
      'EIGHTD.NOT_SUBMITTABLE',
      `${step} is ${status} and cannot be submitted now`,
      {
        field: 'step',
      },
    ),
  commentRequired: () =>
    new DomainError('BAD_INPUT', 'EIGHTD.COMMENT_REQUIRED', 'Say what must change when requesting changes', {
      field: 'comment',
    }),
  incomplete: (step: string, path: string, message: string) =>
    new DomainError('BAD_INPUT', 'EIGHTD.STEP_INCOMPLETE', `${step} is not complete: ${path}: ${message}`, {
      field: path ? `content.${path}` : 'content',
    }),
  closed: () => new DomainError('CONFLICT', 'EIGHTD.CLOSED', 'This 8D claim is closed'),
  disputeReasonRequired: () =>
    new DomainError('BAD_INPUT', 'EIGHTD.DISPUTE_REASON_REQUIRED', 'A dispute needs a reason', {
      field: 'reason',
    }),
  amountNegative: () =>
    new DomainError('BAD_INPUT', 'EIGHTD.AMOUNT_NEGATIVE', 'The amount must not be negative', {
      field: 'amountFen',
    }),
  amountAboveCost: (computedFen: number) =>
    new DomainError(
      'BAD_INPUT',
      'EIGHTD.AMOUNT_ABOVE_COST',
      `The amount may not exceed the computed cost (${computedFen} fen)`,
      { field: 'amountFen', details: { computedFen } },
    ),
  recoveryMissing: () =>
    new DomainError(
      'CONFLICT',
      'EIGHTD.NO_RECOVERY',
      'No cost recovery has been computed for this claim yet',
    ),
  recoveryState: (status: string, action: string) =>
    new DomainError('CONFLICT', 'EIGHTD.RECOVERY_STATE', `The recovery is ${status}; it cannot be ${action}`),
  noCosts: () =>
    new DomainError('BAD_INPUT', 'EIGHTD.NO_COSTS', 'Enter at least one cost line before computing', {
      field: 'lines',
    }),
}
