import type { Context, MiddlewareHandler } from 'hono'

/** A refusal in tRPC's own error envelope (superjson), so the typed client reads it like any other. */
export const trpcRefusal = (c: Context, status: 400 | 413, domainCode: string, message: string) =>
  c.json(
    {
      error: {
        json: {
          message,
          code: status === 413 ? -32013 : -32600,
          data: {
            code: status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST',
            httpStatus: status,
            domainCode,
          },
        },
      },
    },
    status,
  )

/** The most calls one batched request may carry (the apps' client sends at most this many). */
export const MAX_BATCH_SIZE = 10

/**
 * Sign-in procedures are never batched: a batch is evaluated at once, so it would let one request
 * carry hundreds of guesses. The client sends `auth.*` calls unbatched (see api-client).
 */
export const refuseRiskyBatches: MiddlewareHandler = async (c, next) => {
  const raw = c.req.path.slice('/trpc/'.length)
  let paths: string[]
  try {
    paths = decodeURIComponent(raw).split(',')
  } catch {
    return trpcRefusal(c, 400, 'HTTP.BAD_PATH', 'Malformed procedure path')
  }
  if (paths.length > 1 && paths.some((p) => p.startsWith('auth.'))) {
    return trpcRefusal(c, 400, 'HTTP.BATCH_REFUSED', 'Sign-in calls cannot be batched; send each on its own')
  }
  await next()
}
