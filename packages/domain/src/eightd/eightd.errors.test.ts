import { describe, expect, it } from 'vitest'
import { DomainError } from '../shared/errors'
import { eightdErrors } from './eightd.errors'

/** What callers rely on: the kind (→ transport status), the stable code, the field and the details. */
const shape = (e: DomainError) => ({ kind: e.kind, code: e.code, field: e.field, details: e.details })

describe('8D errors: kind, code, field and details', () => {
  it.each([
    [
      'outOfOrder',
      eightdErrors.outOfOrder('D3', ['D1', 'D2']),
      { kind: 'CONFLICT', code: 'EIGHTD.OUT_OF_ORDER', field: 'step', details: { missing: ['D1', 'D2'] } },
    ],
    [
      'locked',
      eightdErrors.locked('D3'),
      { kind: 'CONFLICT', code: 'EIGHTD.STEP_LOCKED', field: 'step', details: undefined },
    ],
    [
      'underReview',
      eightdErrors.underReview('D3'),
      { kind: 'CONFLICT', code: 'EIGHTD.STEP_UNDER_REVIEW', field: 'step', details: undefined },
    ],
    [
      'notReviewable',
      eightdErrors.notReviewable('D3', 'draft'),
      { kind: 'CONFLICT', code: 'EIGHTD.NOT_UNDER_REVIEW', field: 'step', details: undefined },
    ],
    [
      'notSubmittable',
      eightdErrors.notSubmittable('D3', 'submitted'),
      { kind: 'CONFLICT', code: 'EIGHTD.NOT_SUBMITTABLE', field: 'step', details: undefined },
    ],
    [
      'commentRequired',
      eightdErrors.commentRequired(),
      { kind: 'BAD_INPUT', code: 'EIGHTD.COMMENT_REQUIRED', field: 'comment', details: undefined },
    ],
    [
      'incomplete with a path',
      eightdErrors.incomplete('D0', 'members.0.name', 'required'),
      {
        kind: 'BAD_INPUT',
        code: 'EIGHTD.STEP_INCOMPLETE',
        field: 'content.members.0.name',
        details: undefined,
      },
    ],
    [
      'incomplete without a path',
      eightdErrors.incomplete('D0', '', 'expected an object'),
      { kind: 'BAD_INPUT', code: 'EIGHTD.STEP_INCOMPLETE', field: 'content', details: undefined },
    ],
    [
      'closed',
      eightdErrors.closed(),
      { kind: 'CONFLICT', code: 'EIGHTD.CLOSED', field: undefined, details: undefined },
    ],
    [
      'disputeReasonRequired',
      eightdErrors.disputeReasonRequired(),
      { kind: 'BAD_INPUT', code: 'EIGHTD.DISPUTE_REASON_REQUIRED', field: 'reason', details: undefined },
    ],
    [
      'amountNegative',
      eightdErrors.amountNegative(),
      { kind: 'BAD_INPUT', code: 'EIGHTD.AMOUNT_NEGATIVE', field: 'amountFen', details: undefined },
    ],
    [
      'amountAboveCost',
      eightdErrors.amountAboveCost(175_000),
      {
        kind: 'BAD_INPUT',
        code: 'EIGHTD.AMOUNT_ABOVE_COST',
        field: 'amountFen',
        details: { computedFen: 175_000 },
      },
    ],
    [
      'recoveryMissing',
      eightdErrors.recoveryMissing(),
      { kind: 'CONFLICT', code: 'EIGHTD.NO_RECOVERY', field: undefined, details: undefined },
    ],
    [
      'recoveryState',
      eightdErrors.recoveryState('accepted', 'changed'),
      { kind: 'CONFLICT', code: 'EIGHTD.RECOVERY_STATE', field: undefined, details: undefined },
    ],
    [
      'noCosts',
      eightdErrors.noCosts(),
      { kind: 'BAD_INPUT', code: 'EIGHTD.NO_COSTS', field: 'lines', details: undefined },
    ],
  ])('%s', (_, error, expected) => {
    expect(error).toBeInstanceOf(DomainError)
    expect(shape(error)).toEqual(expected)
  })

  it.each([
    [['D2'], 'D3 can be submitted only after D2 is approved'],
    [['D1', 'D2'], 'D3 can be submitted only after D1, D2 are approved'],
  ])('out of order, missing %j: "%s"', (missing, message) => {
    expect(eightdErrors.outOfOrder('D3', missing).message).toBe(message)
  })
})
