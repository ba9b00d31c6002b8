import { sql } from 'drizzle-orm'
import { check, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core'
import { ts } from './columns'
import { complaints } from './complaint'
import { feeParts } from './fee'

/**
 * The learning centre's teaching cases (issue 18): a closed complaint HQ wrote up, anonymised, for
 * every station to learn from (or a case of the training material). The text holds no customer data
 * (checked before publishing). A case belongs to no station: it is the network's; the complaint it
 * came from is kept apart (teaching_case_sources) and read by HQ only.
 */
export const teachingCases = pgTable(
  'teaching_cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** draft | published | withdrawn */
    status: text('status').notNull(),
    title: text('title').notNull(),
    cause: text('cause').notNull(),
    partCode: text('part_code').references(() => feeParts.code),
    customerType: text('customer_type').notNull(),
    communicationStyle: text('communication_style'),
    mindsets: text('mindsets').array().notNull().default(sql`'{}'::text[]`),
    story: text('story').notNull(),
    actions: text('actions').notNull(),
    lessons: text('lessons').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    publishedAt: ts('published_at'),
    withdrawnAt: ts('withdrawn_at'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    // The library (published, newest first) and its filters; similar cases read by cause or part.
    index('teaching_cases_status_published_idx').on(t.status, t.publishedAt, t.id),
    index('teaching_cases_cause_idx').on(t.cause, t.status),
    index('teaching_cases_part_idx').on(t.partCode, t.status),
    check('teaching_cases_status_ck', sql`${t.status} in ('draft', 'published', 'withdrawn')`),
  ],
)

/** Which closed complaint a teaching case was made from (HQ's link; one teaching case per complaint). */
export const teachingCaseSources = pgTable('teaching_case_sources', {
  teachingCaseId: uuid('teaching_case_id')
    .primaryKey()
    .references(() => teachingCases.id, { onDelete: 'cascade' }),
  complaintId: uuid('complaint_id')
    .notNull()
    .unique('teaching_case_sources_complaint_uq')
    .references(() => complaints.id),
})
