import { sql } from 'drizzle-orm'
import { check, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core'
import { fen, ts } from './columns'
import { complaints } from './complaint'
import { organisations, users } from './identity'

/** Who is responsible for a serious case, and why (责任归属): one record per case (issue 18). */
export const improvementResponsibilities = pgTable('improvement_responsibilities', {
  complaintId: uuid('complaint_id')
    .primaryKey()
    .references(() => complaints.id),
  unitOrgId: uuid('unit_org_id')
    .notNull()
    .references(() => organisations.id),
  personName: text('person_name'),
  causeCode: text('cause_code'),
  causeText: text('cause_text'),
  impact: text('impact').notNull(),
  recordedBy: uuid('recorded_by')
    .notNull()
    .references(() => users.id),
  recordedAt: ts('recorded_at').notNull(),
  version: integer('version').notNull().default(1),
})

/** Reward/penalty notices (奖罚通知单): issued by HQ, approved by the general manager. */
export const improvementNotices = pgTable(
  'improvement_notices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id),
    kind: text('kind').notNull(),
    amountFen: fen('amount_fen').notNull(),
    reason: text('reason').notNull(),
    unitOrgId: uuid('unit_org_id')
      .notNull()
      .references(() => organisations.id),
    personName: text('person_name'),
    state: text('state').notNull(),
    issuedBy: uuid('issued_by')
      .notNull()
      .references(() => users.id),
    submittedAt: ts('submitted_at'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: ts('decided_at'),
    rejectionReason: text('rejection_reason'),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    check('improvement_notices_kind_check', sql`${t.kind} in ('reward', 'penalty')`),
    check(
      'improvement_notices_state_check',
      sql`${t.state} in ('draft', 'submitted', 'approved', 'rejected')`,
    ),
    check('improvement_notices_amount_check', sql`${t.amountFen} > 0`),
    check(
      'improvement_notices_self_approval_check',
      sql`${t.decidedBy} is null or ${t.decidedBy} <> ${t.issuedBy}`,
    ),
    index('improvement_notices_state_idx').on(t.state, t.createdAt),
    index('improvement_notices_unit_idx').on(t.unitOrgId, t.state, t.decidedAt),
  ],
)
