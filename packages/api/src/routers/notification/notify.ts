import type { NotificationInput, NotificationRecipient, Repositories } from '@asq/domain'
import {
  audienceOf,
  emailFor,
  type NOTIFICATION_AUDIENCE,
  notificationEmail,
  notificationRows,
  recipientKey,
} from '@asq/domain'

type Tx = { repos: Repositories }

/**
 * The in-app fan-out, called inside the transaction of the change it reports:
 *
 * ```ts
 * await notify(tx, { event: 'message_received', key: message.id, at: now,
 *   recipients: { userIds: [ownerId], customerIds: [complaint.customerId] },
 *   link: `/complaints/${complaint.id}`, payload: { ref: complaint.number } })
 * ```
 *
 * One notification per recipient per `event` + `key`, exactly once: the row is unique per recipient
 * and dedupe key, so a second server (or a retried job) processing the same occurrence writes nothing.
 * For each row actually written, an e-mail is enqueued in the outbox when that person chose e-mail for
 * this event (notification preferences). Returns the number of notifications written.
 */
export async function notify(tx: Tx, n: NotificationInput & { at: Date }): Promise<number> {
  const written = await tx.repos.notifications.insertMany(notificationRows(n), n.at)
  if (written.length === 0) return 0
  await emailWhereWanted(
    tx,
    n,
    written.map((w) => w.recipient),
  )
  return written.length
}

/**
 * The same, addressed to an organisation: its staff who receive `event` (domain rule
 * NOTIFICATION_AUDIENCE, e.g. a statement goes to the station manager only).
 */
export async function notifyOrg(
  tx: Tx,
  n: Omit<NotificationInput, 'recipients' | 'event'> & {
    event: keyof typeof NOTIFICATION_AUDIENCE
    orgId: string
    at: Date
  },
): Promise<number> {
  const userIds = audienceOf(n.event, n.orgId, await tx.repos.notifications.staffOf(n.orgId))
  return notify(tx, { ...n, recipients: { userIds } })
}

async function emailWhereWanted(tx: Tx, n: NotificationInput & { at: Date }, to: NotificationRecipient[]) {
  const prefs = await tx.repos.notifications.preferences(to)
  for (const r of to) {
    const p = prefs.get(recipientKey(r)) ?? null
    if (!p?.emailEvents.includes(n.event)) continue
    // A customer who left the address empty is written to at the address they signed up with.
    const own =
      !p.email && 'customerId' in r ? ((await tx.repos.customers.byId(r.customerId))?.email ?? null) : null
    const address = emailFor(own ? { ...p, email: own } : p, n.event)
    if (!address) continue
    await tx.repos.outbox.enqueue({
      channel: 'email',
      recipient: address,
      kind: `notification.${n.event}`,
      ...notificationEmail(n.event, n.payload, n.link),
      at: n.at,
    })
  }
}
