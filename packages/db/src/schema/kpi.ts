import {
  bigint,
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core'
import { productLines } from './catalog'
import { day, fen, ts } from './columns'
import { complaints } from './complaint'
import { organisations } from './identity'

/**
 * Complaints changed since the KPI job last counted them. A trigger on `complaints` adds the row in
 * the same transaction as the change (see the kpi_triggers migration); the job takes rows with
 * FOR UPDATE SKIP LOCKED, so several servers share the work and a crash leaves the row for the next run.
 */
export const kpiDirtyComplaints = pgTable('kpi_dirty_complaints', {
  complaintId: uuid('complaint_id').primaryKey(),
  markedAt: ts('marked_at').notNull().defaultNow(),
})

/** What each complaint currently contributes to the aggregates (the domain's ComplaintFact). */
export const kpiComplaintFacts = pgTable(
  'kpi_complaint_facts',
  {
    complaintId: uuid('complaint_id')
      .primaryKey()
      .references(() => complaints.id, { onDelete: 'cascade' }),
    openedDay: day('opened_day').notNull(),
    stationId: uuid('station_id'),
    region: text('region'),
    productLineId: uuid('product_line_id'),
    cause: text('cause').notNull(),
    severity: text('severity').notNull(),
    closed: boolean('closed').notNull(),
    response: text('response').notNull(),
    resolution: text('resolution').notNull(),
    responseMinutes: integer('response_minutes'),
    resolutionMinutes: integer('resolution_minutes'),
    reopened: boolean('reopened').notNull(),
    followedUp: boolean('followed_up').notNull(),
    satisfied: boolean('satisfied').notNull(),
    computedAt: ts('computed_at').notNull(),
  },
  (t) => [index('kpi_complaint_facts_day_idx').on(t.openedDay)],
)

/**
 * Daily sums of the facts, one row per (China opening date, scope, cause). Each fact is added under
 * four scopes: ('all', ''), ('station', id), ('region', name), ('product_line', id), so a dashboard
 * for one scope reads at most days × causes rows.
 */
/** The counters a day's (or a month's) complaints add up to, one column each. */
const tallyColumns = () => ({
  opened: integer('opened').notNull().default(0),
  closed: integer('closed').notNull().default(0),
  responseMet: integer('response_met').notNull().default(0),
  responseLate: integer('response_late').notNull().default(0),
  resolutionMet: integer('resolution_met').notNull().default(0),
  resolutionLate: integer('resolution_late').notNull().default(0),
  responded: integer('responded').notNull().default(0),
  responseMinutes: bigint('response_minutes', { mode: 'number' }).notNull().default(0),
  resolved: integer('resolved').notNull().default(0),
  resolutionMinutes: bigint('resolution_minutes', { mode: 'number' }).notNull().default(0),
  reopened: integer('reopened').notNull().default(0),
  followedUp: integer('followed_up').notNull().default(0),
  satisfied: integer('satisfied').notNull().default(0),
})

export const kpiComplaintDaily = pgTable(
  'kpi_complaint_daily',
  {
    day: day('day').notNull(),
    dim: text('dim').notNull(),
    dimKey: text('dim_key').notNull(),
    cause: text('cause').notNull(),
    ...tallyColumns(),
  },
  // Every key of a dimension over a few days (the edge days of a breakdown by station) is read from
  // the covering index kpi_complaint_daily_dim_day_cover (dim, day) INCLUDE (dim_key, the counters),
  // written in migration 0036 because drizzle cannot declare INCLUDE: the rows of a day lie scattered
  // over the heap (a month's edge was 16 000 pages), the index holds them in day order.
  (t) => [primaryKey({ columns: [t.dim, t.dimKey, t.day, t.cause] })],
)

/**
 * The daily sums rolled up by China month, without the cause: what a year's breakdown by station reads
 * (2 000 stations × 12 months instead of × 365 days × causes: 184 ms at full size). Kept by the same
 * additive upserts as the daily rows, in the refresh's transaction. Every key's months are read through
 * the covering index kpi_complaint_monthly_dim_month_cover (0036).
 */
export const kpiComplaintMonthly = pgTable(
  'kpi_complaint_monthly',
  {
    month: text('month').notNull(),
    dim: text('dim').notNull(),
    dimKey: text('dim_key').notNull(),
    ...tallyColumns(),
  },
  (t) => [primaryKey({ columns: [t.dim, t.dimKey, t.month] })],
)

/**
 * Daily histograms of working hours (rounded up) to first response and to resolution, per scope. A
 * period of one scope is read through the covering index kpi_complaint_hours_scope_day_cover (0036).
 */
export const kpiComplaintHours = pgTable(
  'kpi_complaint_hours',
  {
    day: day('day').notNull(),
    dim: text('dim').notNull(),
    dimKey: text('dim_key').notNull(),
    metric: text('metric').notNull(),
    hours: integer('hours').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [primaryKey({ columns: [t.dim, t.dimKey, t.metric, t.day, t.hours] })],
)

/** Vehicles in service per month and product line, entered by HQ: the rates' denominator. */
export const kpiUnitsInService = pgTable(
  'kpi_units_in_service',
  {
    month: text('month').notNull(),
    productLineId: uuid('product_line_id')
      .notNull()
      .references(() => productLines.id),
    units: integer('units').notNull(),
    updatedBy: text('updated_by').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.month, t.productLineId] })],
)

