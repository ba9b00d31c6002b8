import type { OrgKind, Role } from '../identity'

/**
 * What the apps tell a person in their inbox (and, when they chose it, by e-mail). One list; the
 * preference page, the inbox labels and the e-mail text all key on it.
 */
export const NOTIFICATION_EVENTS = [
  'case_assigned',
  'message_received',
  'deadline_near',
  'step_reviewed',
  'claim_audited',
  'statement_ready',
  'action_overdue',
  'notice_approved',
  'liaison_answered',
] as const
export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number]

/** Labels for what the server prints (e-mail subject); the apps use their own i18n messages. */
export const NOTIFICATION_EVENT_LABELS: Record<NotificationEvent, { zh: string; en: string }> = {
  case_assigned: { zh: '案件已分派给您', en: 'Case assigned to you' },
  message_received: { zh: '收到新消息', en: 'New message' },
  deadline_near: { zh: '处理时限告警', en: 'Deadline alert' },
  step_reviewed: { zh: '8D 步骤已审核', en: '8D step reviewed' },
  claim_audited: { zh: '报销明细已审核', en: 'Claim line audited' },
  statement_ready: { zh: '结算单已生成', en: 'Statement ready' },
  action_overdue: { zh: '整改行动已逾期', en: 'Action overdue' },
  notice_approved: { zh: '奖罚通知单已批准', en: 'Reward/penalty notice approved' },
  liaison_answered: { zh: '品质联络书已答复', en: 'Liaison letter answered' },
}

/**
 * Who receives an event when the caller names an organisation rather than people: the staff of that
 * organisation holding one of these roles. (case_assigned names its person, action_overdue the action's person and the meeting's organiser; message_received names the
 * case's owner when there is one, and falls back to the owning station's audience here.)
 */
export const NOTIFICATION_AUDIENCE: Record<
  Exclude<NotificationEvent, 'case_assigned' | 'action_overdue'>,
  { orgKind: OrgKind; roles: readonly Role[] }
> = {
  // The customer wrote on a case nobody owns: whoever works the station's queue.
  message_received: { orgKind: 'dealer', roles: ['dealer_manager', 'dealer_staff'] },
  // The station that owns the case: the manager and the advisors who work the queue.
  deadline_near: { orgKind: 'dealer', roles: ['dealer_manager', 'dealer_staff'] },
  // Every user of the supplier answering the 8D.
  step_reviewed: { orgKind: 'supplier', roles: ['supplier_user'] },
  // The station's claim is the manager's and the staff's who entered it.
  claim_audited: { orgKind: 'dealer', roles: ['dealer_manager', 'dealer_staff'] },
  // Statements are money: the station manager only.
  statement_ready: { orgKind: 'dealer', roles: ['dealer_manager'] },
  // A reward or penalty concerning the station, once the general manager approved it (issue 18).
  notice_approved: { orgKind: 'dealer', roles: ['dealer_manager'] },
  // HQ quality answered the station's liaison letter: whoever at the station may read its letters.
  liaison_answered: { orgKind: 'dealer', roles: ['dealer_manager', 'dealer_staff'] },
}

export type AudienceCandidate = {
  id: string
  orgId: string
  orgKind: OrgKind
  roles: readonly Role[]
  active: boolean
}

/** The user ids among `candidates` who receive `event` for organisation `orgId`. */
export function audienceOf(
  event: keyof typeof NOTIFICATION_AUDIENCE,
  orgId: string,
  candidates: readonly AudienceCandidate[],
): string[] {
  const rule = NOTIFICATION_AUDIENCE[event]
  const ids = candidates
    .filter(
      (u) =>
        u.active &&
        u.orgId === orgId &&
        u.orgKind === rule.orgKind &&
        u.roles.some((r) => rule.roles.includes(r)),
    )
    .map((u) => u.id)
  return [...new Set(ids)].sort()
}
