import type { ClockState } from '../sla'
import type { Complaint, ComplaintEvent } from './complaint.entity'
import type { Status } from './complaint.status'

type Text = { zh: string; en: string }

/** What the customer reads for each status: plain words, never internal detail. */
const CUSTOMER_STATUS: Record<Status, Text> = {
  new: { zh: '已受理，等待服务站联系您', en: 'Received; the station will contact you' },
  responded: { zh: '服务站已联系您', en: 'The station has contacted you' },
  in_progress: { zh: '处理中', en: 'Being handled' },
  awaiting_parts: { zh: '等待配件到货', en: 'Waiting for parts' },
  awaiting_customer: { zh: '等待您的回复', en: 'Waiting for your reply' },
  awaiting_tech: { zh: '总部技术支持处理中', en: 'With HQ technical support' },
  resolved: { zh: '已处理，即将回访', en: 'Handled; we will follow up with you' },
  follow_up: { zh: '请确认问题是否已解决', en: 'Please confirm whether your problem is solved' },
  closed: { zh: '已结案', en: 'Closed' },
}

const NEXT_STEP: Record<Status, Text> = {
  new: { zh: '服务站将在时限内与您联系', en: 'The station will contact you within the time limit' },
  responded: { zh: '服务站开始处理您的问题', en: 'The station starts working on your problem' },
  in_progress: { zh: '服务站将为您解决问题', en: 'The station will solve your problem' },
  awaiting_parts: {
    zh: '配件到货后服务站会主动联系您',
    en: 'The station will call you when the parts arrive',
  },
  awaiting_customer: { zh: '请回复服务站的问题', en: "Please answer the station's question" },
  awaiting_tech: { zh: '总部答复后服务站会联系您', en: 'The station will contact you once HQ answers' },
  resolved: { zh: '我们将回访确认结果', en: 'We will call to confirm the result' },
  follow_up: { zh: '请在下方确认"已解决"或"未解决"', en: 'Please choose "solved" or "not solved" below' },
  closed: { zh: '感谢您的耐心', en: 'Thank you for your patience' },
}

/** Customer-facing words for the timeline; events not listed here are never shown to customers. */
export const CUSTOMER_EVENT_TEXT: Record<string, Text> = {
  opened: { zh: '投诉已受理', en: 'Complaint received' },
  responded: { zh: '服务站已与您联系', en: 'The station contacted you' },
  handling_started: { zh: '开始处理', en: 'Handling started' },
  solutions_proposed: { zh: '服务站提出了解决方案', en: 'The station proposed solutions' },
  stock_checked: { zh: '已核查配件库存', en: 'Parts stock checked' },
  parts_requested: { zh: '已向区域配件中心申请配件', en: 'Parts ordered from the regional parts centre' },
  parts_status: { zh: '配件进度更新', en: 'Parts update' },
  waiting_for_customer: { zh: '等待您的回复', en: 'Waiting for your reply' },
  tech_requested: { zh: '已提交总部技术支持', en: 'Referred to HQ technical support' },
  tech_answered: {
    zh: '总部技术支持已答复，服务站将联系您',
    en: 'HQ technical support answered; the station will contact you',
  },
  compensation_offered: { zh: '为您提供补偿', en: 'Goodwill offered to you' },
  resolved: { zh: '问题已处理', en: 'Problem handled' },
  follow_up_started: { zh: '回访：请确认是否已解决', en: 'Follow-up: please confirm whether it is solved' },
  follow_up_recorded: { zh: '回访结果已记录', en: 'Follow-up answer recorded' },
  reopened: { zh: '案件重新处理', en: 'Case reopened' },
  closed: { zh: '已结案', en: 'Case closed' },
  escalated: { zh: '已升级处理', en: 'Escalated for faster handling' },
  evidence_added: { zh: '已上传证据', en: 'Evidence uploaded' },
  customer_replied: { zh: '已收到您的回复，继续处理', en: 'Your reply arrived; handling continues' },
}

/** Fields of an event's data a customer may read (everything else stays internal). */
const CUSTOMER_DATA_KEYS: Record<string, readonly string[]> = {
  solutions_proposed: ['options'],
  parts_requested: ['lines'],
  parts_status: ['status', 'eta'],
  resolved: ['result'],
  compensation_offered: ['type', 'amountFen'],
  follow_up_recorded: ['satisfied'],
  stock_checked: ['partName', 'result'],
}

export type CustomerTimelineEntry = { at: Date; type: string; text: Text; data: Record<string, unknown> }

/** The customer's own words read back to them: the comment they gave at follow-up (not a staff note). */
const ownWords = (e: ComplaintEvent): readonly string[] =>
  e.type === 'follow_up_recorded' && e.data.by === 'customer' ? ['note'] : []

export function customerTimeline(events: readonly ComplaintEvent[]): CustomerTimelineEntry[] {
  return events
    .filter((e) => e.visibility === 'customer' && CUSTOMER_EVENT_TEXT[e.type])
    .map((e) => {
      const keys = [...(CUSTOMER_DATA_KEYS[e.type] ?? []), ...ownWords(e)]
      return {
        at: e.at,
        type: e.type,
        text: CUSTOMER_EVENT_TEXT[e.type]!,
        data: Object.fromEntries(keys.filter((k) => k in e.data).map((k) => [k, e.data[k]])),
      }
    })
}

/** Statuses in which the recorded result is the answer standing now (reopened cases are back at work). */
const RESULT_STANDS: readonly Complaint['status'][] = ['resolved', 'follow_up', 'closed']

/**
 * Where the case stands for the customer: status, what is next and by when — and which promise that
 * date is: the first contact while the case is new, the completion after that.
 */
export function customerProgress(c: Pick<Complaint, 'status'>, clocks: readonly ClockState[]) {
  const clock = c.status === 'new' ? 'response' : 'resolution'
  const running = clocks.find((k) => k.clock === clock && k.stoppedAt === null)
  return {
    status: CUSTOMER_STATUS[c.status],
    nextStep: NEXT_STEP[c.status],
    dueAt: c.status === 'closed' ? null : (running?.dueAt ?? null),
    dueKind: clock === 'response' ? ('first_contact' as const) : ('completion' as const),
    /** Whether the recorded result still answers the case (after "not solved" it does not). */
    resultStands: RESULT_STANDS.includes(c.status),
  }
}
