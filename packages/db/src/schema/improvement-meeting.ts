import { sql } from 'drizzle-orm'
import { check, index, integer, jsonb, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core'
import { bytea, day, ts } from './columns'
import { organisations, users } from './identity'

/**
 * Complaint review meetings (客户抱怨检讨会议, issue 18): one per period. The pack is a snapshot kept
 * with the meeting (regenerated until the minutes are final); the minutes PDF is stored once final.
 */
export const improvementMeetings = pgTable(
  'improvement_meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull(),
    periodKind: text('period_kind').notNull(),
    periodFrom: day('period_from').notNull(),
    periodTo: day('period_to').notNull(),
    meetingDate: day('meeting_date').notNull(),
    status: text('status').notNull().default('scheduled'),
    pack: jsonb('pack'),
    packGeneratedAt: ts('pack_generated_at'),
    conclusions: jsonb('conclusions').notNull().default(sql`'[]'::jsonb`),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: ts('created_at').notNull(),
    finalisedAt: ts('finalised_at'),
    finalisedBy: uuid('finalised_by').references(() => users.id),
    minutesPdf: bytea('minutes_pdf'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    unique('improvement_meetings_period_uq').on(t.periodFrom, t.periodTo),
    index('improvement_meetings_date_idx').on(t.meetingDate, t.id),
    check('improvement_meetings_status_check', sql`${t.status} in ('scheduled', 'final')`),
  ],
)

export const improvementResolutions = pgTable(
  'improvement_resolutions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => improvementMeetings.id),
    seq: integer('seq').notNull(),
    text: text('text').notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [unique('improvement_resolutions_seq_uq').on(t.meetingId, t.seq)],
)

/**
 * A resolution's actions: an owner unit (HQ or a station), a person of it, a due date on the working
 * calendar, open → done with evidence. The sweep raises `escalation_level` once per level.
 */
export const improvementActions = pgTable(
  'improvement_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => improvementMeetings.id),
    resolutionId: uuid('resolution_id')
      .notNull()
      .references(() => improvementResolutions.id),
    title: text('title').notNull(),
    ownerOrgId: uuid('owner_org_id')
      .notNull()
      .references(() => organisations.id),
    ownerUserId: uuid('owner_user_id')
      .notNull()
      .references(() => users.id),
    dueDate: day('due_date').notNull(),
    dueAt: ts('due_at').notNull(),
    status: text('status').notNull().default('open'),
    evidence: jsonb('evidence'),
    completedAt: ts('completed_at'),
    completedBy: uuid('completed_by').references(() => users.id),
    escalationLevel: integer('escalation_level').notNull().default(0),
    createdAt: ts('created_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('improvement_actions_meeting_idx').on(t.meetingId, t.createdAt),
    index('improvement_actions_owner_idx').on(t.ownerOrgId, t.status, t.dueAt, t.id),
    index('improvement_actions_open_due_idx').on(t.dueAt, t.id).where(sql`${t.status} = 'open'`),
    check('improvement_actions_status_check', sql`${t.status} in ('open', 'done')`),
    check('improvement_actions_evidence_check', sql`${t.status} = 'open' or ${t.evidence} is not null`),
  ],
)
