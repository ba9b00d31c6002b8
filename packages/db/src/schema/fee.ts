import { sql } from 'drizzle-orm'
import {
  boolean,
  check,
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
import { day, ts } from './columns'
import { customers, organisations } from './identity'

/** The parts catalogue (零部件); prices live in dated versions below. */
export const feeParts = pgTable(
  'fee_parts',
  {
    code: text('code').primaryKey(),
    productLineCode: text('product_line_code')
      .notNull()
      .references(() => productLines.code),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    returnRequired: boolean('return_required').notNull().default(false),
    active: boolean('active').notNull().default(true),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [index('fee_parts_line_idx').on(t.productLineCode)],
)

/** Cost and out-of-warranty list price of a part from a date on: old repairs keep old prices. */
export const feePartPrices = pgTable(
  'fee_part_prices',
  {
    partCode: text('part_code')
      .notNull()
      .references(() => feeParts.code),
    effectiveFrom: day('effective_from').notNull(),
    costFen: integer('cost_fen').notNull(),
    listFen: integer('list_fen').notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.partCode, t.effectiveFrom] }),
    check('fee_part_prices_positive', sql`${t.costFen} >= 0 and ${t.listFen} >= 0`),
  ],
)

/** Warranty terms per product line, or per part of it; versioned by effective date. */
export const feeWarrantyTerms = pgTable(
  'fee_warranty_terms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productLineCode: text('product_line_code')
      .notNull()
      .references(() => productLines.code),
    /** '' for the product line's own terms, else the part code of the override. */
    partCode: text('part_code').notNull().default(''),
    version: integer('version').notNull(),
    effectiveFrom: day('effective_from').notNull(),
    months: integer('months').notNull(),
    usageLimit: integer('usage_limit'),
    usageUnit: text('usage_unit').notNull(),
    startBasis: text('start_basis').notNull(),
    card: jsonb('card'),
    createdBy: text('created_by').notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [
    unique('fee_terms_version_uq').on(t.productLineCode, t.partCode, t.version),
    unique('fee_terms_date_uq').on(t.productLineCode, t.partCode, t.effectiveFrom),
  ],
)

/** A station's service-fee standard: proposed by the dealer, in force only once HQ approves. */
export const feeStandards = pgTable(
  'fee_standards',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dealerId: uuid('dealer_id')
      .notNull()
      .references(() => organisations.id),
    seq: integer('seq').notNull(),
    labourRateFen: integer('labour_rate_fen').notNull(),
    calloutFeeFen: integer('callout_fee_fen').notNull(),
    extras: jsonb('extras').notNull().default(sql`'[]'::jsonb`),
    effectiveFrom: day('effective_from').notNull(),
    status: text('status').notNull(),
    note: text('note'),
    proposedBy: text('proposed_by').notNull(),
    proposedAt: ts('proposed_at').notNull(),
    decidedBy: text('decided_by'),
    decidedAt: ts('decided_at'),
    decisionNote: text('decision_note'),
    clientRequestId: uuid('client_request_id'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    unique('fee_standards_seq_uq').on(t.dealerId, t.seq),
    unique('fee_standards_request_uq').on(t.dealerId, t.clientRequestId),
    index('fee_standards_status_idx').on(t.status),
    check('fee_standards_status_check', sql`${t.status} in ('proposed', 'approved', 'rejected')`),
  ],
)

/** A priced repair (报价) with the figures and explanations it was given. */
export const feeQuotes = pgTable(
  'fee_quotes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull().unique(),
    dealerId: uuid('dealer_id')
      .notNull()
      .references(() => organisations.id),
    customerId: uuid('customer_id').references(() => customers.id),
    vin: text('vin'),
    repair: jsonb('repair').notNull(),
    priced: jsonb('priced').notNull(),
    status: text('status').notNull(),
    customerChargeFen: integer('customer_charge_fen').notNull(),
    dealerReimbursementFen: integer('dealer_reimbursement_fen').notNull(),
    unapprovedStandard: boolean('unapproved_standard').notNull(),
    clientRequestId: uuid('client_request_id').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: ts('created_at').notNull(),
    finalisedAt: ts('finalised_at'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    unique('fee_quotes_request_uq').on(t.dealerId, t.clientRequestId),
    index('fee_quotes_dealer_idx').on(t.dealerId, t.status),
    index('fee_quotes_customer_idx').on(t.customerId),
    index('fee_quotes_vin_idx').on(t.vin),
  ],
)

/** The old-part return register (旧件回收). */
export const feeOldParts = pgTable(
  'fee_old_parts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    registrationNumber: text('registration_number').notNull().unique(),
    dealerId: uuid('dealer_id')
      .notNull()
      .references(() => organisations.id),
    quoteId: uuid('quote_id').references(() => feeQuotes.id),
    partCode: text('part_code')
      .notNull()
      .references(() => feeParts.code),
    productLineCode: text('product_line_code').notNull(),
    quantity: integer('quantity').notNull(),
    serial: text('serial').notNull(),
    replacedOn: day('replaced_on').notNull(),
    returnDeadline: day('return_deadline').notNull(),
    status: text('status').notNull(),
    note: text('note'),
    reportedAt: ts('reported_at'),
    receivedAt: ts('received_at'),
    calledInAt: ts('called_in_at'),
    clientRequestId: uuid('client_request_id').notNull(),
    createdAt: ts('created_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    unique('fee_old_parts_request_uq').on(t.dealerId, t.clientRequestId),
    index('fee_old_parts_dealer_idx').on(t.dealerId, t.status),
    index('fee_old_parts_deadline_idx').on(t.status, t.returnDeadline),
    index('fee_old_parts_serial_idx').on(t.serial),
  ],
)

/** HQ's return deadlines in days: per part, per product line, and the default ('default', '*'). */
export const feeReturnDeadlines = pgTable(
  'fee_return_deadlines',
  {
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    days: integer('days').notNull(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] })],
)

/** A dealer's parts purchase (先购买，后报销), debited at cost on HQ's confirmation. */
export const feePartsRequests = pgTable(
  'fee_parts_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull().unique(),
    dealerId: uuid('dealer_id')
      .notNull()
      .references(() => organisations.id),
    lines: jsonb('lines').notNull(),
    note: text('note'),
    status: text('status').notNull(),
    costTotalFen: integer('cost_total_fen'),
    estimatedShipDate: day('estimated_ship_date'),
    confirmedBy: text('confirmed_by'),
    confirmedAt: ts('confirmed_at'),
    shippedAt: ts('shipped_at'),
    receivedAt: ts('received_at'),
    clientRequestId: uuid('client_request_id').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: ts('created_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    unique('fee_parts_requests_request_uq').on(t.dealerId, t.clientRequestId),
    index('fee_parts_requests_dealer_idx').on(t.dealerId, t.status),
    index('fee_parts_requests_confirmed_idx').on(t.dealerId, t.confirmedAt),
  ],
)

/** Parts on hand at each station. */
export const feeStationStock = pgTable(
  'fee_station_stock',
  {
    dealerId: uuid('dealer_id')
      .notNull()
      .references(() => organisations.id),
    partCode: text('part_code')
      .notNull()
      .references(() => feeParts.code),
    quantity: integer('quantity').notNull().default(0),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.dealerId, t.partCode] })],
)
