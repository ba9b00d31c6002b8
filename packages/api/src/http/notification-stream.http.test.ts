import { testDatabases } from '@asq/db/testing'
import { describe, expect, it } from 'vitest'
import { notify } from '../routers/notification/notify'
import { createHarness } from '../testing/harness'
import { serveHarness } from '../testing/serve-harness'

/** Reads server-sent events from a response body, one parsed event at a time. */
function events(res: Response) {
  const reader = res.body!.getReader()
  const decoder = new TextDecoder()
  let buffer = ''
  return async function next(): Promise<{ event: string; data: string } | { comment: string }> {
    for (;;) {
      const end = buffer.indexOf('\n\n')
      if (end >= 0) {
        const block = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        if (block.startsWith(':')) return { comment: block.slice(1).trim() }
        const field = (name: string) =>
          block
            .split('\n')
            .find((l) => l.startsWith(`${name}:`))
            ?.slice(name.length + 1)
            .trim() ?? ''
        return { event: field('event'), data: field('data') }
      }
      const { value, done } = await reader.read()
      if (done) throw new Error('stream ended')
      buffer += decoder.decode(value, { stream: true })
    }
  }
}

describe.each(testDatabases())('the live notification stream on $name', (target) => {
  it('refuses a visitor without a session, and tells a signed-in person of their own new notifications', async () => {
    const h = await createHarness(target)
    const api = await serveHarness(h, { notificationStream: { pollMs: 20, heartbeatMs: 40 } })
    try {
      expect((await fetch(`${api.url}/events/notifications`)).status).toBe(401)
      const token = await h.staffToken('bj.staff')
      const me = (await h.repos.users.byUsername('bj.staff'))!.id
      const colleague = (await h.repos.users.byUsername('bj.manager'))!.id
      const ctrl = new AbortController()
      const res = await fetch(`${api.url}/events/notifications`, {
        headers: { cookie: `asq_session=${token}` },
        signal: ctrl.signal,
      })
      expect([res.status, res.headers.get('content-type')]).toEqual([200, 'text/event-stream'])
      const next = events(res)
      const unread = async () => {
        for (;;) {
          const e = await next()
          if ('event' in e && e.event === 'unread')
            return JSON.parse(e.data) as { count: number; latestSeq: number }
        }
      }
      const first = await unread()
      const send = (key: string, userId: string) =>
        notify(
          { repos: h.repos },
          {
            event: 'message_received',
            key,
            recipients: { userIds: [userId] },
            link: '/',
            payload: {},
            at: h.now(),
          },
        )
      // A colleague's notification changes nothing here; my own one does, and it is the next event.
      await send('colleague', colleague)
      await send('mine', me)
      const second = await unread()
      expect(second.count).toBe(first.count + 1)
      expect(second.latestSeq).toBeGreaterThan(first.latestSeq)
      // The heartbeat keeps an idle stream open.
      for (;;) {
        const e = await next()
        if ('comment' in e) {
          expect(e.comment).toBe('ping')
          break
        }
      }
      ctrl.abort()
    } finally {
      await api.close()
      await h.close()
    }
  })
})
