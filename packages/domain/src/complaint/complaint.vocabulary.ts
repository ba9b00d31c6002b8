/** The fixed vocabularies of a complaint, with their Chinese and English labels. */
export const CHANNELS = ['phone', 'on_site', 'portal', 'dealer', 'hq_hotline'] as const
export const KINDS = ['appeal', 'claim', 'non_quality'] as const
export const SEVERITIES = ['general', 'major'] as const
export const CAUSES = [
  'service_attitude',
  'repair_quality',
  'parts_availability',
  'waiting_time',
  'fees',
  'product_defect',
  'broken_promise',
  'rescue_not_given',
  'other',
] as const
export const MINDSETS = ['venting', 'respect', 'compensation', 'retaliation'] as const
export const RESPONSIBLE_UNITS = ['station', 'hq_service', 'hq_quality', 'hq_technical', 'supplier'] as const
export const COMPENSATION_TYPES = ['waived_labour', 'free_check', 'refund', 'gift', 'discount'] as const

export type Channel = (typeof CHANNELS)[number]
export type Kind = (typeof KINDS)[number]
export type Severity = (typeof SEVERITIES)[number]
export type Cause = (typeof CAUSES)[number]
export type Mindset = (typeof MINDSETS)[number]
export type ResponsibleUnit = (typeof RESPONSIBLE_UNITS)[number]
export type CompensationType = (typeof COMPENSATION_TYPES)[number]

type Labels<T extends string> = Record<T, { zh: string; en: string }>

export const CHANNEL_LABELS: Labels<Channel> = {
  phone: { zh: '电话', en: 'Phone' },
  on_site: { zh: '现场', en: 'On site' },
  portal: { zh: '客户门户', en: 'Customer portal' },
  dealer: { zh: '经销商', en: 'Dealer' },
  hq_hotline: { zh: '总部热线', en: 'HQ hotline' },
}
export const KIND_LABELS: Labels<Kind> = {
  appeal: { zh: '申诉', en: 'Appeal' },
  claim: { zh: '索赔', en: 'Claim' },
  non_quality: { zh: '非质量抱怨', en: 'Non-quality complaint' },
}
export const SEVERITY_LABELS: Labels<Severity> = {
  general: { zh: '一般', en: 'General' },
  major: { zh: '重大', en: 'Major' },
}
export const CAUSE_LABELS: Labels<Cause> = {
  service_attitude: { zh: '服务态度', en: 'Service attitude' },
  repair_quality: { zh: '维修质量', en: 'Repair quality' },
  parts_availability: { zh: '配件供应', en: 'Parts availability' },
  waiting_time: { zh: '等待时间', en: 'Waiting time' },
  fees: { zh: '收费', en: 'Fees and charges' },
  product_defect: { zh: '产品缺陷', en: 'Product defect' },
  broken_promise: { zh: '承诺未兑现', en: 'Broken promise' },
  rescue_not_given: { zh: '紧急救援未提供', en: 'Emergency rescue not given' },
  other: { zh: '其他', en: 'Other' },
}
export const MINDSET_LABELS: Labels<Mindset> = {
  venting: { zh: '发泄情绪', en: 'Venting' },
  respect: { zh: '寻求尊重', en: 'Wants respect' },
  compensation: { zh: '要求补偿', en: 'Wants compensation' },
  retaliation: { zh: '报复心理', en: 'Retaliation' },
}
export const RESPONSIBLE_UNIT_LABELS: Labels<ResponsibleUnit> = {
  station: { zh: '服务站', en: 'Station' },
  hq_service: { zh: '总部服务部', en: 'HQ service' },
  hq_quality: { zh: '总部质量部', en: 'HQ quality' },
  hq_technical: { zh: '总部技术支持', en: 'HQ technical support' },
  supplier: { zh: '供应商（8D）', en: 'Supplier (8D)' },
}
export const COMPENSATION_LABELS: Labels<CompensationType> = {
  waived_labour: { zh: '免工时费', en: 'Waived labour' },
  free_check: { zh: '免费检测', en: 'Free check' },
  refund: { zh: '退还费用', en: 'Refund' },
  gift: { zh: '赠品', en: 'Gift' },
  discount: { zh: '维修折扣', en: 'Repair discount' },
}
