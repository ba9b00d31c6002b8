import { REIMBURSEMENT_AUDIT_REASON_LABELS, REIMBURSEMENT_DECISION_LABELS } from '@asq/domain'
import { labelTexts } from '../i18n/label-texts'

/**
 * The reimbursement words HQ's audit and the station's claim share: a line's decision, the audit
 * reasons and the columns of a claim line. Each app spreads them into its own `reimbursement` messages
 * (the columns into its claim table's `cols`, beside the columns only it shows).
 */
export const reimbursementCommonZh = {
  decisions: { ...labelTexts(REIMBURSEMENT_DECISION_LABELS, 'zh'), pending: '待审核' },
  reasons: labelTexts(REIMBURSEMENT_AUDIT_REASON_LABELS, 'zh'),
}

export const reimbursementCommonEn: typeof reimbursementCommonZh = {
  decisions: { ...labelTexts(REIMBURSEMENT_DECISION_LABELS, 'en'), pending: 'Pending' },
  reasons: labelTexts(REIMBURSEMENT_AUDIT_REASON_LABELS, 'en'),
}

export const claimLineColsZh = {
  seq: '#',
  repairOrderNo: '维修单号',
  repairDate: '维修日期',
  serial: '车架号/序列号',
  partCode: '配件编号',
  quantity: '数量',
  labourHours: '工时',
  oldPart: '旧件登记号',
  claimed: '申报金额',
  decision: '审核结果',
  approved: '核准金额',
}

export const claimLineColsEn: typeof claimLineColsZh = {
  seq: '#',
  repairOrderNo: 'Repair order',
  repairDate: 'Repair date',
  serial: 'VIN / serial',
  partCode: 'Part code',
  quantity: 'Qty',
  labourHours: 'Hours',
  oldPart: 'Old-part reg.',
  claimed: 'Claimed',
  decision: 'Decision',
  approved: 'Approved',
}
