/** The fixed vocabularies of the monthly in-warranty parts reimbursement (保修期内配件费用报销). */
export const REIMBURSEMENT_STATUSES = ['draft', 'submitted', 'under_audit', 'audited', 'settled'] as const
export type ReimbursementStatus = (typeof REIMBURSEMENT_STATUSES)[number]

export const REIMBURSEMENT_DECISIONS = ['approved', 'rejected', 'adjusted'] as const
export type ReimbursementDecision = (typeof REIMBURSEMENT_DECISIONS)[number]

/** Why HQ rejects or adjusts a line: a fixed list (for statistics) plus free text. */
export const REIMBURSEMENT_AUDIT_REASONS = [
  'not_in_warranty',
  'old_part_missing',
  'duplicate',
  'price_mismatch',
  'labour_excessive',
  'evidence_missing',
  'other',
] as const
export type ReimbursementAuditReason = (typeof REIMBURSEMENT_AUDIT_REASONS)[number]

/** What can be wrong with a line before submission; each is shown beside the line. */
export const LINE_PROBLEMS = [
  'DATE_OUTSIDE_PERIOD',
  'DATE_IN_FUTURE',
  'NOT_IN_WARRANTY',
  'UNKNOWN_PART',
  'UNKNOWN_PRODUCT',
  'OLD_PART_NOT_REGISTERED',
  'DUPLICATE_IN_CLAIM',
  'ALREADY_CLAIMED',
  'BAD_QUANTITY',
  'BAD_LABOUR_HOURS',
  'NOT_PRICED',
  'UNAPPROVED_STANDARD',
] as const
export type LineProblemCode = (typeof LINE_PROBLEMS)[number]

/** What caused a ledger entry; (cause type, cause id) is unique, so each cause posts once. */
export const LEDGER_CAUSE_TYPES = ['claim_line', 'old_part', 'parts_request', 'correction'] as const
export type LedgerCauseType = (typeof LEDGER_CAUSE_TYPES)[number]

type Labels<T extends string> = Record<T, { zh: string; en: string }>

export const REIMBURSEMENT_STATUS_LABELS: Labels<ReimbursementStatus> = {
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '已提交', en: 'Submitted' },
  under_audit: { zh: '审核中', en: 'Under audit' },
  audited: { zh: '已审核', en: 'Audited' },
  settled: { zh: '已结算', en: 'Settled' },
}
export const REIMBURSEMENT_DECISION_LABELS: Labels<ReimbursementDecision> = {
  approved: { zh: '通过', en: 'Approved' },
  rejected: { zh: '驳回', en: 'Rejected' },
  adjusted: { zh: '调整金额', en: 'Adjusted' },
}
export const REIMBURSEMENT_AUDIT_REASON_LABELS: Labels<ReimbursementAuditReason> = {
  not_in_warranty: { zh: '不在保修期内', en: 'Not under warranty' },
  old_part_missing: { zh: '旧件未回收', en: 'Old part not returned' },
  duplicate: { zh: '重复报销', en: 'Claimed twice' },
  price_mismatch: { zh: '价格与标准不符', en: 'Price does not match the standard' },
  labour_excessive: { zh: '工时超标', en: 'Labour hours above the standard' },
  evidence_missing: { zh: '缺少单据', en: 'Supporting documents missing' },
  other: { zh: '其他', en: 'Other' },
}
export const LINE_PROBLEM_LABELS: Labels<LineProblemCode> = {
  DATE_OUTSIDE_PERIOD: { zh: '维修日期不在报销月份内', en: 'Repair date is outside the claim month' },
  DATE_IN_FUTURE: { zh: '维修日期晚于今天', en: 'Repair date is in the future' },
  NOT_IN_WARRANTY: { zh: '产品不在保修期内', en: 'The product is not under warranty' },
  UNKNOWN_PART: { zh: '配件编码不存在', en: 'Unknown part code' },
  UNKNOWN_PRODUCT: { zh: '车辆/产品编号不存在', en: 'Unknown serial / VIN' },
  OLD_PART_NOT_REGISTERED: { zh: '旧件未登记', en: 'The old part is not registered' },
  DUPLICATE_IN_CLAIM: {
    zh: '本单内重复（同一维修单同一配件）',
    en: 'Same repair order and part twice in this claim',
  },
  ALREADY_CLAIMED: { zh: '已在以前的报销单中申报', en: 'Already claimed in an earlier claim' },
  BAD_QUANTITY: { zh: '数量必须为正整数', en: 'Quantity must be a positive whole number' },
  BAD_LABOUR_HOURS: { zh: '工时不能为负数', en: 'Labour hours must not be negative' },
  NOT_PRICED: { zh: '无法按维修日期的规则计价', en: 'No fee rule in force on the repair date' },
  UNAPPROVED_STANDARD: {
    zh: '工时按总部未批准的收费标准计价',
    en: 'Labour is priced with a fee standard HQ has not approved',
  },
}
export const LEDGER_CAUSE_LABELS: Labels<LedgerCauseType> = {
  claim_line: { zh: '保修配件报销', en: 'In-warranty parts reimbursement' },
  old_part: { zh: '旧件逾期未报扣款', en: 'Old part not reported in time' },
  parts_request: { zh: '配件申请扣款', en: 'Parts request debit' },
  correction: { zh: '调整分录', en: 'Correction' },
}
