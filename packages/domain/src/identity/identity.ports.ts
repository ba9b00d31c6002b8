import type { Contact } from './identity.contact'
import type { OtpState } from './identity.otp'
import type { OrgKind, Role } from './identity.roles'
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
}

export interface CustomerRepository {
  byId(id: string): Promise<Customer | null>
  byContact(c: Contact): Promise<Customer | null>
  create(c: { name: string; phone: string | null; email: string | null }): Promise<Customer>
}

export interface SessionRepository {
  create(s: SessionRecord): Promise<void>
  byTokenHash(tokenHash: string): Promise<SessionRecord | null>
  touch(tokenHash: string, expiresAt: Date): Promise<void>
  delete(tokenHash: string): Promise<void>
}

export interface LoginAttemptRepository {
  record(a: { identifier: string; success: boolean; at: Date }): Promise<void>
  failuresSince(identifier: string, since: Date): Promise<Date[]>
}

export interface LoginCodeRepository {
  create(c: { contact: string; codeHash: string; createdAt: Date; expiresAt: Date }): Promise<void>
  latest(contact: string): Promise<(OtpState & { id: string; codeHash: string }) | null>
  countAttempt(id: string): Promise<void>
  consume(id: string, at: Date): Promise<boolean>
}
