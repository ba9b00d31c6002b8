import { fetchRequestHandler } from '@trpc/server/adapters/fetch'
import { Hono, type Context as HonoContext, type MiddlewareHandler } from 'hono'
import { getCookie } from 'hono/cookie'
import { serialize } from 'hono/utils/cookie'
import { type ApiDeps, createContext } from '../context'
import { appRouter } from '../root'
import { MAX_BATCH_SIZE, refuseRiskyBatches } from './batch-guard'
import { perRouteBodyLimit } from './body-limit'
import { compressLargeAnswers } from './compression'
import { exportHandler, refuseExportsOnTrpc } from './export-route'
import { fileHandler } from './file-route'
import { type NotificationStreamOptions, notificationStreamHandler } from './notification-stream'
import { securityHeaders } from './security-headers'
import { uploadHandler } from './upload-route'

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
  /** The live notification stream's timings (tests shorten them). */
  notificationStream?: NotificationStreamOptions
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

  // One structured log line per API call and export.
  const logRequest: MiddlewareHandler = async (c, next) => {
    const started = performance.now()
    await next()
    log({
      msg: 'request',
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
    })
  }
  app.use('/trpc/*', logRequest)
  app.use('/export/*', logRequest)
  app.use('/files/*', logRequest)
  app.use('/uploads', logRequest)
  app.use('/events/*', logRequest)

  compressLargeAnswers(app)

  app.get('/healthz', async (c) => {
    try {
      await opts.ping()
      return c.json({ status: 'ok' })
    } catch {
      return c.json({ status: 'unavailable' }, 503)
    }
  })

  const allowedOrigin = (c: HonoContext, origin: string) =>
    origin === new URL(c.req.url).origin || (opts.trustedOrigins ?? []).includes(origin)
  const refuseForeignWrites: MiddlewareHandler = async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && c.req.method !== 'OPTIONS') {
      const origin = c.req.header('origin')
      const fetchSite = c.req.header('sec-fetch-site')
      const sameOrigin = origin ? allowedOrigin(c, origin) : fetchSite === 'same-origin'
      if (!sameOrigin) return c.json({ error: { message: 'Cross-origin request refused' } }, 403)
    }
    await next()
  }
  app.use('/trpc/*', refuseForeignWrites)
  app.use('/uploads', refuseForeignWrites)
  // A download is a GET, but a file of the caller's data is not for another site's page to fetch.
  const refuseForeignDownloads: MiddlewareHandler = async (c, next) => {
    const origin = c.req.header('origin')
    const fetchSite = c.req.header('sec-fetch-site')
    const foreign = origin
      ? !allowedOrigin(c, origin)
      : fetchSite === 'cross-site' || fetchSite === 'same-site'
    if (foreign) return c.json({ error: { message: 'Cross-origin request refused' } }, 403)
    await next()
  }
  app.use('/export/*', refuseForeignDownloads)
  app.use('/files/*', refuseForeignDownloads)
  app.use('/events/*', refuseForeignDownloads)

  app.use('/trpc/*', refuseRiskyBatches)
  app.use('/trpc/*', refuseExportsOnTrpc)
  app.use('/trpc/*', perRouteBodyLimit(appRouter))

  const cookieAttrs = {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax' as const,
    secure: opts.secureCookies ?? false,
  }
  /** The same context for /trpc and /export: the session cookie, cookies set on `resHeaders`. */
  const contextOf = (c: HonoContext, resHeaders: Headers) =>
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
    })

  app.get('/export/:path', exportHandler(contextOf, log))
  app.get('/files/:path', fileHandler(contextOf, log))
  app.post('/uploads', uploadHandler(contextOf, log))
  app.get('/events/notifications', notificationStreamHandler(contextOf, opts.notificationStream))

  app.all('/trpc/*', (c) =>
    fetchRequestHandler({
      endpoint: '/trpc',
      req: c.req.raw,
      router: appRouter,
      maxBatchSize: MAX_BATCH_SIZE,
      createContext: ({ resHeaders }) => contextOf(c, resHeaders),
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
    }),
  )

  return app
}
