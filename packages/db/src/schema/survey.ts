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
import { ts } from './columns'
import { complaints } from './complaint'
import { customers, organisations } from './identity'

/** A survey template; its content lives in versions, and answers keep the version they answered. */
export const surveyTemplates = pgTable(
  'survey_templates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    purpose: text('purpose').notNull(),
    titleZh: text('title_zh').notNull(),
    titleEn: text('title_en').notNull(),
    active: boolean('active').notNull().default(true),
    currentVersion: integer('current_version').notNull().default(1),
    createdBy: text('created_by').notNull(),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [check('survey_templates_purpose_check', sql`${t.purpose} in ('complaint', 'campaign')`)],
)

export const surveyTemplateVersions = pgTable(
  'survey_template_versions',
  {
    templateId: uuid('template_id')
      .notNull()
      .references(() => surveyTemplates.id),
    version: integer('version').notNull(),
    content: jsonb('content').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.templateId, t.version] })],
)

/** HQ's survey policy (delays, link validity, reminders, thresholds), one row per version. */
export const surveyPolicies = pgTable('survey_policies', {
  version: integer('version').primaryKey(),
  settings: jsonb('settings').notNull(),
  effectiveFrom: ts('effective_from').notNull(),
  createdBy: text('created_by').notNull(),
})

export const surveyCampaigns = pgTable('survey_campaigns', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  period: text('period'),
  templateId: uuid('template_id')
    .notNull()
    .references(() => surveyTemplates.id),
  segment: jsonb('segment').notNull(),
  status: text('status').notNull().default('draft'),
  invited: integer('invited').notNull().default(0),
  createdBy: text('created_by').notNull(),
  createdAt: ts('created_at').notNull(),
  sentAt: ts('sent_at'),
  version: integer('version').notNull().default(1),
})

/**
 * One invitation to answer one survey: single use (one response, by a unique key), expiring, reached
 * through links of which only the SHA-256 hashes are stored.
 */
export const surveyInvitations = pgTable(
  'survey_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    source: text('source').notNull(),
    /** Idempotency of triggers, e.g. one survey per closing of a complaint. */
    sourceKey: text('source_key').unique('survey_invitations_source_key_uq'),
    complaintId: uuid('complaint_id').references(() => complaints.id),
    campaignId: uuid('campaign_id').references(() => surveyCampaigns.id),
    followUpId: uuid('follow_up_id'),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    stationId: uuid('station_id').references(() => organisations.id),
    region: text('region'),
    kind: text('kind'),
    templateId: uuid('template_id')
      .notNull()
      .references(() => surveyTemplates.id),
    templateVersion: integer('template_version').notNull(),
    status: text('status').notNull(),
    sendAt: ts('send_at').notNull(),
    sentAt: ts('sent_at'),
    expiresAt: ts('expires_at'),
    answeredAt: ts('answered_at'),
    remindersSent: integer('reminders_sent').notNull().default(0),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [
    unique('survey_invitations_campaign_customer_uq').on(t.campaignId, t.customerId),
    index('survey_invitations_due_idx').on(t.status, t.sendAt),
    index('survey_invitations_sent_idx').on(t.sentAt),
    index('survey_invitations_station_idx').on(t.stationId, t.sentAt),
    index('survey_invitations_complaint_idx').on(t.complaintId),
    index('survey_invitations_follow_up_idx').on(t.followUpId),
    check(
      'survey_invitations_status_check',
      sql`${t.status} in ('scheduled', 'sent', 'answered', 'cancelled')`,
    ),
  ],
)

/** A link to an invitation: the first delivery and each reminder carry a token of their own. */
export const surveyLinks = pgTable(
  'survey_links',
  {
    tokenHash: text('token_hash').primaryKey(),
    invitationId: uuid('invitation_id')
      .notNull()
      .references(() => surveyInvitations.id, { onDelete: 'cascade' }),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('survey_links_invitation_idx').on(t.invitationId)],
)

export const surveyResponses = pgTable('survey_responses', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** One answer per invitation: a second answer conflicts here and nothing of it is stored. */
  invitationId: uuid('invitation_id')
    .notNull()
    .unique('survey_responses_invitation_uq')
    .references(() => surveyInvitations.id),
  templateId: uuid('template_id').notNull(),
  templateVersion: integer('template_version').notNull(),
  answers: jsonb('answers').notNull(),
  dissatisfied: boolean('dissatisfied').notNull(),
  answeredAt: ts('answered_at').notNull(),
})

/** The answers flattened, one row per answered question: what statistics and comments read. */
export const surveyAnswerItems = pgTable(
  'survey_answer_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    responseId: uuid('response_id')
      .notNull()
      .references(() => surveyResponses.id, { onDelete: 'cascade' }),
    invitationId: uuid('invitation_id')
      .notNull()
      .references(() => surveyInvitations.id),
    questionId: text('question_id').notNull(),
    type: text('type').notNull(),
    dimension: text('dimension'),
    score: integer('score'),
    choices: text('choices').array().notNull().default(sql`'{}'::text[]`),
    text: text('text'),
  },
  (t) => [
    index('survey_answer_items_invitation_idx').on(t.invitationId),
    index('survey_answer_items_type_idx').on(t.type),
  ],
)

/** A dissatisfied answer's follow-up task for the station: open until the customer is satisfied. */
export const surveyFollowUps = pgTable(
  'survey_follow_ups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    invitationId: uuid('invitation_id')
      .notNull()
      .unique('survey_follow_ups_invitation_uq')
      .references(() => surveyInvitations.id),
    responseId: uuid('response_id')
      .notNull()
      .references(() => surveyResponses.id),
    stationId: uuid('station_id').references(() => organisations.id),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    complaintId: uuid('complaint_id').references(() => complaints.id),
    status: text('status').notNull().default('open'),
    lowAnswers: jsonb('low_answers').notNull(),
    calls: jsonb('calls').notNull().default(sql`'[]'::jsonb`),
    resolution: text('resolution'),
    createdAt: ts('created_at').notNull(),
    closedAt: ts('closed_at'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('survey_follow_ups_station_idx').on(t.stationId, t.status),
    index('survey_follow_ups_complaint_idx').on(t.complaintId),
    check('survey_follow_ups_status_check', sql`${t.status} in ('open', 'done')`),
  ],
)
