import { sql } from 'drizzle-orm'
import { check, index, integer, pgTable, primaryKey, text, unique, uuid } from 'drizzle-orm/pg-core'
import { day, ts } from './columns'
import { eightdClaims } from './eightd'
import { organisations } from './identity'

export const liaisonCounters = pgTable('liaison_counters', {
  year: integer('year').primaryKey(),
  last: integer('last').notNull(),
})

/** A station's quality liaison letter (品质联络书), HQ quality's answer and the 8D opened from it. */
export const liaisonLetters = pgTable(
  'liaison_letters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull().unique(),
    stationId: uuid('station_id')
      .notNull()
      .references(() => organisations.id),
    partCode: text('part_code').notNull(),
    partName: text('part_name').notNull(),
    vins: text('vins').array().notNull(),
    symptoms: text('symptoms').notNull(),
    vehiclesAffected: integer('vehicles_affected').notNull(),
    firstSeenOn: day('first_seen_on').notNull(),
    state: text('state').notNull().default('submitted'),
    answer: text('answer'),
    answeredBy: text('answered_by'),
    answeredAt: ts('answered_at'),
    eightdClaimId: uuid('eightd_claim_id').references(() => eightdClaims.id),
    submittedBy: text('submitted_by').notNull(),
    submittedAt: ts('submitted_at').notNull(),
    closedAt: ts('closed_at'),
    clientRequestId: uuid('client_request_id').notNull(),
    version: integer('version').notNull().default(1),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    unique('liaison_letters_request_uq').on(t.stationId, t.clientRequestId),
    // The station's list and HQ's inbox (all, by state, by part), newest first.
    index('liaison_letters_station_idx').on(t.stationId, t.submittedAt, t.id),
    index('liaison_letters_submitted_idx').on(t.submittedAt, t.id),
    index('liaison_letters_state_idx').on(t.state, t.submittedAt, t.id),
    // The part's letters: the inbox filter and the early-warning count by month.
    index('liaison_letters_part_idx').on(t.partCode, t.firstSeenOn),
    // Search by VIN.
    index('liaison_letters_vins_idx').using('gin', t.vins),
    check(
      'liaison_letters_state_check',
      sql`${t.state} in ('submitted', 'answered', 'closed', 'escalated_to_8d')`,
    ),
    check('liaison_letters_vehicles_check', sql`${t.vehiclesAffected} >= cardinality(${t.vins})`),
  ],
)

/** Photos the station sent with its letter (through `POST /uploads`). */
export const liaisonPhotos = pgTable(
  'liaison_photos',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    letterId: uuid('letter_id')
      .notNull()
      .references(() => liaisonLetters.id, { onDelete: 'cascade' }),
    filename: text('filename').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    uploadedBy: text('uploaded_by').notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('liaison_photos_letter_idx').on(t.letterId)],
)

/** HQ quality's links from a letter to complaints and warranty claim lines of the same part. */
export const liaisonLinks = pgTable(
  'liaison_links',
  {
    letterId: uuid('letter_id')
      .notNull()
      .references(() => liaisonLetters.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    targetId: uuid('target_id').notNull(),
    linkedBy: text('linked_by').notNull(),
    linkedAt: ts('linked_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.letterId, t.kind, t.targetId] }),
    check('liaison_links_kind_check', sql`${t.kind} in ('complaint', 'claim_line')`),
  ],
)
