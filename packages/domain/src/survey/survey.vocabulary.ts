/** The fixed vocabularies of satisfaction surveys (满意度调查), with Chinese and English labels. */
export const QUESTION_TYPES = ['csat', 'nps', 'single', 'multiple', 'text'] as const
/** SERVQUAL: the five dimensions of service quality a question may be tagged with. */
export const SERVQUAL_DIMENSIONS = [
  'tangibles',
  'reliability',
  'responsiveness',
  'assurance',
  'empathy',
] as const
/** What a template is for: the survey after a closed complaint (回访), or a campaign to a segment. */
export const TEMPLATE_PURPOSES = ['complaint', 'campaign'] as const
/** Why an invitation exists: a closed complaint, a campaign, or a renewed survey from a follow-up task. */
export const INVITATION_SOURCES = ['complaint', 'campaign', 'follow_up'] as const
export const INVITATION_STATUSES = ['scheduled', 'sent', 'answered', 'cancelled'] as const
export const FOLLOW_UP_STATUSES = ['open', 'done'] as const
export const CAMPAIGN_STATUSES = ['draft', 'sent'] as const

export type QuestionType = (typeof QUESTION_TYPES)[number]
export type ServqualDimension = (typeof SERVQUAL_DIMENSIONS)[number]
export type TemplatePurpose = (typeof TEMPLATE_PURPOSES)[number]
export type InvitationSource = (typeof INVITATION_SOURCES)[number]
export type InvitationStatus = (typeof INVITATION_STATUSES)[number]
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number]
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number]

type Labels<T extends string> = Record<T, { zh: string; en: string }>

export const QUESTION_TYPE_LABELS: Labels<QuestionType> = {
  csat: { zh: '满意度评分（1–5 星）', en: 'Satisfaction rating (1–5 stars)' },
  nps: { zh: '推荐意愿（0–10 分）', en: 'Likelihood to recommend (0–10)' },
  single: { zh: '单选', en: 'Single choice' },
  multiple: { zh: '多选', en: 'Multiple choice' },
  text: { zh: '文字意见', en: 'Free text' },
}
export const SERVQUAL_LABELS: Labels<ServqualDimension> = {
  tangibles: { zh: '有形性', en: 'Tangibles' },
  reliability: { zh: '可靠性', en: 'Reliability' },
  responsiveness: { zh: '响应性', en: 'Responsiveness' },
  assurance: { zh: '保证性', en: 'Assurance' },
  empathy: { zh: '关怀性', en: 'Empathy' },
}
export const TEMPLATE_PURPOSE_LABELS: Labels<TemplatePurpose> = {
  complaint: { zh: '投诉结案回访', en: 'Complaint follow-up' },
  campaign: { zh: '满意度调查活动', en: 'Campaign' },
}
export const INVITATION_SOURCE_LABELS: Labels<InvitationSource> = {
  complaint: { zh: '投诉结案', en: 'Closed complaint' },
  campaign: { zh: '调查活动', en: 'Campaign' },
  follow_up: { zh: '回访复评', en: 'Renewed survey' },
}
export const FOLLOW_UP_STATUS_LABELS: Labels<FollowUpStatus> = {
  open: { zh: '待跟进', en: 'Open' },
  done: { zh: '已完成', en: 'Done' },
}
