import { describe, expect, it } from 'vitest'
import { DomainError } from '../../shared/errors'
import { described } from '../cases.test-fixtures'
import { meetingErrors } from './meeting.errors'

describe('every refusal of the review meeting names its kind, code and field', () => {
  it.each([
    [meetingErrors.final(), 'CONFLICT IMPROVEMENT.MEETING_FINAL id'],
    [meetingErrors.noPack(), 'PRECONDITION IMPROVEMENT.PACK_MISSING id'],
    [meetingErrors.exists(), 'CONFLICT IMPROVEMENT.MEETING_EXISTS period'],
    [meetingErrors.badPeriod('period.from', 'm'), 'BAD_INPUT IMPROVEMENT.BAD_PERIOD period.from'],
    [meetingErrors.badPeriod('period.to', 'm'), 'BAD_INPUT IMPROVEMENT.BAD_PERIOD period.to'],
    [meetingErrors.meetingBeforePeriod(), 'BAD_INPUT IMPROVEMENT.MEETING_BEFORE_PERIOD_END meetingDate'],
    [meetingErrors.notYourSection(), 'FORBIDDEN IMPROVEMENT.NOT_YOUR_SECTION section'],
    [meetingErrors.ownerNotInUnit(), 'BAD_INPUT IMPROVEMENT.OWNER_NOT_IN_UNIT ownerUserId'],
    [meetingErrors.unitNotOwner(), 'BAD_INPUT IMPROVEMENT.UNIT_CANNOT_OWN ownerOrgId'],
    [meetingErrors.dueInPast(), 'BAD_INPUT IMPROVEMENT.DUE_IN_PAST dueDate'],
    [meetingErrors.needsEvidence(), 'BAD_INPUT IMPROVEMENT.ACTION_NEEDS_EVIDENCE evidence'],
    [meetingErrors.alreadyDone(), 'CONFLICT IMPROVEMENT.ACTION_DONE id'],
    [meetingErrors.notOwner(), 'FORBIDDEN IMPROVEMENT.NOT_ACTION_OWNER id'],
  ])('%#: %s', (e, want) => {
    expect(e).toBeInstanceOf(DomainError)
    expect(described(e)).toBe(want)
    expect(e.message).not.toBe('')
  })
  it('a bad period carries the message it was given', () =>
    expect(meetingErrors.badPeriod('period.to', 'ends before it starts').message).toBe(
      'ends before it starts',
    ))
})
