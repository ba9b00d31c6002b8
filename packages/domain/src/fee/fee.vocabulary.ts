/** The fixed vocabularies of parts and warranty fees (配件 / 保修收费), with Chinese and English labels. */
export const LINE_KINDS = ['part', 'labour', 'callout', 'extra'] as const
export type LineKind = (typeof LINE_KINDS)[number]

export const USAGE_UNITS = ['km', 'hours'] as const
export type UsageUnit = (typeof USAGE_UNITS)[number]

/** Where the warranty clock starts: the purchase date or the delivery date. */
export const START_BASES = ['purchase', 'delivery'] as const
export type StartBasis = (typeof START_BASES)[number]

export const STANDARD_STATUSES = ['proposed', 'approved', 'rejected'] as const
export type StandardStatus = (typeof STANDARD_STATUSES)[number]

export const QUOTE_STATUSES = ['open', 'final'] as const
export type QuoteStatus = (typeof QUOTE_STATUSES)[number]

export const OLD_PART_STATUSES = ['registered', 'reported', 'received', 'called_in'] as const
export type OldPartStatus = (typeof OLD_PART_STATUSES)[number]

export const DEALER_PARTS_REQUEST_STATUSES = ['requested', 'confirmed', 'shipped', 'received'] as const
export type DealerPartsRequestStatus = (typeof DEALER_PARTS_REQUEST_STATUSES)[number]

/** Where a return deadline is configured: one part, one product line, or the fallback for all. */
export const DEADLINE_SCOPES = ['part', 'line', 'default'] as const
export type DeadlineScope = (typeof DEADLINE_SCOPES)[number]

type Labels<T extends string> = Record<T, { zh: string; en: string }>

export const LINE_KIND_LABELS: Labels<LineKind> = {
  part: { zh: '配件', en: 'Part' },
  labour: { zh: '工时', en: 'Labour' },
  callout: { zh: '外出服务费', en: 'Call-out' },
  extra: { zh: '附加服务', en: 'Extra service' },
}
export const USAGE_UNIT_LABELS: Labels<UsageUnit> = {
  km: { zh: '公里', en: 'km' },
  hours: { zh: '小时', en: 'hours' },
}
export const STANDARD_STATUS_LABELS: Labels<StandardStatus> = {
  proposed: { zh: '待审批', en: 'Awaiting approval' },
  approved: { zh: '已批准', en: 'Approved' },
  rejected: { zh: '已驳回', en: 'Rejected' },
}
export const QUOTE_STATUS_LABELS: Labels<QuoteStatus> = {
  open: { zh: '待确认', en: 'Open' },
  final: { zh: '已确认', en: 'Final' },
}
export const OLD_PART_STATUS_LABELS: Labels<OldPartStatus> = {
  registered: { zh: '已登记', en: 'Registered' },
  reported: { zh: '已上报', en: 'Reported' },
  received: { zh: '总部已收', en: 'Received by HQ' },
  called_in: { zh: '总部调回', en: 'Called in' },
}
export const DEALER_PARTS_REQUEST_STATUS_LABELS: Labels<DealerPartsRequestStatus> = {
  requested: { zh: '已申请', en: 'Requested' },
  confirmed: { zh: '已确认', en: 'Confirmed' },
  shipped: { zh: '已发货', en: 'Shipped' },
  received: { zh: '已收货', en: 'Received' },
}
