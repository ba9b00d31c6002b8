import { integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core'
import { ts } from './columns'
import { organisations } from './identity'

/**
 * Opening hours and extra closures of HQ's desk (the hq organisation) or of one station. Holidays and
 * make-up days are not here: every calendar inherits them from calendar_days (the State Council's).
 */
export const openingHours = pgTable('opening_hours', {
  orgId: uuid('org_id')
    .primaryKey()
    .references(() => organisations.id),
  /** Seven lists (Sunday first) of { from, to } minutes after midnight. */
  hours: jsonb('hours').notNull(),
  /** Extra closed dates, 'YYYY-MM-DD'. */
  closures: jsonb('closures').notNull(),
  version: integer('version').notNull().default(1),
  updatedBy: text('updated_by').notNull(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
})
