import { describe, expect, it } from 'vitest'
import { DomainError } from '../shared/errors'
import type { UploadError } from '../shared/upload-columns'
import {
  cannotWithdraw,
  claimNotDraft,
  deadlinePassed,
  emptyClaim,
  futurePeriod,
  importRejected,
  lineSettled,
  linesHaveProblems,
  notAuditable,
  reasonRequired,
  reasonTextRequired,
  settlementPeriodOpen,
} from './reimbursement.errors'

const badLines = [{ lineId: 'l1', problems: [{ code: 'BAD_QUANTITY' as const, zh: '数量', en: 'Quantity' }] }]
const fileProblems: UploadError[] = [
  { row: 3, column: 'E', field: 'quantity', zh: '数量应为 1 到 9999 的整数', message: 'quantity' },
]
const shape = (e: DomainError) => ({ kind: e.kind, code: e.code, field: e.field, details: e.details })

describe('reimbursement errors name their kind, code, field and details', () => {
  it.each<[string, () => DomainError, ReturnType<typeof shape>]>([
    [
      'a claim that is no longer a draft',
      () => claimNotDraft(),
      { kind: 'PRECONDITION', code: 'REIMBURSEMENT.NOT_DRAFT', field: undefined, details: undefined },
    ],
    [
      'a month that has not begun',
      () => futurePeriod(),
      { kind: 'BAD_INPUT', code: 'REIMBURSEMENT.FUTURE_PERIOD', field: 'period', details: undefined },
    ],
    [
      'a deadline passed',
      () => deadlinePassed(new Date('2026-11-10T16:00:00Z')),
      {
        kind: 'PRECONDITION',
        code: 'REIMBURSEMENT.DEADLINE_PASSED',
        field: undefined,
        details: { deadline: '2026-11-10T16:00:00.000Z' },
      },
    ],
    [
      'an empty claim',
      () => emptyClaim(),
      { kind: 'PRECONDITION', code: 'REIMBURSEMENT.EMPTY', field: undefined, details: undefined },
    ],
    [
      'lines with problems',
      () => linesHaveProblems(badLines),
      {
        kind: 'BAD_INPUT',
        code: 'REIMBURSEMENT.LINES_INVALID',
        field: undefined,
        details: { lines: badLines },
      },
    ],
    [
      'a withdrawal too late',
      () => cannotWithdraw(),
      { kind: 'PRECONDITION', code: 'REIMBURSEMENT.CANNOT_WITHDRAW', field: undefined, details: undefined },
    ],
    [
      'an audit of a claim not waiting for one',
      () => notAuditable(),
      { kind: 'PRECONDITION', code: 'REIMBURSEMENT.NOT_AUDITABLE', field: undefined, details: undefined },
    ],
    [
      'a settled line',
      () => lineSettled(),
      { kind: 'PRECONDITION', code: 'REIMBURSEMENT.LINE_SETTLED', field: undefined, details: undefined },
    ],
    [
      'a decision without a reason',
      () => reasonRequired(),
      { kind: 'BAD_INPUT', code: 'REIMBURSEMENT.REASON_REQUIRED', field: 'reasonCode', details: undefined },
    ],
    [
      'an "other" reason without words',
      () => reasonTextRequired(),
      {
        kind: 'BAD_INPUT',
        code: 'REIMBURSEMENT.REASON_TEXT_REQUIRED',
        field: 'reasonText',
        details: undefined,
      },
    ],
    [
      'a file with problems',
      () => importRejected(fileProblems),
      {
        kind: 'BAD_INPUT',
        code: 'REIMBURSEMENT.IMPORT_INVALID',
        field: 'contentBase64',
        details: { errors: fileProblems },
      },
    ],
    [
      'a month settled before it ended',
      () => settlementPeriodOpen(),
      { kind: 'PRECONDITION', code: 'REIMBURSEMENT.PERIOD_NOT_OVER', field: 'period', details: undefined },
    ],
  ])('%s', (_n, make, want) => {
    const error = make()
    expect(error).toBeInstanceOf(DomainError)
    expect(shape(error)).toEqual(want)
  })
})
