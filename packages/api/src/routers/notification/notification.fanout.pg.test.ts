import { createUnitOfWork, type DatabaseHandle, openDatabase, seedDemoData, sql } from '@asq/db'
import { createScratchDatabase, namedConnection, postgresTestUrl } from '@asq/db/testing'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { nodeSecurity } from '../../security/security'
import { notify } from './notify'

/**
 * Two servers (two connection pools on PostgreSQL) fan out the same occurrences at the same moment,
 * each in its own transaction: every recipient ends with exactly one notification per occurrence.
 */
let scratch: Awaited<ReturnType<typeof createScratchDatabase>>
let a: DatabaseHandle
let b: DatabaseHandle
const at = new Date('2026-11-24T02:00:00Z')

beforeAll(async () => {
  scratch = await createScratchDatabase(postgresTestUrl()!)
  a = await openDatabase({ url: namedConnection(scratch.url, 'notify-a') })
  await a.migrate()
  await seedDemoData(a.db, nodeSecurity.hashPassword, at)
  b = await openDatabase({ url: namedConnection(scratch.url, 'notify-b') })
}, 120_000)
afterAll(async () => {
  await a?.close()
  await b?.close()
  await scratch?.drop()
})

it('the same events fanned out by two servers at once leave one row per recipient per event', async () => {
  const rows = async <T>(q: ReturnType<typeof sql>) =>
    ((await a.db.execute(q)) as unknown as { rows: T[] }).rows
  const users = await rows<{ id: string }>(sql`select id::text as id from users order by username`)
  const customers = await rows<{ id: string }>(sql`select id::text as id from customers order by phone`)
  const recipients = { userIds: users.map((u) => u.id), customerIds: customers.map((c) => c.id) }
  const events = Array.from({ length: 10 }, (_, i) => `race-${i}`)
  const fanOut = (h: DatabaseHandle) =>
    Promise.all(
      events.map((key) =>
        createUnitOfWork(h.db).run((repos) =>
          notify(
            { repos },
            { event: 'message_received', key, recipients, link: '/', payload: { ref: key }, at },
          ),
        ),
      ),
    )
  const [wa, wb] = await Promise.all([fanOut(a), fanOut(b)])
  const perRecipient = recipients.userIds.length + recipients.customerIds.length
  // Together the two servers wrote each event's rows once: no more, no fewer.
  expect(wa.map((n, i) => n + wb[i]!)).toEqual(events.map(() => perRecipient))
  const counted = await rows(
    sql`select dedupe_key, count(*)::int as n, count(distinct coalesce(user_id, customer_id))::int as people
      from notifications group by dedupe_key order by dedupe_key`,
  )
  expect(counted).toEqual(
    events.map((k) => ({ dedupe_key: `message_received:${k}`, n: perRecipient, people: perRecipient })),
  )
  // And a third pass by either server writes nothing.
  expect(await fanOut(b)).toEqual(events.map(() => 0))
})
