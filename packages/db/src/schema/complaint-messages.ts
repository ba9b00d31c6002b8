import { sql } from 'drizzle-orm'
import { check, index, pgTable, text, uuid } from 'drizzle-orm/pg-core'
import { ts } from './columns'
import { complaints } from './complaint'

/**
 * The conversation on a complaint (issue 17): one row per message of the customer, the station or HQ.
 * No tenant column of its own: a message belongs to its complaint (whose customer and station decide
 * who reads it, and whose station HQ may change); every read goes through the complaint's scope.
 * Files are complaint attachments (one table for evidence and message files, deduplicated per uploader),
 * referenced by id, so the same photo on two messages is one stored file.
 */
export const complaintMessages = pgTable(
  'complaint_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id, { onDelete: 'cascade' }),
    /** customer | station | hq */
    authorKind: text('author_kind').notNull(),
    /** The customer's id or the staff user's id (by author_kind). */
    authorId: uuid('author_id').notNull(),
    /** public (the customer reads it) | internal (staff only) */
    visibility: text('visibility').notNull(),
    body: text('body').notNull(),
    attachmentIds: uuid('attachment_ids').array().notNull().default(sql`'{}'::uuid[]`),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [
    // A case's thread, in the order it was written (the only read besides the customer's filter).
    index('complaint_messages_thread_idx').on(t.complaintId, t.createdAt, t.id),
    check('complaint_messages_author_kind_ck', sql`${t.authorKind} in ('customer', 'station', 'hq')`),
    check('complaint_messages_visibility_ck', sql`${t.visibility} in ('public', 'internal')`),
  ],
)
