import { describe, it } from 'vitest'
import { expectBilingualLabels } from '../shared/labels.test-fixtures'
import {
  LEDGER_CAUSE_LABELS,
  LEDGER_CAUSE_TYPES,
  LINE_PROBLEM_LABELS,
  LINE_PROBLEMS,
  REIMBURSEMENT_AUDIT_REASON_LABELS,
  REIMBURSEMENT_AUDIT_REASONS,
  REIMBURSEMENT_DECISION_LABELS,
  REIMBURSEMENT_DECISIONS,
  REIMBURSEMENT_STATUS_LABELS,
  REIMBURSEMENT_STATUSES,
} from './reimbursement.vocabulary'

type Table = Readonly<Record<string, { zh: string; en: string }>>

describe('every reimbursement vocabulary reads in Chinese and English, each value distinct', () => {
  it.each<[string, readonly string[], Table]>([
    ['claim statuses', REIMBURSEMENT_STATUSES, REIMBURSEMENT_STATUS_LABELS],
    ['audit decisions', REIMBURSEMENT_DECISIONS, REIMBURSEMENT_DECISION_LABELS],
    ['audit reasons', REIMBURSEMENT_AUDIT_REASONS, REIMBURSEMENT_AUDIT_REASON_LABELS],
    ['line problems', LINE_PROBLEMS, LINE_PROBLEM_LABELS],
    ['ledger causes', LEDGER_CAUSE_TYPES, LEDGER_CAUSE_LABELS],
  ])('%s', (_n, values, labels) => {
    expectBilingualLabels(values, labels)
  })
})
