import {
  createRepositories,
  createUnitOfWork,
  type DatabaseHandle,
  databaseFileStore,
  seedDemoData,
} from '@asq/db'
import type { TestDatabaseTarget } from '@asq/db/testing'
import { renderOutboxBody } from '@asq/domain'
import type { ApiDeps, RequestMeta } from '../context'
import { createContext } from '../context'
import { createCaller } from '../root'
import { nodeSecurity } from '../security/security'
import { receiveUpload } from '../uploads/receive-upload'

const DEMO_PASSWORD = 'demo123456'

/**
 * A real API over a real, seeded database (PGlite or PostgreSQL) with a clock the test controls.
 * Callers are made from real sessions (login → cookie token), exactly as HTTP requests would be.
 */
export async function createHarness(target: TestDatabaseTarget, start = new Date('2026-11-24T02:00:00Z')) {
  const handle: DatabaseHandle = await target.open()
  await seedDemoData(handle.db, nodeSecurity.hashPassword, start)
  let now = start
  const deps: ApiDeps = {
    uow: createUnitOfWork(handle.db),
    repos: createRepositories(handle.db),
    // Time moves on by a millisecond per reading, as it does for real, so "latest" is never a tie.
    clock: () => {
      now = new Date(now.getTime() + 1)
      return now
    },
    files: databaseFileStore(handle.db),
    security: nodeSecurity,
    devMode: true,
  }

  // Each session looks like its own client address unless a test names one (per-address throttles).
  let sessions = 0
  async function session(token: string | null, ip = `test-${++sessions}`) {
    const jar: { token: string | null } = { token }
    const meta: RequestMeta = {
      ip,
      sessionToken: token,
      setSessionCookie: (t) => {
        jar.token = t
      },
      clearSessionCookie: () => {
        jar.token = null
      },
    }
    const ctx = await createContext(deps, meta)
    return { caller: createCaller(ctx), jar, ctx }
  }

  /** A file sent by the session `token` as `POST /uploads` would stream it: its upload token's id. */
  async function upload(token: string, bytes: Uint8Array, filename = 'photo.png'): Promise<string> {
    const { ctx } = await session(token)
    if (!ctx.actor) throw new Error('upload needs a signed-in session')
    const chunks = (async function* () {
      yield bytes
    })()
    return (await receiveUpload({ ...ctx, actor: ctx.actor }, { filename, chunks })).id
  }

  /** A caller for an anonymous visitor or a session token. */
  const as = async (token: string | null) => (await session(token)).caller

  async function staffToken(username: string, password = DEMO_PASSWORD): Promise<string> {
    const s = await session(null)
    await s.caller.auth.login({ username, password })
    return s.jar.token!
  }

  /** Reads the newest login code sent to `contact` from the outbox, as the customer's phone would. */
  async function lastCodeSentTo(contact: string): Promise<string> {
    const { items } = await deps.repos.outbox.list({ recipient: contact, limit: 1, offset: 0 })
    const m = /(\d{6})/.exec(items[0] ? renderOutboxBody(items[0]) : '')
    if (!m) throw new Error(`no code was sent to ${contact}`)
    return m[1]!
  }

  async function customerToken(contact: string): Promise<string> {
    now = new Date(now.getTime() + 61_000) // past the resend cooldown of an earlier code
    const s = await session(null)
    await s.caller.auth.requestCode({ contact })
    await s.caller.auth.verifyCode({ contact, code: await lastCodeSentTo(contact) })
    return s.jar.token!
  }

  return {
    handle,
    deps,
    db: handle.db,
    repos: deps.repos,
    session,
    as,
    staffToken,
    customerToken,
    upload,
    lastCodeSentTo,
    now: () => now,
    setNow: (d: Date) => {
      now = d
    },
    advance: (ms: number) => {
      now = new Date(now.getTime() + ms)
    },
    close: () => handle.close(),
  }
}

export type Harness = Awaited<ReturnType<typeof createHarness>>
