/** The eight disciplines plus D0 (preparation), in the order they are answered. */
export const DISCIPLINES = ['D0', 'D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8'] as const
export type Discipline = (typeof DISCIPLINES)[number]

export const DISCIPLINE_LABELS: Record<Discipline, { zh: string; en: string }> = {
  D0: { zh: '准备与团队', en: 'Preparation and team' },
  D1: { zh: '问题描述', en: 'Problem description' },
  D2: { zh: '现状分析', en: 'Current-state analysis' },
  D3: { zh: '临时遏制措施', en: 'Interim containment' },
  D4: { zh: '根本原因分析', en: 'Root cause analysis' },
  D5: { zh: '永久纠正措施', en: 'Permanent corrective action' },
  D6: { zh: '效果验证', en: 'Verification of effect' },
  D7: { zh: '标准化与预防再发', en: 'Standardisation / prevent recurrence' },
  D8: { zh: '结案与遗留事项', en: 'Closure and what remains' },
}

/** A step's review state: draft → submitted → approved, or rejected (with comments) → resubmitted. */
export const STEP_REVIEW_STATUSES = ['draft', 'submitted', 'approved', 'rejected', 'resubmitted'] as const
export type StepReviewStatus = (typeof STEP_REVIEW_STATUSES)[number]

export const STEP_REVIEW_STATUS_LABELS: Record<StepReviewStatus, { zh: string; en: string }> = {
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '待审核', en: 'Submitted' },
  approved: { zh: '已批准', en: 'Approved' },
  rejected: { zh: '已退回', en: 'Changes requested' },
  resubmitted: { zh: '已重新提交', en: 'Resubmitted' },
}

/** Where the defect was found. */
/** `station_report`: a station's quality liaison letter (品质联络书), before any customer complained. */
export const EIGHTD_FOUND_AT = [
  'customer_complaint',
  'warranty_return',
  'incoming_inspection',
  'station_report',
] as const
export type EightdFoundAt = (typeof EIGHTD_FOUND_AT)[number]
export const EIGHTD_FOUND_AT_LABELS: Record<EightdFoundAt, { zh: string; en: string }> = {
  customer_complaint: { zh: '客户投诉', en: 'Customer complaint' },
  warranty_return: { zh: '保修退件', en: 'Warranty return' },
  incoming_inspection: { zh: '来料检验', en: 'Incoming inspection' },
  station_report: { zh: '服务站品质联络书', en: 'Station liaison letter' },
}

export const EIGHTD_SEVERITIES = ['minor', 'major', 'critical'] as const
export type EightdSeverity = (typeof EIGHTD_SEVERITIES)[number]
export const EIGHTD_SEVERITY_LABELS: Record<EightdSeverity, { zh: string; en: string }> = {
  minor: { zh: '一般', en: 'Minor' },
  major: { zh: '严重', en: 'Major' },
  critical: { zh: '致命', en: 'Critical' },
}

/** A claim opened from a customer complaint starts with the complaint's weight: major stays major. */
export const severityFromComplaint = (complaintSeverity: string): EightdSeverity =>
  complaintSeverity === 'major' ? 'major' : 'minor'

export const EIGHTD_CLAIM_STATUSES = ['open', 'closed'] as const
export type EightdClaimStatus = (typeof EIGHTD_CLAIM_STATUSES)[number]

/** Who an overdue step is escalated to, level 1 to 3. */
export const EIGHTD_ESCALATION_LEVELS = ['supplier_contact', 'supplier_management', 'hq_purchasing'] as const
export type EightdEscalationOwner = (typeof EIGHTD_ESCALATION_LEVELS)[number]
export const EIGHTD_ESCALATION_LABELS: Record<EightdEscalationOwner, { zh: string; en: string }> = {
  supplier_contact: { zh: '供应商联系人', en: 'Supplier contact' },
  supplier_management: { zh: '供应商管理层', en: 'Supplier management' },
  hq_purchasing: { zh: '总部采购部', en: 'HQ purchasing' },
}

/** Cost recovery (索赔): proposed by HQ, accepted or disputed by the supplier. */
export const EIGHTD_RECOVERY_STATUSES = ['proposed', 'disputed', 'accepted'] as const
export type EightdRecoveryStatus = (typeof EIGHTD_RECOVERY_STATUSES)[number]
export const EIGHTD_RECOVERY_STATUS_LABELS: Record<EightdRecoveryStatus, { zh: string; en: string }> = {
  proposed: { zh: '待供应商确认', en: 'Awaiting supplier' },
  disputed: { zh: '供应商申诉', en: 'Disputed' },
  accepted: { zh: '已确认并入账', en: 'Accepted and posted' },
}

export const EIGHTD_COST_KINDS = ['parts', 'labour', 'logistics'] as const
export type EightdCostKind = (typeof EIGHTD_COST_KINDS)[number]
export const EIGHTD_COST_KIND_LABELS: Record<EightdCostKind, { zh: string; en: string }> = {
  parts: { zh: '配件', en: 'Parts' },
  labour: { zh: '工时', en: 'Labour' },
  logistics: { zh: '物流', en: 'Logistics' },
}

/** Fishbone (Ishikawa) categories: man, machine, material, method, measurement, environment. */
export const FISHBONE_CATEGORIES = [
  'man',
  'machine',
  'material',
  'method',
  'measurement',
  'environment',
] as const
export type FishboneCategory = (typeof FISHBONE_CATEGORIES)[number]
export const FISHBONE_LABELS: Record<FishboneCategory, { zh: string; en: string }> = {
  man: { zh: '人', en: 'Man' },
  machine: { zh: '机', en: 'Machine' },
  material: { zh: '料', en: 'Material' },
  method: { zh: '法', en: 'Method' },
  measurement: { zh: '测', en: 'Measurement' },
  environment: { zh: '环', en: 'Environment' },
}
