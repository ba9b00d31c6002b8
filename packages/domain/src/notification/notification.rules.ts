import type { NotificationEvent } from './notification.events'
import { NOTIFICATION_EVENT_LABELS } from './notification.events'

/** A person who has an inbox: a staff user or a customer. */
export type NotificationRecipient = { userId: string } | { customerId: string }

/** The text parameters an inbox line shows: the reference (a case or claim number) and small extras. */
export type NotificationPayload = Record<string, string | number | boolean | null>

export type NotificationInput = {
  event: NotificationEvent
  /**
   * What happened, once: e.g. the complaint id and escalation cycle, the 8D step and its version, the
   * message id. Together with the recipient it is the dedupe key, so the same occurrence processed
   * twice (two servers, a retried job) leaves one notification per person.
   */
  key: string
  recipients: { userIds?: readonly string[]; customerIds?: readonly string[] }
  /** A path inside the recipient's app, e.g. `/complaints/<id>`. */
  link: string
  payload: NotificationPayload
}

/** The row each recipient gets: the dedupe key is `<event>:<key>`, unique per recipient. */
export function notificationRows(n: NotificationInput): Array<{
  recipient: NotificationRecipient
  event: NotificationEvent
  dedupeKey: string
  link: string
  payload: NotificationPayload
}> {
  const dedupeKey = notificationDedupeKey(n.event, n.key)
  const users = [...new Set(n.recipients.userIds ?? [])].map((userId) => ({ userId }))
  const customers = [...new Set(n.recipients.customerIds ?? [])].map((customerId) => ({ customerId }))
  return [...users, ...customers].map((recipient) => ({
    recipient,
    event: n.event,
    dedupeKey,
    link: n.link,
    payload: n.payload,
  }))
}

export const notificationDedupeKey = (event: NotificationEvent, key: string) => `${event}:${key}`

export type NotificationPreferences = {
  /** Where e-mail goes: the customer's own address, or the address a staff user entered. */
  email: string | null
  /** The events that also go by e-mail; the inbox always gets every event. */
  emailEvents: readonly NotificationEvent[]
}

export const DEFAULT_NOTIFICATION_PREFERENCES: NotificationPreferences = { email: null, emailEvents: [] }

/** The address to e-mail for `event`, or null when the person did not ask for it (or gave no address). */
export function emailFor(prefs: NotificationPreferences | null, event: NotificationEvent): string | null {
  if (!prefs?.email || !prefs.emailEvents.includes(event)) return null
  return prefs.email
}

/** The e-mail that goes beside an inbox notification: Chinese first, English beside. */
export function notificationEmail(event: NotificationEvent, payload: NotificationPayload, link: string) {
  const label = NOTIFICATION_EVENT_LABELS[event]
  const ref = payload.ref == null ? '' : ` ${payload.ref}`
  return {
    subject: `${label.zh}${ref} · ${label.en}${ref}`,
    body: `${label.zh}${ref}。请登录平台查看：${link}\n${label.en}${ref}. Sign in to see it: ${link}`,
  }
}
