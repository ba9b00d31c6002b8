import type { AudienceCandidate, NotificationEvent } from './notification.events'
import type {
  NotificationPayload,
  NotificationPreferences,
  NotificationRecipient,
} from './notification.rules'

export type Notification = {
  id: string
  /** Increases with every notification written; the live stream and "newer than" key on it. */
  seq: number
  event: NotificationEvent
  link: string
  payload: NotificationPayload
  createdAt: Date
  readAt: Date | null
}

export interface NotificationRepository {
  /**
   * Writes one row per recipient, skipping recipients who already have this dedupe key (another
   * server got there first). Returns only the rows this call wrote.
   */
  insertMany(
    rows: Array<{
      recipient: NotificationRecipient
      event: NotificationEvent
      dedupeKey: string
      link: string
      payload: NotificationPayload
    }>,
    at: Date,
  ): Promise<Array<{ id: string; recipient: NotificationRecipient }>>
  list(
    recipient: NotificationRecipient,
    opts: { before?: number; limit: number; unreadOnly: boolean },
  ): Promise<Notification[]>
  /** The unread count and the newest notification (its seq and link: what a screen may refresh). */
  unread(
    recipient: NotificationRecipient,
  ): Promise<{ count: number; latestSeq: number; latestLink: string | null }>
  /** Marks the recipient's own notification read; null when it is not theirs (or missing). */
  markRead(recipient: NotificationRecipient, id: string, at: Date): Promise<Notification | null>
  markAllRead(recipient: NotificationRecipient, at: Date): Promise<number>
  preferences(recipients: readonly NotificationRecipient[]): Promise<Map<string, NotificationPreferences>>
  setPreferences(recipient: NotificationRecipient, p: NotificationPreferences, at: Date): Promise<void>
  /** Active staff of an organisation, to pick an event's audience from. */
  staffOf(orgId: string): Promise<AudienceCandidate[]>
}

/** The key preferences are returned under: `user:<id>` or `customer:<id>`. */
export const recipientKey = (r: NotificationRecipient) =>
  'userId' in r ? `user:${r.userId}` : `customer:${r.customerId}`
