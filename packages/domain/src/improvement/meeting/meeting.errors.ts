import { DomainError } from '../../shared/errors'

/** The review meeting's expected failures, each with a stable code and the field it is about. */
export const meetingErrors = {
  final: () =>
    new DomainError(
      'CONFLICT',
      'IMPROVEMENT.MEETING_FINAL',
      'The minutes are final; the meeting can no longer change',
      {
        field: 'id',
      },
    ),
  noPack: () =>
    new DomainError(
      'PRECONDITION',
      'IMPROVEMENT.PACK_MISSING',
      'Generate the pack before finalising the minutes',
      {
        field: 'id',
      },
    ),
  exists: () =>
    new DomainError(
      'CONFLICT',
      'IMPROVEMENT.MEETING_EXISTS',
      'A review meeting for this period already exists',
      {
        field: 'period',
      },
    ),
  badPeriod: (field: string, message: string) =>
    new DomainError('BAD_INPUT', 'IMPROVEMENT.BAD_PERIOD', message, { field }),
  meetingBeforePeriod: () =>
    new DomainError(
      'BAD_INPUT',
      'IMPROVEMENT.MEETING_BEFORE_PERIOD_END',
      'The meeting is held after the period ends',
      {
        field: 'meetingDate',
      },
    ),
  notYourSection: () =>
    new DomainError(
      'FORBIDDEN',
      'IMPROVEMENT.NOT_YOUR_SECTION',
      'Your department concludes the other section',
      {
        field: 'section',
      },
    ),
  ownerNotInUnit: () =>
    new DomainError(
      'BAD_INPUT',
      'IMPROVEMENT.OWNER_NOT_IN_UNIT',
      'The person must be an active user of the owner unit',
      {
        field: 'ownerUserId',
      },
    ),
  unitNotOwner: () =>
    new DomainError(
      'BAD_INPUT',
      'IMPROVEMENT.UNIT_CANNOT_OWN',
      'An action is owned by HQ or a service station',
      {
        field: 'ownerOrgId',
      },
    ),
  dueInPast: () =>
    new DomainError('BAD_INPUT', 'IMPROVEMENT.DUE_IN_PAST', 'The due date cannot be before today', {
      field: 'dueDate',
    }),
  needsEvidence: () =>
    new DomainError(
      'BAD_INPUT',
      'IMPROVEMENT.ACTION_NEEDS_EVIDENCE',
      'Describe what was done before closing the action',
      {
        field: 'evidence',
      },
    ),
  alreadyDone: () =>
    new DomainError('CONFLICT', 'IMPROVEMENT.ACTION_DONE', 'This action is already done', { field: 'id' }),
  notOwner: () =>
    new DomainError('FORBIDDEN', 'IMPROVEMENT.NOT_ACTION_OWNER', 'Only the owner unit completes its action', {
      field: 'id',
    }),
}
