import type { NotificationRecipient } from '@asq/domain'
import type { Context as HonoContext } from 'hono'
import { streamSSE } from 'hono/streaming'
import type { Context } from '../context'

export type NotificationStreamOptions = {
  /** How often the server looks for new notifications of the connected person (ms). */
  pollMs?: number
  /** How often a heartbeat keeps proxies from closing an idle stream (ms). */
  heartbeatMs?: number
  /** How often the session is checked again; a signed-out or expired session ends the stream (ms). */
  sessionCheckMs?: number
}

/**
 * GET /events/notifications: the signed-in person's bell as server-sent events. The session cookie
 * authenticates it exactly as /trpc does; each connection follows only its own person's inbox.
 *
 * How it learns of a new notification: the server polls the table for this person's unread count and
 * newest `seq` every `pollMs` (two indexed lookups) and sends `unread` when either changed. Polling was
 * chosen over LISTEN/NOTIFY because it behaves the same on PGlite and on PostgreSQL, and on several
 * servers at once (a notification written by server B reaches a stream held by server A within one
 * poll), with no extra connection per server to keep listening. A `ping` comment goes every
 * `heartbeatMs`. The client falls back to polling /trpc when EventSource fails (useNotificationBell).
 */
export function notificationStreamHandler(
  contextOf: (c: HonoContext, headers: Headers) => Promise<Context>,
  opts: NotificationStreamOptions = {},
) {
  const pollMs = opts.pollMs ?? 3000
  const heartbeatMs = opts.heartbeatMs ?? 25_000
  const sessionCheckMs = opts.sessionCheckMs ?? 60_000
  return async (c: HonoContext) => {
    const first = await contextOf(c, new Headers())
    const actor = first.actor
    if (!actor) return c.json({ error: { message: 'Please sign in', code: 'UNAUTHORIZED' } }, 401)
    const me: NotificationRecipient =
      actor.kind === 'staff' ? { userId: actor.userId } : { customerId: actor.customerId }
    c.header('Cache-Control', 'no-store')
    c.header('X-Accel-Buffering', 'no')
    return streamSSE(c, async (stream) => {
      let closed = false
      stream.onAbort(() => {
        closed = true
      })
      let last = ''
      let sinceBeat = 0
      let sinceCheck = 0
      while (!closed) {
        const now = await first.repos.notifications.unread(me)
        const seen = `${now.count}:${now.latestSeq}`
        if (seen !== last) {
          last = seen
          await stream.writeSSE({ event: 'unread', data: JSON.stringify(now) })
        }
        await stream.sleep(pollMs)
        sinceBeat += pollMs
        sinceCheck += pollMs
        if (sinceBeat >= heartbeatMs) {
          sinceBeat = 0
          await stream.write(': ping\n\n')
        }
        if (sinceCheck >= sessionCheckMs) {
          sinceCheck = 0
          if (!(await contextOf(c, new Headers())).actor) {
            await stream.writeSSE({ event: 'signed-out', data: '{}' })
            break
          }
        }
      }
    })
  }
}
