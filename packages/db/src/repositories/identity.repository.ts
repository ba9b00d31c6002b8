import type {
  CustomerRepository,
  LoginAttemptRepository,
  LoginCodeRepository,
  Organisation,
  OrganisationRepository,
  Role,
  SessionRepository,
  User,
  UserRepository,
} from '@asq/domain'
import { and, count, desc, eq, gte, ilike, isNull, or } from 'drizzle-orm'
import type { Database } from '../client'
import { customers, loginAttempts, loginCodes, organisations, sessions, users } from '../schema'

type UserRow = typeof users.$inferSelect
type OrgRow = typeof organisations.$inferSelect

const toOrg = (r: OrgRow): Organisation => ({
  id: r.id,
  kind: r.kind,
  code: r.code,
  nameZh: r.nameZh,
  nameEn: r.nameEn,
  region: r.region,
})
const toUser = (r: UserRow): User => ({
  id: r.id,
  orgId: r.orgId,
  username: r.username,
  displayName: r.displayName,
  roles: r.roles as Role[],
  active: r.active,
  version: r.version,
  createdAt: r.createdAt,
})

export const organisationRepository = (db: Database): OrganisationRepository => ({
  async byId(id) {
    const [r] = await db.select().from(organisations).where(eq(organisations.id, id))
    return r ? toOrg(r) : null
  },
  async list(filter) {
    const rows = await db
      .select()
      .from(organisations)
      .where(filter?.kind ? eq(organisations.kind, filter.kind) : undefined)
      .orderBy(organisations.code)
    return rows.map(toOrg)
  },
})

export const userRepository = (db: Database): UserRepository => {
  const withOrgWhere = async (where: ReturnType<typeof eq>) => {
    const [r] = await db
      .select()
      .from(users)
      .innerJoin(organisations, eq(users.orgId, organisations.id))
      .where(where)
    return r ? { ...toUser(r.users), passwordHash: r.users.passwordHash, org: toOrg(r.organisations) } : null
  }
  return {
    byUsername: (username) => withOrgWhere(eq(users.username, username.toLowerCase())),
    withOrg: (id) => withOrgWhere(eq(users.id, id)),
    async byId(id) {
      const [r] = await db.select().from(users).where(eq(users.id, id))
      return r ? toUser(r) : null
    },
    async list({ orgId, q, limit, offset }) {
      const text = q ? `%${q.replace(/[%_\\]/g, '\\$&')}%` : undefined
      const where = and(
        orgId ? eq(users.orgId, orgId) : undefined,
        text ? or(ilike(users.username, text), ilike(users.displayName, text)) : undefined,
      )
      const rows = await db
        .select()
        .from(users)
        .where(where)
        .orderBy(users.username)
        .limit(limit)
        .offset(offset)
      const [total] = await db.select({ n: count() }).from(users).where(where)
      return { items: rows.map(toUser), total: total?.n ?? 0 }
    },
    async create(u) {
      const [r] = await db.insert(users).values(u).returning()
      return toUser(r!)
    },
    async setActive(id, active, version) {
      const [r] = await db
        .update(users)
        .set({ active, version: version + 1 })
        .where(and(eq(users.id, id), eq(users.version, version)))
        .returning()
      return r ? toUser(r) : null
    },
  }
}

export const customerRepository = (db: Database): CustomerRepository => ({
  async byId(id) {
    const [r] = await db.select().from(customers).where(eq(customers.id, id))
    return r ?? null
  },
  async byContact(c) {
    const [r] = await db
      .select()
      .from(customers)
      .where(c.type === 'phone' ? eq(customers.phone, c.value) : eq(customers.email, c.value))
    return r ?? null
  },
  async create(c) {
    const [r] = await db.insert(customers).values(c).returning()
    return r!
  },
})

export const sessionRepository = (db: Database): SessionRepository => ({
  async create(s) {
    await db.insert(sessions).values(s)
  },
  async byTokenHash(tokenHash) {
    const [r] = await db.select().from(sessions).where(eq(sessions.tokenHash, tokenHash))
    return r
      ? { tokenHash: r.tokenHash, userId: r.userId, customerId: r.customerId, expiresAt: r.expiresAt }
      : null
  },
  async touch(tokenHash, expiresAt) {
    await db.update(sessions).set({ expiresAt }).where(eq(sessions.tokenHash, tokenHash))
  },
  async delete(tokenHash) {
    await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash))
  },
})

export const loginAttemptRepository = (db: Database): LoginAttemptRepository => ({
  async record(a) {
    await db.insert(loginAttempts).values(a)
  },
  async failuresSince(identifier, since) {
    const rows = await db
      .select({ at: loginAttempts.at })
      .from(loginAttempts)
      .where(
        and(
          eq(loginAttempts.identifier, identifier),
          eq(loginAttempts.success, false),
          gte(loginAttempts.at, since),
        ),
      )
    return rows.map((r) => r.at)
  },
})

export const loginCodeRepository = (db: Database): LoginCodeRepository => ({
  async create(c) {
    await db.insert(loginCodes).values(c)
  },
  async latest(contact) {
    const [r] = await db
      .select()
      .from(loginCodes)
      .where(eq(loginCodes.contact, contact))
      .orderBy(desc(loginCodes.createdAt))
      .limit(1)
    return r ?? null
  },
  async countAttempt(id) {
    const [r] = await db.select({ a: loginCodes.attempts }).from(loginCodes).where(eq(loginCodes.id, id))
    await db
      .update(loginCodes)
      .set({ attempts: (r?.a ?? 0) + 1 })
      .where(eq(loginCodes.id, id))
  },
  async consume(id, at) {
    const rows = await db
      .update(loginCodes)
      .set({ consumedAt: at })
      .where(and(eq(loginCodes.id, id), isNull(loginCodes.consumedAt)))
      .returning({ id: loginCodes.id })
    return rows.length === 1
  },
})
