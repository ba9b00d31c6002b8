import type { Actor, NotificationRecipient } from '@asq/domain'
import {
  DEFAULT_NOTIFICATION_PREFERENCES,
  notFound,
  notificationIdSchema,
  notificationListInputSchema,
  notificationPreferencesInputSchema,
  recipientKey,
} from '@asq/domain'
import { authedProcedure, router } from '../../trpc'

/** The caller's own inbox: staff by user, customers by customer. Never anyone else's. */
const recipientOf = (a: Actor): NotificationRecipient =>
  a.kind === 'staff' ? { userId: a.userId } : { customerId: a.customerId }

/** In-app notifications: every signed-in person reads and marks only their own. */
export const notificationRouter = router({
  list: authedProcedure.input(notificationListInputSchema).query(async ({ ctx, input }) => {
    const items = await ctx.repos.notifications.list(recipientOf(ctx.actor), input)
    return { items, nextBefore: items.length === input.limit ? items.at(-1)!.seq : null }
  }),

  /** The bell: unread count and the newest notification's seq (the live stream compares it). */
  unread: authedProcedure.query(({ ctx }) => ctx.repos.notifications.unread(recipientOf(ctx.actor))),

  markRead: authedProcedure.input(notificationIdSchema).mutation(({ ctx, input }) =>
    ctx.transact(async ({ repos, audit }) => {
      const at = ctx.clock()
      const n = await repos.notifications.markRead(recipientOf(ctx.actor), input.id, at)
      if (!n) throw notFound('notification')
      await audit({
        action: 'notification.read',
        entityType: 'notification',
        entityId: n.id,
        before: { readAt: null },
        after: { readAt: at },
      })
      return n
    }),
  ),

  markAllRead: authedProcedure.mutation(({ ctx }) =>
    ctx.transact(async ({ repos, audit }) => {
      const r = recipientOf(ctx.actor)
      const marked = await repos.notifications.markAllRead(r, ctx.clock())
      await audit({
        action: 'notification.read_all',
        entityType: 'notification_inbox',
        entityId: recipientKey(r),
        before: null,
        after: { marked },
      })
      return { marked }
    }),
  ),

  preferences: authedProcedure.query(async ({ ctx }) => {
    const r = recipientOf(ctx.actor)
    const prefs = await ctx.repos.notifications.preferences([r])
    return prefs.get(recipientKey(r)) ?? DEFAULT_NOTIFICATION_PREFERENCES
  }),

  setPreferences: authedProcedure.input(notificationPreferencesInputSchema).mutation(({ ctx, input }) =>
    ctx.transact(async ({ repos, audit }) => {
      const r = recipientOf(ctx.actor)
      const before = (await repos.notifications.preferences([r])).get(recipientKey(r)) ?? null
      const after = { email: input.email, emailEvents: [...new Set(input.emailEvents)] }
      await repos.notifications.setPreferences(r, after, ctx.clock())
      await audit({
        action: 'notification.preferences',
        entityType: 'notification_preferences',
        entityId: recipientKey(r),
        before,
        after,
      })
      return after
    }),
  ),
})
