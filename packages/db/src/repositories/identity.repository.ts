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
import { and, count, desc, eq, gte, ilike, inArray, isNull, lt, or, type SQL, sql } from 'drizzle-orm'
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
  away: r.away,
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
    async displayNames(usernames) {
      const wanted = [...new Set(usernames)]
      if (!wanted.length) return new Map()
      const rows = await db
        .select({ username: users.username, name: users.displayName })
        .from(users)
        .where(inArray(users.username, wanted))
      return new Map(rows.map((r) => [r.username, r.name]))
    },
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
    async setPasswordHash(id, passwordHash) {
      await db.update(users).set({ passwordHash }).where(eq(users.id, id))
    },
    async setAway(id, away) {
      const [r] = await db.update(users).set({ away }).where(eq(users.id, id)).returning()
      return r ? toUser(r) : null
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

/**
 * The look-up every API request makes, as a named prepared statement: built by drizzle once per
 * repository, parsed and planned by PostgreSQL once per connection, instead of both on every request.
 */
const resolveSession = (db: Database) =>
  db
    .select({ s: sessions, u: users, o: organisations, c: customers })
    .from(sessions)
    .leftJoin(users, eq(users.id, sessions.userId))
    .leftJoin(organisations, eq(organisations.id, users.orgId))
    .leftJoin(customers, eq(customers.id, sessions.customerId))
    .where(eq(sessions.tokenHash, sql.placeholder('tokenHash')))
    .prepare('sessions_resolve')

export const sessionRepository = (db: Database): SessionRepository => {
  let resolving: ReturnType<typeof resolveSession> | undefined
  return {
    async create(s) {
      await db.insert(sessions).values(s)
    },
    async byTokenHash(tokenHash) {
      const [r] = await db.select().from(sessions).where(eq(sessions.tokenHash, tokenHash))
      return r
        ? { tokenHash: r.tokenHash, userId: r.userId, customerId: r.customerId, expiresAt: r.expiresAt }
        : null
    },
    async resolve(tokenHash) {
      resolving ??= resolveSession(db)
      const [r] = await resolving.execute({ tokenHash })
      if (!r) return null
      return {
        tokenHash: r.s.tokenHash,
        userId: r.s.userId,
        customerId: r.s.customerId,
        expiresAt: r.s.expiresAt,
        user: r.u && r.o ? { ...toUser(r.u), passwordHash: r.u.passwordHash, org: toOrg(r.o) } : null,
        customer: r.c,
      }
    },
    async touch(tokenHash, expiresAt) {
      await db.update(sessions).set({ expiresAt }).where(eq(sessions.tokenHash, tokenHash))
    },
    async delete(tokenHash) {
      await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash))
    },
  }
}

/** Transaction-scoped advisory locks, taken in a fixed order so two callers never deadlock. */
async function lockKeys(db: Database, keys: string[]) {
  for (const key of [...new Set(keys)].sort()) {
    await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`)
  }
}

const failuresWhere = (
  column: typeof loginAttempts.identifier | typeof loginAttempts.client,
  value: string,
  since: Date,
) => and(eq(column, value), eq(loginAttempts.success, false), gte(loginAttempts.at, since))

export const loginAttemptRepository = (db: Database): LoginAttemptRepository => {
  const failureTimes = async (where: SQL | undefined) =>
    (await db.select({ at: loginAttempts.at }).from(loginAttempts).where(where)).map((r) => r.at)
  return {
    async record(a) {
      await db.insert(loginAttempts).values(a)
    },
    failuresSince: (identifier, since) =>
      failureTimes(failuresWhere(loginAttempts.identifier, identifier, since)),
    async reserve({ identifier, client, at, since }, decide) {
      await lockKeys(db, [`attempt:${identifier}`, `attempt-client:${client}`])
      const verdict = decide({
        account: await failureTimes(failuresWhere(loginAttempts.identifier, identifier, since)),
        client: await failureTimes(failuresWhere(loginAttempts.client, client, since)),
      })
      if (!verdict.allowed) return { verdict, attemptId: null }
      const [r] = await db
        .insert(loginAttempts)
        .values({ identifier, client, at, success: false })
        .returning({ id: loginAttempts.id })
      return { verdict, attemptId: r!.id }
    },
    async succeeded(attemptId) {
      await db.update(loginAttempts).set({ success: true }).where(eq(loginAttempts.id, attemptId))
    },
  }
}

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
  async lockAndCountRequests(client, since) {
    await lockKeys(db, ['code-requests'])
    const [r] = await db
      .select({
        client: sql<number>`count(*) filter (where ${loginCodes.client} = ${client})`.mapWith(Number),
        global: count(),
      })
      .from(loginCodes)
      .where(gte(loginCodes.createdAt, since))
    return { client: r?.client ?? 0, global: r?.global ?? 0 }
  },
  async countAttempt(id, max) {
    const rows = await db
      .update(loginCodes)
      .set({ attempts: sql`${loginCodes.attempts} + 1` })
      .where(and(eq(loginCodes.id, id), lt(loginCodes.attempts, max)))
      .returning({ id: loginCodes.id })
    return rows.length === 1
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
