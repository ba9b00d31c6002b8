import { index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core'
import { bytea, ts } from './columns'

/**
 * Files received by `POST /uploads`, each a one-use token for its owner (`actorLabel`) until it is
 * attached to a complaint or an 8D step (`used_for` names that record). The bytes are in the file
 * store, addressed by `sha256`.
 */
export const uploads = pgTable(
  'uploads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    owner: text('owner').notNull(),
    sha256: text('sha256').notNull(),
    size: integer('size').notNull(),
    mime: text('mime').notNull(),
    filename: text('filename').notNull(),
    createdAt: ts('created_at').notNull(),
    expiresAt: ts('expires_at').notNull(),
    usedFor: text('used_for'),
  },
  (t) => [index('uploads_owner_idx').on(t.owner, t.createdAt)],
)

/** The database file store (PostgreSQL mode): one row per distinct content, whoever sent it. */
export const fileBlobs = pgTable('file_blobs', {
  sha256: text('sha256').primaryKey(),
  size: integer('size').notNull(),
  content: bytea('content').notNull(),
  createdAt: ts('created_at').notNull(),
})
