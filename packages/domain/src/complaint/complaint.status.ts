import { DomainError } from '../shared/errors'

/**
 * The life of a complaint: new → responded → in progress ⇄ (awaiting parts | customer | technical
 * support) → resolved → follow-up → closed; an unsatisfied customer reopens it from follow-up or closed.
 */
export const STATUSES = [
  'new',
  'responded',
  'in_progress',
  'awaiting_parts',
  'awaiting_customer',
  'awaiting_tech',
  'resolved',
  'follow_up',
  'closed',
] as const
export type Status = (typeof STATUSES)[number]

export const TRANSITIONS: Record<Status, readonly Status[]> = {
  new: ['responded'],
  responded: ['in_progress'],
  in_progress: ['awaiting_parts', 'awaiting_customer', 'awaiting_tech', 'resolved'],
  awaiting_parts: ['in_progress'],
  awaiting_customer: ['in_progress'],
  awaiting_tech: ['in_progress'],
  resolved: ['follow_up', 'in_progress'],
  follow_up: ['closed', 'in_progress'],
  closed: ['in_progress'],
}

export const STATUS_LABELS: Record<Status, { zh: string; en: string }> = {
  new: { zh: '新建', en: 'New' },
  responded: { zh: '已响应', en: 'Responded' },
  in_progress: { zh: '处理中', en: 'In progress' },
  awaiting_parts: { zh: '等待配件', en: 'Awaiting parts' },
  awaiting_customer: { zh: '等待客户', en: 'Waiting for the customer' },
  awaiting_tech: { zh: '等待技术支持', en: 'Awaiting technical support' },
  resolved: { zh: '已解决', en: 'Resolved' },
  follow_up: { zh: '回访中', en: 'Follow-up' },
  closed: { zh: '已关闭', en: 'Closed' },
}

export const OPEN_STATUSES = STATUSES.filter((s) => s !== 'closed')

export function canTransition(from: Status, to: Status): boolean {
  return TRANSITIONS[from].includes(to)
}

export function assertTransition(from: Status, to: Status): void {
  if (!canTransition(from, to)) {
    throw new DomainError(
      'PRECONDITION',
      'COMPLAINT.ILLEGAL_TRANSITION',
      `A complaint that is "${STATUS_LABELS[from].en}" cannot become "${STATUS_LABELS[to].en}"`,
      { details: { from, to } },
    )
  }
}
