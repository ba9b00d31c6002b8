import { sql } from 'drizzle-orm'
import {
  bigserial,
  check,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { customers, users } from './identity'

/**
 * The in-app inbox. One row per recipient (a staff user or a customer) per occurrence: the dedupe key
 * is unique per recipient, so fan-out of the same event by two servers writes each row once.
 * `seq` orders the inbox and lets the live stream ask "anything newer than n?".
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    customerId: uuid('customer_id').references(() => customers.id, { onDelete: 'cascade' }),
    event: text('event').notNull(),
    dedupeKey: text('dedupe_key').notNull(),
    link: text('link').notNull(),
    payload: jsonb('payload').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    check('notifications_one_recipient', sql`(${t.userId} is null) <> (${t.customerId} is null)`),
    uniqueIndex('notifications_user_dedupe_uq').on(t.userId, t.dedupeKey).where(sql`${t.userId} is not null`),
    uniqueIndex('notifications_customer_dedupe_uq')
      .on(t.customerId, t.dedupeKey)
      .where(sql`${t.customerId} is not null`),
    index('notifications_user_seq_idx').on(t.userId, t.seq),
    index('notifications_customer_seq_idx').on(t.customerId, t.seq),
  ],
)

/** Which events also go by e-mail, per person (absent: inbox only). */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    customerId: uuid('customer_id').references(() => customers.id, { onDelete: 'cascade' }),
    email: text('email'),
    emailEvents: text('email_events').array().notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check('notification_preferences_one_recipient', sql`(${t.userId} is null) <> (${t.customerId} is null)`),
    uniqueIndex('notification_preferences_user_uq').on(t.userId).where(sql`${t.userId} is not null`),
    uniqueIndex('notification_preferences_customer_uq')
      .on(t.customerId)
      .where(sql`${t.customerId} is not null`),
  ],
)
