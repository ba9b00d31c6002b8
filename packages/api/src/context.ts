import type {
  Actor,
  AuditEvent,
  Clock,
  FileStore,
  Repositories,
  ResolvedSession,
  UnitOfWork,
} from '@asq/domain'
import type { Security } from './security/security'

/** What the server wires in once: storage, clock and secrets. */
export type ApiDeps = {
  uow: UnitOfWork
  /** Non-transactional repositories for reads. */
  repos: Repositories
  clock: Clock
  /** Uploaded files' bytes (a directory beside the embedded database, or PostgreSQL). */
  files: FileStore
  security: Security
  /** Development mode: e.g. codes are also visible to HQ admins in the outbox screen. */
  devMode: boolean
}

type CookieOptions = { maxAgeSeconds: number }

/** The per-request bits the HTTP layer provides. */
export type RequestMeta = {
  ip: string
  sessionToken: string | null
  setSessionCookie(token: string, opts: CookieOptions): void
  clearSessionCookie(): void
}

export type Context = ApiDeps & {
  actor: Actor | null
  sessionTokenHash: string | null
  meta: RequestMeta
  /**
   * Runs a mutation in one transaction and gives it an `audit` bound to the caller, so the change
   * and its audit event commit together or not at all.
   */
  transact<T>(
    work: (tx: { repos: Repositories; audit(e: AuditEvent): Promise<void> }) => Promise<T>,
  ): Promise<T>
}

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000

/** Resolves the session cookie to an actor; an expired or unknown session is simply anonymous. */
export async function createContext(deps: ApiDeps, meta: RequestMeta): Promise<Context> {
  const now = deps.clock()
  let actor: Actor | null = null
  let sessionTokenHash: string | null = null
  if (meta.sessionToken) {
    const hash = deps.security.hashToken(meta.sessionToken)
    // Session, user, roles and organisation (or customer) in one query a request.
    const s = await deps.repos.sessions.resolve(hash)
    if (s && s.expiresAt.getTime() > now.getTime()) {
      actor = actorOf(s)
      if (actor) {
        sessionTokenHash = hash
        // Sliding expiry, written at most once an hour per session.
        if (s.expiresAt.getTime() - now.getTime() < SESSION_TTL_MS - 60 * 60 * 1000) {
          await deps.repos.sessions.touch(hash, new Date(now.getTime() + SESSION_TTL_MS))
        }
      }
    }
  }
  const ctx: Context = {
    ...deps,
    actor,
    sessionTokenHash,
    meta,
    transact: (work) =>
      deps.uow.run((repos) =>
        work({ repos, audit: (e) => repos.audit.record({ ...e, at: deps.clock(), actor: ctx.actor }) }),
      ),
  }
  return ctx
}

function actorOf(s: ResolvedSession): Actor | null {
  if (s.userId) {
    const u = s.user
    if (!u?.active) return null
    return {
      kind: 'staff',
      userId: u.id,
      username: u.username,
      displayName: u.displayName,
      orgId: u.orgId,
      orgKind: u.org.kind,
      orgName: u.org.nameZh,
      roles: u.roles,
    }
  }
  if (s.customerId) {
    const c = s.customer
    return c ? { kind: 'customer', customerId: c.id, displayName: c.name } : null
  }
  return null
}
