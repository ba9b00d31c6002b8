import { sql } from 'drizzle-orm'
import { boolean, check, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { day, ts } from './columns'
import { organisations, users } from './identity'

/**
 * The learning centre's question bank, exams, attempts and certificates (issue 18). Options, an exam's
 * selection and an attempt's questions are small documents read whole, so they are jsonb; an attempt
 * keeps a copy of what it asked, so later edits of the bank never change a result.
 */
export const examQuestions = pgTable(
  'exam_questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** single | multiple | true_false */
    kind: text('kind').notNull(),
    topic: text('topic').notNull(),
    stem: text('stem').notNull(),
    /** [{ id: 'a', text, correct }] */
    options: jsonb('options').notNull(),
    explanation: text('explanation').notNull(),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    createdBy: text('created_by').notNull(),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    index('exam_questions_list_idx').on(t.kind, t.topic, t.updatedAt),
    check('exam_questions_kind_ck', sql`${t.kind} in ('single', 'multiple', 'true_false')`),
  ],
)

export const exams = pgTable(
  'exams',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    /** { mode: 'fixed', questionIds } | { mode: 'drawn', topics, count } */
    selection: jsonb('selection').notNull(),
    passMark: integer('pass_mark').notNull(),
    timeLimitMinutes: integer('time_limit_minutes'),
    maxAttempts: integer('max_attempts').notNull(),
    cooldownHours: integer('cooldown_hours').notNull(),
    validityMonths: integer('validity_months').notNull(),
    /** draft | published | retired */
    status: text('status').notNull().default('draft'),
    version: integer('version').notNull().default(1),
    createdBy: text('created_by').notNull(),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    publishedAt: ts('published_at'),
  },
  (t) => [
    index('exams_status_idx').on(t.status, t.updatedAt),
    check('exams_status_ck', sql`${t.status} in ('draft', 'published', 'retired')`),
    check('exams_pass_mark_ck', sql`${t.passMark} between 1 and 100`),
  ],
)

export const examAttempts = pgTable(
  'exam_attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    examId: uuid('exam_id')
      .notNull()
      .references(() => exams.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** The taker's station when the attempt started (the tenant of the attempt). */
    stationId: uuid('station_id')
      .notNull()
      .references(() => organisations.id),
    startedAt: ts('started_at').notNull(),
    deadlineAt: ts('deadline_at'),
    /** The questions as asked, with their correct marks and explanations. */
    questions: jsonb('questions').notNull(),
    submittedAt: ts('submitted_at'),
    answers: jsonb('answers'),
    right: integer('right_count'),
    score: integer('score'),
    passed: boolean('passed'),
  },
  (t) => [
    index('exam_attempts_user_idx').on(t.userId, t.examId, t.startedAt),
    index('exam_attempts_station_idx').on(t.stationId, t.examId),
  ],
)

export const examCertificates = pgTable(
  'exam_certificates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    attemptId: uuid('attempt_id')
      .notNull()
      .references(() => examAttempts.id),
    examId: uuid('exam_id')
      .notNull()
      .references(() => exams.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    stationId: uuid('station_id')
      .notNull()
      .references(() => organisations.id),
    score: integer('score').notNull(),
    issuedOn: day('issued_on').notNull(),
    validUntil: day('valid_until').notNull(),
    issuedAt: ts('issued_at').notNull(),
  },
  (t) => [
    // One certificate per passing attempt: a replayed submission cannot issue a second.
    uniqueIndex('exam_certificates_attempt_uq').on(t.attemptId),
    index('exam_certificates_user_idx').on(t.userId, t.examId),
    index('exam_certificates_station_idx').on(t.stationId, t.examId),
  ],
)
