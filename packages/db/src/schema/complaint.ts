import { sql } from 'drizzle-orm'
import { date, index, integer, jsonb, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core'
import { vehicles } from './catalog'
import { bytea, ts } from './columns'
import { customers, organisations, users } from './identity'

export const complaints = pgTable(
  'complaints',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull().unique(),
    channel: text('channel').notNull(),
    kind: text('kind').notNull(),
    severity: text('severity').notNull(),
    cause: text('cause').notNull(),
    status: text('status').notNull(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    vehicleId: uuid('vehicle_id').references(() => vehicles.id),
    vin: text('vin'),
    purchaseDate: date('purchase_date', { mode: 'string' }),
    stationId: uuid('station_id').references(() => organisations.id),
    /** The person who owns the case (issue 17); null while unassigned. */
    ownerId: uuid('owner_id').references(() => users.id),
    /** What a station typed at intake ({ name, contact }): its views show this, not the profile. */
    stationContact: jsonb('station_contact'),
    responsibleUnit: text('responsible_unit'),
    summary: text('summary').notNull(),
    description: text('description').notNull(),
    story: jsonb('story'),
    mindsets: text('mindsets').array().notNull().default(sql`'{}'::text[]`),
    /** The customer's communication style read in the mindset step (analytical, amiable, expressive, driver). */
    communicationStyle: text('communication_style'),
    solutions: jsonb('solutions').notNull().default(sql`'[]'::jsonb`),
    result: text('result'),
    followUp: jsonb('follow_up'),
    escalationLevel: integer('escalation_level').notNull().default(0),
    openedAt: ts('opened_at').notNull(),
    closedAt: ts('closed_at'),
    /** The nearest running deadline, recomputed on every change: the sweep and queues index on it. */
    nextDueAt: ts('next_due_at'),
    /** The form's one-time id: a retried submission finds the complaint it already filed. */
    clientRequestId: uuid('client_request_id'),
    /** When the escalation sweep last looked at the case: its round robin starts with the oldest. */
    sweptAt: ts('swept_at'),
    version: integer('version').notNull().default(1),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    unique('complaints_client_request_uq').on(t.customerId, t.clientRequestId),
    // One index per list order × filter the screens offer, each ending in the keyset columns, so a
    // page (first or 2 000th) reads only its own rows. The due index holds open cases only: the sweep,
    // the overdue filter and the escalation board read it.
    index('complaints_opened_idx').on(t.openedAt, t.id),
    index('complaints_status_opened_idx').on(t.status, t.openedAt, t.id),
    index('complaints_kind_opened_idx').on(t.kind, t.openedAt, t.id),
    index('complaints_severity_opened_idx').on(t.severity, t.openedAt, t.id),
    index('complaints_station_opened_idx').on(t.stationId, t.openedAt, t.id),
    index('complaints_station_due_idx').on(t.stationId, t.nextDueAt, t.id),
    // "My cases" and "unassigned" (issue 17): owner_id = any(…) / owner_id is null, newest first on
    // the desk, nearest deadline first in a station's queue; both end in the keyset columns.
    index('complaints_owner_opened_idx').on(t.ownerId, t.openedAt, t.id),
    index('complaints_station_owner_due_idx').on(t.stationId, t.ownerId, t.nextDueAt, t.id),
    index('complaints_customer_opened_idx').on(t.customerId, t.openedAt, t.id),
    // The vehicle history page (issue 17) reads a vehicle's cases by its id.
    index('complaints_vehicle_idx').on(t.vehicleId),
    index('complaints_open_due_idx').on(t.nextDueAt, t.id).where(sql`${t.status} <> 'closed'`),
    index('complaints_sweep_idx')
      .on(t.sweptAt, t.escalationLevel, t.nextDueAt)
      .where(sql`${t.status} <> 'closed' and ${t.nextDueAt} is not null`),
  ],
)

export const complaintCounters = pgTable('complaint_counters', {
  year: integer('year').primaryKey(),
  last: integer('last').notNull(),
})

export const complaintEvents = pgTable(
  'complaint_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    at: ts('at').notNull(),
    type: text('type').notNull(),
    visibility: text('visibility').notNull(),
    actorLabel: text('actor_label').notNull(),
    data: jsonb('data').notNull(),
  },
  (t) => [unique('complaint_events_seq_uq').on(t.complaintId, t.seq)],
)

/** One row per escalated breach: the unique key is what makes the sweep exactly-once. */
export const complaintEscalations = pgTable(
  'complaint_escalations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id, { onDelete: 'cascade' }),
    clock: text('clock').notNull(),
    cycle: integer('cycle').notNull(),
    level: integer('level').notNull(),
    at: ts('at').notNull(),
  },
  (t) => [unique('complaint_escalations_breach_uq').on(t.complaintId, t.clock, t.cycle)],
)

export const complaintAttachments = pgTable(
  'complaint_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id, { onDelete: 'cascade' }),
    filename: text('filename').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    // Files sent before the file store; newer ones are read from the store by `sha256`.
    content: bytea('content'),
    uploadedBy: text('uploaded_by').notNull(),
    createdAt: ts('created_at').notNull(),
  },
  // The same file sent twice by one uploader is one attachment; never merged across uploaders, whose
  // attachments differ in ownership and visibility (a customer's upload vs a station's internal evidence).
  (t) => [unique('complaint_attachments_uploader_hash_uq').on(t.complaintId, t.uploadedBy, t.sha256)],
)

export const partsSupportRequests = pgTable(
  'parts_support_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull().unique(),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id),
    stationId: uuid('station_id')
      .notNull()
      .references(() => organisations.id),
    region: text('region'),
    lines: jsonb('lines').notNull(),
    status: text('status').notNull().default('requested'),
    eta: date('eta', { mode: 'string' }),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    index('parts_support_status_idx').on(t.status),
    index('parts_support_complaint_idx').on(t.complaintId),
  ],
)

export const techSupportRequests = pgTable(
  'tech_support_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id),
    stationId: uuid('station_id').references(() => organisations.id),
    question: text('question').notNull(),
    answer: text('answer'),
    askedAt: ts('asked_at').notNull(),
    answeredAt: ts('answered_at'),
    answeredBy: text('answered_by'),
  },
  (t) => [index('tech_support_open_idx').on(t.answeredAt)],
)

export const compensations = pgTable(
  'compensations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id),
    type: text('type').notNull(),
    amountFen: integer('amount_fen').notNull(),
    note: text('note').notNull(),
    status: text('status').notNull(),
    proposedBy: text('proposed_by').notNull(),
    proposedByUserId: uuid('proposed_by_user_id')
      .notNull()
      .references(() => users.id),
    decidedBy: text('decided_by'),
    decisionNote: text('decision_note'),
    createdAt: ts('created_at').notNull(),
    decidedAt: ts('decided_at'),
  },
  (t) => [index('compensations_status_idx').on(t.status)],
)

/** HQ's SLA policy, one row per version; the newest applies. */
export const slaPolicies = pgTable('sla_policies', {
  version: integer('version').primaryKey(),
  settings: jsonb('settings').notNull(),
  effectiveFrom: ts('effective_from').notNull(),
  createdBy: text('created_by').notNull(),
})

/** Exceptions to the weekly pattern: public holidays and make-up working days (调休上班). */
export const calendarDays = pgTable('calendar_days', {
  date: date('date', { mode: 'string' }).primaryKey(),
  kind: text('kind').notNull(),
  name: text('name').notNull(),
})
