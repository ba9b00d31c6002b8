import type { Contact } from './identity.contact'
import type { OtpState } from './identity.otp'
import type { OrgKind, Role } from './identity.roles'
import type { AttemptHistory } from './identity.throttle'
import type { Organisation, User } from './identity.user'

export type UserWithSecret = User & { passwordHash: string; org: Organisation }

export type Customer = {
  id: string
  name: string
  phone: string | null
  email: string | null
  createdAt: Date
}

export type SessionRecord = {
  tokenHash: string
  userId: string | null
  customerId: string | null
  expiresAt: Date
}

export interface OrganisationRepository {
  byId(id: string): Promise<Organisation | null>
  list(filter?: { kind?: OrgKind }): Promise<Organisation[]>
}

export interface UserRepository {
  byUsername(username: string): Promise<UserWithSecret | null>
  byId(id: string): Promise<User | null>
  withOrg(id: string): Promise<UserWithSecret | null>
  /** Display names by username (one query for a page's worth of history). */
  displayNames(usernames: readonly string[]): Promise<Map<string, string>>
  list(filter: {
    orgId?: string
    q?: string
    limit: number
    offset: number
  }): Promise<{ items: User[]; total: number }>
  create(u: {
    orgId: string
    username: string
    displayName: string
    passwordHash: string
    roles: Role[]
  }): Promise<User>
  /** Optimistic update: returns null when `version` is not the stored one. */
  setActive(id: string, active: boolean, version: number): Promise<User | null>
  /** Marks a person away or back (no version: the toggle's last word wins, it edits nothing else). */
  setAway(id: string, away: boolean): Promise<User | null>
  /** Replaces the stored hash (a rehash with today's parameters at sign-in). */
  setPasswordHash(id: string, passwordHash: string): Promise<void>
}

export interface CustomerRepository {
  byId(id: string): Promise<Customer | null>
  byContact(c: Contact): Promise<Customer | null>
  create(c: { name: string; phone: string | null; email: string | null }): Promise<Customer>
}

/** A session with whom it belongs to, read together (one query a request). */
export type ResolvedSession = SessionRecord & { user: UserWithSecret | null; customer: Customer | null }

export interface SessionRepository {
  create(s: SessionRecord): Promise<void>
  byTokenHash(tokenHash: string): Promise<SessionRecord | null>
  /** The session, its user with roles and organisation, or its customer: one SELECT. */
  resolve(tokenHash: string): Promise<ResolvedSession | null>
  touch(tokenHash: string, expiresAt: Date): Promise<void>
  delete(tokenHash: string): Promise<void>
}

export interface LoginAttemptRepository {
  record(a: { identifier: string; success: boolean; at: Date; client?: string | null }): Promise<void>
  failuresSince(identifier: string, since: Date): Promise<Date[]>
  /**
   * Counts one attempt and decides, as one atomic step: attempts on the same account or from the same
   * client address are serialised by a transaction-scoped lock, their failures since `since` are read,
   * `decide` is asked, and an allowed attempt is recorded as a failure (until `succeeded`) before the
   * lock is released. Parallel and batched guesses therefore each see the ones before them.
   * Run it inside a unit of work.
   */
  reserve<V extends { allowed: boolean }>(
    a: { identifier: string; client: string; at: Date; since: Date },
    decide: (history: AttemptHistory) => V,
  ): Promise<{ verdict: V; attemptId: string | null }>
  /** The reserved attempt turned out right: it no longer counts as a failure. */
  succeeded(attemptId: string): Promise<void>
}

export interface LoginCodeRepository {
  create(c: {
    contact: string
    codeHash: string
    createdAt: Date
    expiresAt: Date
    client?: string | null
  }): Promise<void>
  latest(contact: string): Promise<(OtpState & { id: string; codeHash: string }) | null>
  /**
   * Serialises code requests (a transaction-scoped lock) and counts those since `since`, from this
   * client address and in total, so the ceilings hold under parallel requests. Run it inside a unit of work.
   */
  lockAndCountRequests(client: string, since: Date): Promise<{ client: number; global: number }>
  /** Counts one try of the code atomically; false when it already had `max` tries (nothing counted). */
  countAttempt(id: string, max: number): Promise<boolean>
  consume(id: string, at: Date): Promise<boolean>
}
