import { sql } from 'drizzle-orm'
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { fen, ts } from './columns'
import { organisations } from './identity'

/** HQ's reimbursement settings, one row per version (the highest is in force). */
export const reimbursementSettings = pgTable('reimbursement_settings', {
  version: integer('version').primaryKey(),
  submissionDeadlineDay: integer('submission_deadline_day').notNull(),
  updatedBy: text('updated_by').notNull(),
  updatedAt: ts('updated_at').notNull(),
})

/** A dealer's in-warranty parts claim for one month: one per (dealer, period). */
export const reimbursementClaims = pgTable(
  'reimbursement_claims',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dealerId: uuid('dealer_id')
      .notNull()
      .references(() => organisations.id),
    period: text('period').notNull(),
    status: text('status').notNull().default('draft'),
    version: integer('version').notNull().default(1),
    submittedAt: ts('submitted_at'),
    auditStartedAt: ts('audit_started_at'),
    auditedAt: ts('audited_at'),
    settledAt: ts('settled_at'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    unique('reimbursement_claims_dealer_period').on(t.dealerId, t.period),
    check(
      'reimbursement_claims_status_check',
      sql`${t.status} in ('draft', 'submitted', 'under_audit', 'audited', 'settled')`,
    ),
    check('reimbursement_claims_period_check', sql`${t.period} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
    index('reimbursement_claims_status_idx').on(t.status, t.period),
  ],
)

/** Submission keys: a retried "submit" with the same key is recognised and does nothing more. */
export const reimbursementSubmissions = pgTable(
  'reimbursement_submissions',
  {
    dealerId: uuid('dealer_id')
      .notNull()
      .references(() => organisations.id),
    idempotencyKey: text('idempotency_key').notNull(),
    claimId: uuid('claim_id')
      .notNull()
      .references(() => reimbursementClaims.id),
    at: ts('at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.dealerId, t.idempotencyKey] })],
)

/**
 * One repair line. `locked` is true while the claim is submitted or later: a unique index over locked
 * lines refuses the same repair order and part twice for a dealer, whoever submits and however often.
 * `settlement_id` set = settled = immutable (the repository never updates such a line).
 */
export const reimbursementLines = pgTable(
  'reimbursement_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    claimId: uuid('claim_id')
      .notNull()
      .references(() => reimbursementClaims.id, { onDelete: 'cascade' }),
    dealerId: uuid('dealer_id')
      .notNull()
      .references(() => organisations.id),
    seq: integer('seq').notNull(),
    repairOrderNo: text('repair_order_no').notNull(),
    repairDate: date('repair_date', { mode: 'string' }).notNull(),
    serial: text('serial').notNull(),
    partCode: text('part_code').notNull(),
    /** upper(repair order)|upper(part), the duplicate key. */
    claimKey: text('claim_key').notNull(),
    quantity: integer('quantity').notNull(),
    labourHundredths: integer('labour_hundredths').notNull(),
    oldPartRegistrationNo: text('old_part_registration_no'),
    /** Odometer (km) or running hours on the repair order; null on lines entered without one. */
    usageReading: integer('usage_reading'),
    claimedFen: fen('claimed_fen').notNull(),
    pricing: jsonb('pricing'),
    problems: jsonb('problems').notNull().default([]),
    locked: boolean('locked').notNull().default(false),
    decision: text('decision'),
    approvedFen: fen('approved_fen'),
    reasonCode: text('reason_code'),
    reasonText: text('reason_text'),
    decidedBy: text('decided_by'),
    decidedAt: ts('decided_at'),
    settlementId: uuid('settlement_id').references(() => settlementRuns.id),
    settledAt: ts('settled_at'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    index('reimbursement_lines_claim_idx').on(t.claimId, t.seq),
    index('reimbursement_lines_serial_idx').on(t.serial),
    // A part's lines, newest repair first: the liaison letters' candidates and the part's costs.
    index('reimbursement_lines_part_idx').on(t.partCode, t.repairDate),
    uniqueIndex('reimbursement_lines_claimed_once').on(t.dealerId, t.claimKey).where(sql`${t.locked}`),
    check('reimbursement_lines_decision_check', sql`${t.decision} in ('approved', 'rejected', 'adjusted')`),
    check(
      'reimbursement_lines_amounts_check',
      sql`${t.claimedFen} >= 0 and coalesce(${t.approvedFen}, 0) >= 0`,
    ),
    check('reimbursement_lines_usage_check', sql`${t.usageReading} is null or ${t.usageReading} >= 0`),
    check('reimbursement_lines_settled_decided', sql`${t.settlementId} is null or ${t.decision} is not null`),
  ],
)

/**
 * One settlement of one dealer for one period, which is also its statement. The unique (period,
 * dealer) makes settling twice impossible: a second run, on this server or another, finds the row.
 */
export const settlementRuns = pgTable(
  'settlement_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    period: text('period').notNull(),
    dealerId: uuid('dealer_id')
      .notNull()
      .references(() => organisations.id),
    statementNo: text('statement_no').notNull().unique(),
    linesFen: fen('lines_fen').notNull(),
    deductionsFen: fen('deductions_fen').notNull(),
    netFen: fen('net_fen').notNull(),
    openingBalanceFen: fen('opening_balance_fen').notNull(),
    closingBalanceFen: fen('closing_balance_fen').notNull(),
    lineCount: integer('line_count').notNull(),
    entryCount: integer('entry_count').notNull(),
    trigger: text('trigger').notNull(),
    runBy: text('run_by').notNull(),
    settledAt: ts('settled_at').notNull(),
  },
  (t) => [
    unique('settlement_runs_period_dealer').on(t.period, t.dealerId),
    // A dealer's runs, for its opening balance (a row a month, however long the ledger grows).
    index('settlement_runs_dealer_idx').on(t.dealerId, t.period),
    check('settlement_runs_net_check', sql`${t.netFen} = ${t.linesFen} - ${t.deductionsFen}`),
    check(
      'settlement_runs_balance_check',
      sql`${t.closingBalanceFen} = ${t.openingBalanceFen} + ${t.netFen}`,
    ),
  ],
)

/** The scheduled pass of a period finished over every dealer (the hourly job then leaves it alone). */
export const settlementPeriods = pgTable('settlement_periods', {
  period: text('period').primaryKey(),
  completedAt: ts('completed_at').notNull(),
})

/**
 * The dealer account, double entry: each row moves `amount_fen` (> 0) from the debit account to the
 * credit account. (cause type, cause id) is unique: a line, an old part, a parts request or a
 * correction is posted once, ever. Rows are never updated or deleted.
 */
export const dealerLedgerEntries = pgTable(
  'dealer_ledger_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    causeType: text('cause_type').notNull(),
    causeId: text('cause_id').notNull(),
    dealerId: uuid('dealer_id')
      .notNull()
      .references(() => organisations.id),
    debitAccount: text('debit_account').notNull(),
    creditAccount: text('credit_account').notNull(),
    amountFen: fen('amount_fen').notNull(),
    memo: text('memo').notNull(),
    settlementId: uuid('settlement_id').references(() => settlementRuns.id),
    postedAt: ts('posted_at').notNull(),
    postedBy: text('posted_by').notNull(),
  },
  (t) => [
    unique('dealer_ledger_entries_cause').on(t.causeType, t.causeId),
    check('dealer_ledger_entries_amount_check', sql`${t.amountFen} > 0`),
    check('dealer_ledger_entries_two_sides', sql`${t.debitAccount} <> ${t.creditAccount}`),
    check(
      'dealer_ledger_entries_cause_check',
      sql`${t.causeType} in ('claim_line', 'old_part', 'parts_request', 'correction')`,
    ),
    index('dealer_ledger_entries_dealer_idx').on(t.dealerId, t.postedAt),
    index('dealer_ledger_entries_settlement_idx').on(t.settlementId),
    // Entries outside any run (corrections): the rest of a dealer's balance at settlement.
    index('dealer_ledger_entries_unsettled_idx').on(t.dealerId).where(sql`${t.settlementId} is null`),
  ],
)
