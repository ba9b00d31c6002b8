import { sql } from 'drizzle-orm'
import { check, index, integer, jsonb, pgTable, primaryKey, text, unique, uuid } from 'drizzle-orm/pg-core'
import { bytea, fen, ts } from './columns'
import { complaints } from './complaint'
import { organisations } from './identity'

/** HQ's 8D settings (step deadlines, escalation pace, handling fee), one row per version. */
export const eightdPolicies = pgTable('eightd_policies', {
  version: integer('version').primaryKey(),
  settings: jsonb('settings').notNull(),
  effectiveFrom: ts('effective_from').notNull(),
  createdBy: text('created_by').notNull(),
})

export const eightdCounters = pgTable('eightd_counters', {
  year: integer('year').primaryKey(),
  last: integer('last').notNull(),
})

/** An 8D claim to one supplier about one defect. */
export const eightdClaims = pgTable(
  'eightd_claims',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull().unique(),
    supplierId: uuid('supplier_id')
      .notNull()
      .references(() => organisations.id),
    title: text('title').notNull(),
    partCode: text('part_code').notNull(),
    partName: text('part_name').notNull(),
    lot: text('lot').notNull(),
    quantityAffected: integer('quantity_affected').notNull(),
    foundAt: text('found_at').notNull(),
    severity: text('severity').notNull(),
    description: text('description').notNull().default(''),
    warrantyRefs: jsonb('warranty_refs').notNull().default([]),
    status: text('status').notNull().default('open'),
    openedAt: ts('opened_at').notNull(),
    openedBy: text('opened_by').notNull(),
    closedAt: ts('closed_at'),
    escalationLevel: integer('escalation_level').notNull().default(0),
    /** The nearest deadline of a step the supplier still owes; the inbox and the sweep index on it. */
    nextDueAt: ts('next_due_at'),
    clientRequestId: uuid('client_request_id').notNull().unique(),
    version: integer('version').notNull().default(1),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    check('eightd_claims_qty_check', sql`${t.quantityAffected} > 0`),
    check('eightd_claims_status_check', sql`${t.status} in ('open', 'closed')`),
    index('eightd_claims_supplier_idx').on(t.supplierId, t.status),
    index('eightd_claims_due_idx').on(t.nextDueAt),
  ],
)

/** The complaints a claim came from. */
export const eightdClaimComplaints = pgTable(
  'eightd_claim_complaints',
  {
    claimId: uuid('claim_id')
      .notNull()
      .references(() => eightdClaims.id, { onDelete: 'cascade' }),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id),
  },
  (t) => [
    primaryKey({ columns: [t.claimId, t.complaintId] }),
    index('eightd_claim_complaints_idx').on(t.complaintId),
  ],
)

/** One row per discipline D0–D8 of a claim: current content, review state, deadline. */
export const eightdSteps = pgTable(
  'eightd_steps',
  {
    claimId: uuid('claim_id')
      .notNull()
      .references(() => eightdClaims.id, { onDelete: 'cascade' }),
    step: text('step').notNull(),
    status: text('status').notNull().default('draft'),
    content: jsonb('content').notNull().default({}),
    revision: integer('revision').notNull().default(0),
    deadlineAt: ts('deadline_at').notNull(),
    firstSubmittedAt: ts('first_submitted_at'),
    submittedAt: ts('submitted_at'),
    approvedAt: ts('approved_at'),
    updatedAt: ts('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.claimId, t.step] }),
    check(
      'eightd_steps_status_check',
      sql`${t.status} in ('draft', 'submitted', 'approved', 'rejected', 'resubmitted')`,
    ),
  ],
)

/** Every submitted version of a step, so a reviewer can compare it with the one before. */
export const eightdStepRevisions = pgTable(
  'eightd_step_revisions',
  {
    claimId: uuid('claim_id')
      .notNull()
      .references(() => eightdClaims.id, { onDelete: 'cascade' }),
    step: text('step').notNull(),
    revision: integer('revision').notNull(),
    content: jsonb('content').notNull(),
    submittedAt: ts('submitted_at').notNull(),
    submittedBy: text('submitted_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.claimId, t.step, t.revision] })],
)

/** HQ's review decisions: `comment` goes to the supplier, `internal_note` stays at HQ. */
export const eightdReviews = pgTable(
  'eightd_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    claimId: uuid('claim_id')
      .notNull()
      .references(() => eightdClaims.id, { onDelete: 'cascade' }),
    step: text('step').notNull(),
    revision: integer('revision').notNull(),
    decision: text('decision').notNull(),
    comment: text('comment').notNull().default(''),
    internalNote: text('internal_note').notNull().default(''),
    reviewer: text('reviewer').notNull(),
    at: ts('at').notNull(),
  },
  (t) => [
    unique('eightd_reviews_revision_uq').on(t.claimId, t.step, t.revision),
    check('eightd_reviews_decision_check', sql`${t.decision} in ('approved', 'rejected')`),
  ],
)

export const eightdEvidence = pgTable(
  'eightd_evidence',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    claimId: uuid('claim_id')
      .notNull()
      .references(() => eightdClaims.id, { onDelete: 'cascade' }),
    step: text('step').notNull(),
    filename: text('filename').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    // Files sent before the file store; newer ones are read from the store by `sha256`.
    content: bytea('content'),
    uploadedBy: text('uploaded_by').notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('eightd_evidence_claim_idx').on(t.claimId)],
)

/** One row per (claim, step, level): the sweep escalates each overdue level exactly once. */
export const eightdEscalations = pgTable(
  'eightd_escalations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    claimId: uuid('claim_id')
      .notNull()
      .references(() => eightdClaims.id, { onDelete: 'cascade' }),
    step: text('step').notNull(),
    level: integer('level').notNull(),
    at: ts('at').notNull(),
  },
  (t) => [unique('eightd_escalations_uq').on(t.claimId, t.step, t.level)],
)

/** The cost recovery (索赔) of a claim. */
export const eightdRecoveries = pgTable(
  'eightd_recoveries',
  {
    claimId: uuid('claim_id')
      .primaryKey()
      .references(() => eightdClaims.id, { onDelete: 'cascade' }),
    lines: jsonb('lines').notNull(),
    costFen: fen('cost_fen').notNull(),
    handlingFeeFen: fen('handling_fee_fen').notNull(),
    computedFen: fen('computed_fen').notNull(),
    amountFen: fen('amount_fen').notNull(),
    status: text('status').notNull(),
    disputeReason: text('dispute_reason'),
    hqNote: text('hq_note'),
    decidedAt: ts('decided_at'),
    updatedAt: ts('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    check('eightd_recoveries_amount_check', sql`${t.amountFen} >= 0 and ${t.amountFen} <= ${t.computedFen}`),
    check('eightd_recoveries_status_check', sql`${t.status} in ('proposed', 'disputed', 'accepted')`),
  ],
)

/** The supplier's account: an accepted recovery is posted once per claim (a unique key). */
export const supplierLedgerEntries = pgTable(
  'supplier_ledger_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    supplierId: uuid('supplier_id')
      .notNull()
      .references(() => organisations.id),
    claimId: uuid('claim_id')
      .notNull()
      .references(() => eightdClaims.id),
    amountFen: fen('amount_fen').notNull(),
    postedAt: ts('posted_at').notNull(),
  },
  (t) => [
    unique('supplier_ledger_claim_uq').on(t.claimId),
    index('supplier_ledger_supplier_idx').on(t.supplierId),
  ],
)
