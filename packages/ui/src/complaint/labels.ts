import {
  CAUSE_LABELS,
  CHANNEL_LABELS,
  type ClockName,
  COMMUNICATION_STYLE_LABELS,
  COMMUNICATION_STYLE_TIPS,
  COMPENSATION_LABELS,
  type CommunicationStyle,
  CUSTOMER_TYPE_LABELS,
  ESCALATION_LEVEL_LABELS,
  escalationOwner,
  KIND_LABELS,
  MINDSET_LABELS,
  PARTS_REQUEST_STATUS_LABELS,
  RESPONSIBLE_UNIT_LABELS,
  SEVERITY_LABELS,
  STATUS_LABELS,
  type Status,
  TEACHING_CASE_STATUS_LABELS,
} from '@asq/domain'
import { useI18n } from 'vue-i18n'

/** A label in both languages, as the domain's vocabularies carry them. */
export type Text = { zh: string; en: string }

export const CLOCK_LABELS: Record<ClockName, Text> = {
  response: { zh: '首次响应', en: 'First response' },
  resolution: { zh: '解决时限', en: 'Resolution' },
  countermeasure: { zh: '对策回复', en: 'Countermeasure reply' },
  station_completion: { zh: '服务站完工', en: 'Station completion' },
  tech_support: { zh: '技术支持答复', en: 'Technical support answer' },
}

export const CLOCK_STATE_LABELS: Record<'running' | 'paused' | 'met' | 'breached', Text> = {
  running: { zh: '计时中', en: 'Running' },
  paused: { zh: '已暂停', en: 'Paused' },
  met: { zh: '已达成', en: 'Met' },
  breached: { zh: '已超时', en: 'Breached' },
}

/** What staff read for each entry of a complaint's history (customers read the domain's own words). */
export const EVENT_LABELS: Record<string, Text> = {
  opened: { zh: '受理投诉', en: 'Complaint opened' },
  status: { zh: '状态变更', en: 'Status changed' },
  responded: { zh: '首次响应客户', en: 'First response to the customer' },
  handling_started: { zh: '开始处理', en: 'Handling started' },
  story_recorded: { zh: '记录六步法：听故事 / 探心态', en: 'Six steps: story and mindset recorded' },
  solutions_proposed: { zh: '提出解决方案', en: 'Solutions proposed' },
  stock_checked: { zh: '核查库存', en: 'Stock checked' },
  parts_requested: { zh: '提交配件支援申请', en: 'Parts-support request raised' },
  parts_status: { zh: '配件申请进度', en: 'Parts request update' },
  waiting_for_customer: { zh: '等待客户', en: 'Waiting for the customer' },
  customer_back: { zh: '客户已回复', en: 'Customer is back' },
  tech_requested: { zh: '提交总部技术支持', en: 'Technical support requested' },
  tech_question: { zh: '技术支持问题', en: 'Technical question' },
  tech_answered: { zh: '技术支持已答复', en: 'Technical support answered' },
  tech_answer: { zh: '技术支持答复内容', en: 'Technical answer' },
  compensation_proposed: { zh: '提出补偿', en: 'Goodwill proposed' },
  compensation_approved: { zh: '补偿已批准', en: 'Goodwill approved' },
  compensation_rejected: { zh: '补偿被驳回', en: 'Goodwill rejected' },
  compensation_offered: { zh: '向客户提供补偿', en: 'Goodwill offered to the customer' },
  resolved: { zh: '记录处理结果', en: 'Result recorded' },
  follow_up_started: { zh: '开始回访', en: 'Follow-up started' },
  follow_up_recorded: { zh: '回访结果', en: 'Follow-up answer' },
  reopened: { zh: '重新打开', en: 'Reopened' },
  closed: { zh: '结案', en: 'Closed' },
  escalated: { zh: '超时升级', en: 'Escalated' },
  evidence_added: { zh: '上传证据', en: 'Evidence added' },
  customer_replied: { zh: '客户在对话中回复', en: 'Customer replied in the conversation' },
  assigned: { zh: '指定责任单位', en: 'Responsible unit assigned' },
  countermeasure: { zh: '责任单位对策', en: 'Countermeasure recorded' },
  reclassified: { zh: '重新分类', en: 'Reclassified' },
  note: { zh: '内部备注', en: 'Internal note' },
  owner_changed: { zh: '负责人变更', en: 'Owner changed' },
}

