/** The fixed vocabularies of the complaint review meeting (客户抱怨检讨会议) and its actions. */
export const PACK_SECTIONS = ['quality', 'non_quality'] as const
export type PackSection = (typeof PACK_SECTIONS)[number]

export const MEETING_STATUSES = ['scheduled', 'final'] as const
export type MeetingStatus = (typeof MEETING_STATUSES)[number]

export const ACTION_STATUSES = ['open', 'done'] as const
export type ActionStatus = (typeof ACTION_STATUSES)[number]

export const PERIOD_KINDS = ['month', 'custom'] as const
export type MeetingPeriodKind = (typeof PERIOD_KINDS)[number]

type Labels<T extends string> = Record<T, { zh: string; en: string }>

export const PACK_SECTION_LABELS: Labels<PackSection> = {
  quality: { zh: '质量类抱怨', en: 'Quality-related complaints' },
  non_quality: { zh: '非质量类抱怨', en: 'Non-quality complaints' },
}
export const MEETING_STATUS_LABELS: Labels<MeetingStatus> = {
  scheduled: { zh: '待召开', en: 'Scheduled' },
  final: { zh: '纪要已定稿', en: 'Minutes final' },
}
export const ACTION_STATUS_LABELS: Labels<ActionStatus> = {
  open: { zh: '进行中', en: 'Open' },
  done: { zh: '已完成', en: 'Done' },
}
