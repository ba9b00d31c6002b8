import type { NotificationEvent } from '@asq/domain'

type Item = { event: NotificationEvent; payload: Record<string, unknown> }

/** The message key and its parameters for one inbox line (the texts live in the shared messages). */
export function notificationText(n: Item): { key: string; params: Record<string, unknown> } {
  const params = { ref: n.payload.ref ?? '', step: n.payload.step ?? '', title: n.payload.title ?? '' }
  if (n.event === 'step_reviewed')
    return {
      key: `notifications.events.step_reviewed_${n.payload.decision === 'approved' ? 'approved' : 'rejected'}`,
      params,
    }
  return { key: `notifications.events.${n.event}`, params }
}