const STOCK_RESULT_LABELS: Record<string, Text> = {
  own_stock: { zh: '本站有货', en: 'In stock here' },
  sister_station: { zh: '兄弟站有货', en: 'In stock at a sister station' },
  out_of_stock: { zh: '缺货', en: 'Out of stock' },
}
const CONTACT_LABELS: Record<string, Text> = {
  phone: { zh: '电话', en: 'Phone' },
  on_site: { zh: '现场', en: 'On site' },
  sms: { zh: '短信', en: 'SMS' },
  email: { zh: '邮件', en: 'E-mail' },
}
const YES_NO: Record<'yes' | 'no', Text> = { yes: { zh: '是', en: 'yes' }, no: { zh: '否', en: 'no' } }
const SATISFIED: Record<'yes' | 'no', Text> = {
  yes: { zh: '客户满意，已解决', en: 'customer satisfied: solved' },
  no: { zh: '客户不满意，未解决', en: 'customer not satisfied: not solved' },
}

type TagType = 'primary' | 'success' | 'warning' | 'danger' | 'info'
const STATUS_TAG: Record<Status, TagType> = {
  new: 'danger',
  responded: 'warning',
  in_progress: 'primary',
  awaiting_parts: 'warning',
  awaiting_customer: 'warning',
  awaiting_tech: 'warning',
  resolved: 'success',
  follow_up: 'success',
  closed: 'info',
}
export const statusTagType = (s: Status): TagType => STATUS_TAG[s]

/**
 * The complaint vocabularies in the chosen language. The words come from the domain (zh and en side by
 * side), so every app shows the same label for the same value.
 */
export function useComplaintLabels() {
  const { locale } = useI18n()
  const pick = (x: Text | undefined, fallback = ''): string =>
    x ? (locale.value === 'en' ? x.en : x.zh) : fallback
  const from =
    <K extends string>(table: Record<K, Text>) =>
    (k: K | string | null | undefined) =>
      k ? pick(table[k as K], String(k)) : '—'
  return {
    pick,
    status: from(STATUS_LABELS),
    kind: from(KIND_LABELS),
    severity: from(SEVERITY_LABELS),
    cause: from(CAUSE_LABELS),
    channel: from(CHANNEL_LABELS),
    mindset: from(MINDSET_LABELS),
    style: from(COMMUNICATION_STYLE_LABELS),
    /** How to handle a customer of that style (the mindset step's tips); empty when none was read. */
    styleTips: (k: string | null | undefined) =>
      k ? pick(COMMUNICATION_STYLE_TIPS[k as CommunicationStyle]) : '',
    customerType: from(CUSTOMER_TYPE_LABELS),
    teachingStatus: from(TEACHING_CASE_STATUS_LABELS),
    unit: from(RESPONSIBLE_UNIT_LABELS),
    compensation: from(COMPENSATION_LABELS),
    partsStatus: from(PARTS_REQUEST_STATUS_LABELS),
    clock: from(CLOCK_LABELS),
    clockState: from(CLOCK_STATE_LABELS),
    event: from(EVENT_LABELS),
    stockResult: from(STOCK_RESULT_LABELS),
    contact: from(CONTACT_LABELS),
    yesNo: (b: boolean) => pick(YES_NO[b ? 'yes' : 'no']),
    satisfied: (b: boolean) => pick(SATISFIED[b ? 'yes' : 'no']),
    level: (n: number) => pick(ESCALATION_LEVEL_LABELS[escalationOwner(n)]),
  }
}
export type ComplaintLabels = ReturnType<typeof useComplaintLabels>
