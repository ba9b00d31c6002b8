import { z } from 'zod'
import { NOTIFICATION_EVENTS } from './notification.events'

export const notificationEventSchema = z.enum(NOTIFICATION_EVENTS)

export const notificationListInputSchema = z.object({
  /** Older than this notification (its `seq`): the next page of the inbox. */
  before: z.number().int().positive().optional(),
  limit: z.number().int().min(1).max(100).default(20),
  unreadOnly: z.boolean().default(false),
})
export type NotificationListInput = z.infer<typeof notificationListInputSchema>

export const notificationIdSchema = z.object({ id: z.uuid() })

export const notificationPreferencesInputSchema = z.object({
  /** Staff enter an address; a customer's own e-mail is used when this is left empty. */
  email: z.email().max(200).nullable(),
  emailEvents: z.array(notificationEventSchema).max(NOTIFICATION_EVENTS.length),
})
export type NotificationPreferencesInput = z.infer<typeof notificationPreferencesInputSchema>
