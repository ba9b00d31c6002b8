import { DomainError } from '../../shared/errors'

/** Every refusal of the notice rules: a kind, a stable code and the field it is about. */
export const noticeNotEditable = () =>
  new DomainError(
    'PRECONDITION',
    'IMPROVEMENT.NOTICE_NOT_EDITABLE',
    'Only a draft or a rejected notice can be changed or submitted',
    { field: 'state' },
  )
export const noticeNotSubmitted = () =>
  new DomainError(
    'PRECONDITION',
    'IMPROVEMENT.NOTICE_NOT_SUBMITTED',
    'This notice is not waiting for approval',
    {
      field: 'state',
    },
  )
export const approverNotGeneralManager = () =>
  new DomainError(
    'FORBIDDEN',
    'IMPROVEMENT.NOTICE_NEEDS_GENERAL_MANAGER',
    'Only the general manager approves or rejects a notice',
    { field: 'approver' },
  )
export const approverIsIssuer = () =>
  new DomainError(
    'FORBIDDEN',
    'IMPROVEMENT.NOTICE_OWN_APPROVAL',
    'A notice cannot be approved or rejected by the person who issued it',
    { field: 'approver' },
  )
export const notSeriousCase = () =>
  new DomainError(
    'PRECONDITION',
    'IMPROVEMENT.NOT_SERIOUS_CLOSED_CASE',
    'Responsibility and notices are for serious (major) cases that are closed',
    { field: 'complaintId' },
  )
export const unitNotResponsible = () =>
  new DomainError(
    'BAD_INPUT',
    'IMPROVEMENT.UNIT_UNKNOWN',
    'The unit must be a station, HQ or a supplier of the network',
    { field: 'unitOrgId' },
  )
