import { DomainError } from '../shared/errors'
import type { UploadError } from '../shared/upload-columns'
import type { LineProblem } from './reimbursement.validation'

export const claimNotDraft = () =>
  new DomainError(
    'PRECONDITION',
    'REIMBURSEMENT.NOT_DRAFT',
    'Only a draft claim can be changed; withdraw it first',
  )
export const futurePeriod = () =>
  new DomainError('BAD_INPUT', 'REIMBURSEMENT.FUTURE_PERIOD', 'That month has not begun yet', {
    field: 'period',
  })
export const deadlinePassed = (deadline: Date) =>
  new DomainError(
    'PRECONDITION',
    'REIMBURSEMENT.DEADLINE_PASSED',
    `The submission deadline for this month has passed (${deadline.toISOString()})`,
    { details: { deadline: deadline.toISOString() } },
  )
export const emptyClaim = () =>
  new DomainError('PRECONDITION', 'REIMBURSEMENT.EMPTY', 'Add at least one repair line before submitting')
export const linesHaveProblems = (problems: { lineId: string; problems: LineProblem[] }[]) =>
  new DomainError(
    'BAD_INPUT',
    'REIMBURSEMENT.LINES_INVALID',
    `${problems.length} line(s) have problems; fix them before submitting`,
    { details: { lines: problems } },
  )
export const cannotWithdraw = () =>
  new DomainError(
    'PRECONDITION',
    'REIMBURSEMENT.CANNOT_WITHDRAW',
    'Only a submitted claim whose audit has not started can be withdrawn',
  )
export const notAuditable = () =>
  new DomainError('PRECONDITION', 'REIMBURSEMENT.NOT_AUDITABLE', 'This claim is not waiting for an audit')
export const lineSettled = () =>
  new DomainError(
    'PRECONDITION',
    'REIMBURSEMENT.LINE_SETTLED',
    'This line is settled and can no longer change',
  )
export const reasonRequired = () =>
  new DomainError('BAD_INPUT', 'REIMBURSEMENT.REASON_REQUIRED', 'Choose a reason for this decision', {
    field: 'reasonCode',
  })
export const reasonTextRequired = () =>
  new DomainError('BAD_INPUT', 'REIMBURSEMENT.REASON_TEXT_REQUIRED', 'Describe the reason in a few words', {
    field: 'reasonText',
  })
export const importRejected = (errors: UploadError[]) =>
  new DomainError(
    'BAD_INPUT',
    'REIMBURSEMENT.IMPORT_INVALID',
    `${errors.length} problem(s) in the file; nothing was imported`,
    // The file is the field; each problem's row and column are in the details.
    { field: 'contentBase64', details: { errors } },
  )
export const settlementPeriodOpen = () =>
  new DomainError(
    'PRECONDITION',
    'REIMBURSEMENT.PERIOD_NOT_OVER',
    'A month can be settled only after it has ended',
    { field: 'period' },
  )