/**
 * Warranty claim lines per repair date and station, and their approved amounts (fen): what the
 * dashboard's returns and warranty cost sum instead of the lines. Triggers on `reimbursement_lines`
 * keep it in the same transaction as every insert, change and deletion (the claim_line_daily migration).
 * A period's days are read through the covering index kpi_claim_line_daily_day_cover (0036).
 */
export const kpiClaimLineDaily = pgTable(
  'kpi_claim_line_daily',
  {
    repairDate: day('repair_date').notNull(),
    dealerId: uuid('dealer_id').notNull(),
    lines: integer('lines').notNull(),
    approvedFen: fen('approved_fen').notNull(),
  },
  (t) => [primaryKey({ columns: [t.repairDate, t.dealerId] })],
)

/**
 * The daily claim-line sums rolled up by month of the repair date ('YYYY-MM'): what a year's returns
 * and warranty cost read (2 000 stations × 12 months instead of × 365 days). The same triggers keep
 * it, from the same per-statement delta (the claim_line_monthly migration).
 */
export const kpiClaimLineMonthly = pgTable(
  'kpi_claim_line_monthly',
  {
    month: text('month').notNull(),
    dealerId: uuid('dealer_id').notNull(),
    lines: integer('lines').notNull(),
    approvedFen: fen('approved_fen').notNull(),
  },
  (t) => [primaryKey({ columns: [t.month, t.dealerId] })],
)

/** The warranty cost budget per month (fen), entered by HQ. */
export const kpiWarrantyBudgets = pgTable('kpi_warranty_budgets', {
  month: text('month').primaryKey(),
  budgetFen: fen('budget_fen').notNull(),
  updatedBy: text('updated_by').notNull(),
  updatedAt: ts('updated_at').notNull(),
})

/** HQ's KPI targets, one row per version; the newest applies. */
export const kpiTargetVersions = pgTable('kpi_target_versions', {
  version: integer('version').primaryKey(),
  targets: jsonb('targets').notNull(),
  effectiveFrom: ts('effective_from').notNull(),
  createdBy: text('created_by').notNull(),
})

/** An early-warning signal: a part over its control limit in a month, raised once per (part, month). */
export const kpiSignals = pgTable(
  'kpi_signals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partCode: text('part_code').notNull(),
    month: text('month').notNull(),
    count: integer('count').notNull(),
    rate: doublePrecision('rate').notNull(),
    limitRate: doublePrecision('limit_rate').notNull(),
    supplierId: uuid('supplier_id').references(() => organisations.id),
    raisedAt: ts('raised_at').notNull(),
    eightdClaimId: uuid('eightd_claim_id'),
  },
  (t) => [
    unique('kpi_signals_part_month_uq').on(t.partCode, t.month),
    index('kpi_signals_open_idx').on(t.eightdClaimId),
  ],
)
