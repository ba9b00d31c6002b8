import { createRepositories, createUnitOfWork, type DatabaseHandle, seedDemoData } from '@asq/db'
import { sql, testDatabases } from '@asq/db/testing'
import {
  breachesToEscalate,
  complaintClocks,
  DEFAULT_SLA_SETTINGS,
  MAX_ESCALATION_LEVEL,
  makeCalendar,
} from '@asq/domain'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { nodeSecurity } from '../../security/security'
import { runEscalationSweep } from './complaint.sweep'

/**
 * No starvation: 1 000 cases already escalated to the top level for their breaches sit overdue, older
 * than a fresh breach; the first pass (500 candidates) must still reach and escalate the fresh one.
 */
const now = new Date('2026-11-26T02:00:00Z')
const oldOpened = new Date('2026-11-02T02:00:00Z')
const day = 86_400_000

describe.each(testDatabases())('escalation sweep on $name', (target) => {
  let h: DatabaseHandle
  let fresh: string
  beforeAll(async () => {
    h = await target.open()
    await seedDemoData(h.db, nodeSecurity.hashPassword, oldOpened)
    const repos = createRepositories(h.db)
    const customer = (await repos.customers.byContact({ type: 'phone', value: '13800000006' }))!
    const station = (await repos.organisations.list({ kind: 'dealer' }))[0]!
    const opened = { severity: 'general', channel: 'phone', hasStation: true }
    // The breaches a case opened at oldOpened has by now: each already escalated for the 1 000.
    const breaches = breachesToEscalate(
      complaintClocks(
        [{ type: 'opened', at: oldOpened, data: opened }],
        DEFAULT_SLA_SETTINGS,
        makeCalendar({}),
        now,
      ).clocks,
    )
    expect(breaches.length).toBeGreaterThan(0)
    const insert = (n: string, at: Date, level: number, due: Date) => sql`
      insert into complaints (number, channel, kind, severity, cause, status, customer_id, station_id, summary,
        description, escalation_level, opened_at, next_due_at)
      select ${n} || lpad(g::text, 5, '0'), 'phone', 'appeal', 'general', 'waiting_time', 'new', ${customer.id},
        ${station.id}, 'overdue', 'overdue', ${level}, ${at}::timestamptz + interval '1 second' * g, ${due}::timestamptz
      from generate_series(1, ${n === 'CP-2026-8' ? 1000 : 1}) g returning id`
    await h.db.execute(
      insert('CP-2026-8', oldOpened, MAX_ESCALATION_LEVEL, new Date(oldOpened.getTime() + day)),
    )
    await h.db.execute(sql`insert into complaint_events (complaint_id, seq, at, type, visibility, actor_label, data)
      select id, 1, opened_at, 'opened', 'customer', 'test', ${JSON.stringify(opened)}::jsonb
      from complaints where number like 'CP-2026-8%'`)
    for (const b of breaches)
      await h.db.execute(sql`insert into complaint_escalations (complaint_id, clock, cycle, level, at)
        select id, ${b.clock}, ${b.cycle}, ${MAX_ESCALATION_LEVEL}, ${now} from complaints where number like 'CP-2026-8%'`)
    const freshOpened = new Date(now.getTime() - 4 * day)
    await h.db.execute(insert('CP-2026-7', freshOpened, 0, new Date(now.getTime() - 3_600_000)))
    await h.db.execute(sql`insert into complaint_events (complaint_id, seq, at, type, visibility, actor_label, data)
      select id, 1, opened_at, 'opened', 'customer', 'test', ${JSON.stringify(opened)}::jsonb
      from complaints where number like 'CP-2026-7%'`)
    fresh = (
      (await h.db.execute(sql`select id from complaints where number like 'CP-2026-7%'`)) as unknown as {
        rows: { id: string }[]
      }
    ).rows[0]!.id
  }, 180_000)
  afterAll(() => h?.close())

  it('escalates the fresh breach in the first pass, behind 1 000 cases at their top level', async () => {
    const deps = { uow: createUnitOfWork(h.db), repos: createRepositories(h.db), clock: () => now }
    const pass = await runEscalationSweep(deps, 500)
    expect(pass.checked).toBe(500)
    expect((await deps.repos.complaints.byId(fresh))!.escalationLevel).toBeGreaterThan(0)
    expect(await deps.repos.complaints.escalationCount(fresh)).toBeGreaterThan(0)
  }, 180_000)
})
