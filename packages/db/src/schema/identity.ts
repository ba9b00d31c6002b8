import { sql } from 'drizzle-orm'
import { boolean, check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'

const id = () => uuid('id').primaryKey().defaultRandom()
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow()

export const organisations = pgTable(
  'organisations',
  {
    id: id(),
    kind: text('kind', { enum: ['hq', 'dealer', 'supplier'] }).notNull(),
    code: text('code').notNull().unique(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    region: text('region'),
    createdAt: createdAt(),
  },
  (t) => [check('organisations_kind_check', sql`${t.kind} in ('hq', 'dealer', 'supplier')`)],
)

export const users = pgTable(
  'users',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    username: text('username').notNull().unique(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    roles: text('roles').array().notNull(),
    active: boolean('active').notNull().default(true),
    /** Away (leave, training): their cases may be taken and show in the station manager's "my cases". */
    away: boolean('away').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [index('users_org_idx').on(t.orgId)],
)

export const customers = pgTable('customers', {
  id: id(),
  name: text('name').notNull(),
  phone: text('phone').unique(),
  email: text('email').unique(),
  /** Main customers (大客户) receive the twice-yearly satisfaction campaigns. */
  keyAccount: boolean('key_account').notNull().default(false),
  createdAt: createdAt(),
})

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie token: a leaked table does not leak live sessions. */
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    customerId: uuid('customer_id').references(() => customers.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check('sessions_one_principal', sql`(${t.userId} is null) <> (${t.customerId} is null)`),
    index('sessions_expiry_idx').on(t.expiresAt),
  ],
)

export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: id(),
    identifier: text('identifier').notNull(),
    success: boolean('success').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    /** The client address the attempt came from, for the per-address throttle. */
    client: text('client'),
  },
  (t) => [
    index('login_attempts_identifier_at_idx').on(t.identifier, t.at),
    index('login_attempts_client_at_idx').on(t.client, t.at),
  ],
)

export const loginCodes = pgTable(
  'login_codes',
  {
    id: id(),
    contact: text('contact').notNull(),
    codeHash: text('code_hash').notNull(),
    attempts: integer('attempts').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    consumedAt: timestamp('consumed_at', { withTimezone: true }),
    /** Who asked for the code, for the per-address ceiling on code requests (SMS cost). */
    client: text('client'),
  },
  (t) => [
    index('login_codes_contact_idx').on(t.contact, t.createdAt),
    index('login_codes_client_idx').on(t.client, t.createdAt),
    index('login_codes_created_idx').on(t.createdAt),
  ],
)
