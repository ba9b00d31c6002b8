import type { AnyRouter } from '@trpc/server'
import type { MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { trpcRefusal } from './batch-guard'

/** What an ordinary call may send: forms, filters, a month's claim lines. */
export const DEFAULT_BODY_LIMIT = 512 * 1024
/** Room for the JSON envelope around a file's base64. */
const ENVELOPE = 64 * 1024

type InputSchema = { shape?: { contentBase64?: { maxLength?: number | null } } }

/**
 * Per-procedure body limits read from the router itself: a procedure whose input carries a file
 * (`contentBase64`) may send a little more than that field's own maximum, every other one
 * DEFAULT_BODY_LIMIT. Read once, so a new upload procedure needs no list kept by hand.
 */
export function bodyLimitsOf(router: AnyRouter): Map<string, number> {
  const limits = new Map<string, number>()
  const procedures = (router._def as { procedures: Record<string, { _def: { inputs: unknown[] } }> })
    .procedures
  for (const [path, p] of Object.entries(procedures)) {
    for (const input of p._def.inputs as InputSchema[]) {
      const max = input?.shape?.contentBase64?.maxLength
      if (max) limits.set(path, max + ENVELOPE)
    }
  }
  return limits
}

/**
 * Answers 413 before reading a body over the route's limit (by Content-Length, or while streaming
 * a body sent without one). A batch may send the sum of its calls' limits.
 */
export function perRouteBodyLimit(router: AnyRouter): MiddlewareHandler {
  const limits = bodyLimitsOf(router)
  return async (c, next) => {
    if (c.req.method !== 'POST') return next()
    let paths: string[]
    try {
      paths = decodeURIComponent(c.req.path.slice('/trpc/'.length)).split(',')
    } catch {
      paths = []
    }
    const maxSize = paths.reduce((sum, p) => sum + (limits.get(p) ?? DEFAULT_BODY_LIMIT), 0)
    return bodyLimit({
      maxSize: Math.max(maxSize, DEFAULT_BODY_LIMIT),
      onError: (c) =>
        trpcRefusal(c, 413, 'HTTP.BODY_TOO_LARGE', `The request body is larger than ${maxSize} bytes`),
    })(c, next)
  }
}
