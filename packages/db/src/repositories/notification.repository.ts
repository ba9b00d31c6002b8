import type {
  Notification,
  NotificationEvent,
  NotificationPayload,
  NotificationPreferences,
  NotificationRecipient,
  NotificationRepository,
  Role,
} from '@asq/domain'
import { recipientKey } from '@asq/domain'
import { and, count, desc, eq, inArray, isNull, lt, or, type SQL } from 'drizzle-orm'
import type { Database } from '../client'
import { notificationPreferences, notifications, organisations, users } from '../schema'

type Row = typeof notifications.$inferSelect

const toNotification = (r: Row): Notification => ({
  id: r.id,
  seq: r.seq,
  event: r.event as NotificationEvent,
  link: r.link,
  payload: r.payload as NotificationPayload,
  createdAt: r.createdAt,
  readAt: r.readAt,
})

const mine = (r: NotificationRecipient): SQL =>
  'userId' in r ? eq(notifications.userId, r.userId) : eq(notifications.customerId, r.customerId)
const columns = (r: NotificationRecipient) =>
  'userId' in r ? { userId: r.userId, customerId: null } : { userId: null, customerId: r.customerId }

export const notificationRepository = (db: Database): NotificationRepository => ({
  async insertMany(rows, at) {
    if (rows.length === 0) return []
    // No conflict target: either partial unique index (user or customer + dedupe key) makes a row a no-op.
    const written = await db
      .insert(notifications)
      .values(
        rows.map((r) => ({
          ...columns(r.recipient),
          event: r.event,
          dedupeKey: r.dedupeKey,
          link: r.link,
          payload: r.payload,
          createdAt: at,
        })),
      )
      .onConflictDoNothing()
      .returning({ id: notifications.id, userId: notifications.userId, customerId: notifications.customerId })
    return written.map((w) => ({
      id: w.id,
      recipient: w.userId ? { userId: w.userId } : { customerId: w.customerId! },
    }))
  },
  async list(recipient, { before, limit, unreadOnly }) {
    const rows = await db
      .select()
      .from(notifications)
      .where(
        and(
          mine(recipient),
          before ? lt(notifications.seq, before) : undefined,
          unreadOnly ? isNull(notifications.readAt) : undefined,
        ),
      )
      .orderBy(desc(notifications.seq))
      .limit(limit)
    return rows.map(toNotification)
  },
  async unread(recipient) {
    const [r] = await db
      .select({ count: count() })
      .from(notifications)
      .where(and(mine(recipient), isNull(notifications.readAt)))
    const [latest] = await db
      .select({ seq: notifications.seq, link: notifications.link })
      .from(notifications)
      .where(mine(recipient))
      .orderBy(desc(notifications.seq))
      .limit(1)
    return { count: r?.count ?? 0, latestSeq: Number(latest?.seq ?? 0), latestLink: latest?.link ?? null }
  },
  async markRead(recipient, id, at) {
    const [r] = await db
      .update(notifications)
      .set({ readAt: at })
      .where(and(mine(recipient), eq(notifications.id, id)))
      .returning()
    return r ? toNotification(r) : null
  },
  async markAllRead(recipient, at) {
    const r = await db
      .update(notifications)
      .set({ readAt: at })
      .where(and(mine(recipient), isNull(notifications.readAt)))
      .returning({ id: notifications.id })
    return r.length
  },
  async preferences(recipients) {
    const userIds = recipients.flatMap((r) => ('userId' in r ? [r.userId] : []))
    const customerIds = recipients.flatMap((r) => ('customerId' in r ? [r.customerId] : []))
    const out = new Map<string, NotificationPreferences>()
    if (userIds.length + customerIds.length === 0) return out
    const rows = await db
      .select()
      .from(notificationPreferences)
      .where(
        or(
          userIds.length ? inArray(notificationPreferences.userId, userIds) : undefined,
          customerIds.length ? inArray(notificationPreferences.customerId, customerIds) : undefined,
        ),
      )
    for (const r of rows)
      out.set(recipientKey(r.userId ? { userId: r.userId } : { customerId: r.customerId! }), {
        email: r.email,
        emailEvents: r.emailEvents as NotificationEvent[],
      })
    return out
  },
  async setPreferences(recipient, p, at) {
    const values = { ...columns(recipient), email: p.email, emailEvents: [...p.emailEvents], updatedAt: at }
    const [existing] = await db
      .select({ id: notificationPreferences.id })
      .from(notificationPreferences)
      .where(
        'userId' in recipient
          ? eq(notificationPreferences.userId, recipient.userId)
          : eq(notificationPreferences.customerId, recipient.customerId),
      )
    if (existing)
      await db.update(notificationPreferences).set(values).where(eq(notificationPreferences.id, existing.id))
    else await db.insert(notificationPreferences).values(values)
  },
  async staffOf(orgId) {
    const rows = await db
      .select({
        id: users.id,
        orgId: users.orgId,
        orgKind: organisations.kind,
        roles: users.roles,
        active: users.active,
      })
      .from(users)
      .innerJoin(organisations, eq(users.orgId, organisations.id))
      .where(eq(users.orgId, orgId))
    return rows.map((r) => ({ ...r, roles: r.roles as Role[] }))
  },
})
