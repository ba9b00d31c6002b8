import { fetchRequestHandler } from '@trpc/server/adapters/fetch'
import { Hono, type Context as HonoContext } from 'hono'
import { getCookie } from 'hono/cookie'
import { serialize } from 'hono/utils/cookie'
import { type ApiDeps, createContext } from '../context'
import { appRouter } from '../root'
import { MAX_BATCH_SIZE, refuseRiskyBatches } from './batch-guard'
import { perRouteBodyLimit } from './body-limit'
import { compressLargeAnswers } from './compression'
import { securityHeaders } from './security-headers'

export const SESSION_COOKIE = 'asq_session'

export type HttpAppOptions = {
  deps: ApiDeps
  /** Checks the database; /healthz answers 503 when it throws. */
  ping(): Promise<void>
  /** Set the Secure flag on cookies (behind HTTPS). */
  secureCookies?: boolean
  /** Extra origins allowed to send mutations (e.g. the Vite dev server). */
  trustedOrigins?: string[]
  log?(entry: Record<string, unknown>): void
  /**
   * The client's address for per-address throttles: the socket peer, or what a configured trusted
   * proxy reports. Never a header the client itself controls.
   */
  clientAddress?(c: HonoContext): string
}

/**
 * The API over HTTP: /trpc and /healthz. Static apps are mounted by the server process.
 * Mutations are accepted only as same-origin POSTs: tRPC refuses GET for mutations, and the origin
 * check below refuses cross-site POSTs (CSRF) even though the session cookie is SameSite=Lax.
 */
export function createHttpApp(opts: HttpAppOptions): Hono {
  const app = new Hono()
  const log = opts.log ?? (() => {})
  app.use('*', securityHeaders({ tls: opts.secureCookies ?? false }))

  // One structured log line per API call.
  app.use('/trpc/*', async (c, next) => {
    const started = performance.now()
    await next()
    log({
      msg: 'request',
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
    })
  })

  compressLargeAnswers(app)

  app.get('/healthz', async (c) => {
    try {
      await opts.ping()
      return c.json({ status: 'ok' })
    } catch {
      return c.json({ status: 'unavailable' }, 503)
    }
  })

  app.use('/trpc/*', async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && c.req.method !== 'OPTIONS') {
      const origin = c.req.header('origin')
      const own = new URL(c.req.url).origin
      const fetchSite = c.req.header('sec-fetch-site')
      const sameOrigin = origin
        ? origin === own || (opts.trustedOrigins ?? []).includes(origin)
        : fetchSite === 'same-origin'
      if (!sameOrigin) return c.json({ error: { message: 'Cross-origin request refused' } }, 403)
    }
    await next()
  })

  app.use('/trpc/*', refuseRiskyBatches)
  app.use('/trpc/*', perRouteBodyLimit(appRouter))

  app.all('/trpc/*', (c) => {
    const cookieAttrs = {
      path: '/',
      httpOnly: true,
      sameSite: 'Lax' as const,
      secure: opts.secureCookies ?? false,
    }
    return fetchRequestHandler({
      endpoint: '/trpc',
      req: c.req.raw,
      router: appRouter,
      maxBatchSize: MAX_BATCH_SIZE,
      createContext: ({ resHeaders }) =>
        createContext(opts.deps, {
          ip: opts.clientAddress?.(c) ?? 'unknown',
          sessionToken: getCookie(c, SESSION_COOKIE) ?? null,
          setSessionCookie: (token, { maxAgeSeconds }) =>
            resHeaders.append(
              'set-cookie',
              serialize(SESSION_COOKIE, token, { ...cookieAttrs, maxAge: maxAgeSeconds }),
            ),
          clearSessionCookie: () =>
            resHeaders.append('set-cookie', serialize(SESSION_COOKIE, '', { ...cookieAttrs, maxAge: 0 })),
        }),
      onError: ({ error, path }) => {
        if (error.code === 'INTERNAL_SERVER_ERROR') {
          log({
            level: 'error',
            msg: 'procedure failed',
            path,
            error: String(error.cause ?? error),
            stack: (error.cause as Error | undefined)?.stack,
          })
        }
      },
    })
  })

  return app
}
