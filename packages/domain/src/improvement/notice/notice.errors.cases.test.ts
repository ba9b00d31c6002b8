import { describe, expect, it } from 'vitest'
import { DomainError } from '../../shared/errors'
import { described } from '../cases.test-fixtures'
import {
  approverIsIssuer,
  approverNotGeneralManager,
  noticeNotEditable,
  noticeNotSubmitted,
  notSeriousCase,
  unitNotResponsible,
} from './notice.errors'

describe('every refusal of the notice rules names its kind, code and field', () => {
  it.each([
    [noticeNotEditable(), 'PRECONDITION IMPROVEMENT.NOTICE_NOT_EDITABLE state'],
    [noticeNotSubmitted(), 'PRECONDITION IMPROVEMENT.NOTICE_NOT_SUBMITTED state'],
    [approverNotGeneralManager(), 'FORBIDDEN IMPROVEMENT.NOTICE_NEEDS_GENERAL_MANAGER approver'],
    [approverIsIssuer(), 'FORBIDDEN IMPROVEMENT.NOTICE_OWN_APPROVAL approver'],
    [notSeriousCase(), 'PRECONDITION IMPROVEMENT.NOT_SERIOUS_CLOSED_CASE complaintId'],
    [unitNotResponsible(), 'BAD_INPUT IMPROVEMENT.UNIT_UNKNOWN unitOrgId'],
  ])('%#: %s', (e, want) => {
    expect(e).toBeInstanceOf(DomainError)
    expect(described(e)).toBe(want)
  })
})
