import {
  createRepositories,
  createUnitOfWork,
  type DatabaseHandle,
  openDatabase,
  schema,
  seedDemoData,
} from '@asq/db'
import { createScratchDatabase, namedConnection, postgresTestUrl, watchOverlap } from '@asq/db/testing'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { nodeSecurity } from '../../security/security'
import { createOverdueEightdClaims } from '../../testing/overdue-eightd-claims'
import { runEightdEscalationSweep } from './eightd.sweep'

/**
 * Two servers sweeping 8D claims at the same moment, from two connection pools on PostgreSQL: every
 * (claim, step, level) must be escalated exactly once (one row, one notification).
 */
let scratch: Awaited<ReturnType<typeof createScratchDatabase>>
let a: DatabaseHandle
let b: DatabaseHandle
const opened = new Date('2026-11-24T02:00:00Z')
const now = new Date(opened.getTime() + 25 * 3_600_000) // D0–D3 (24 h) are overdue by an hour: level 1
const ids: string[] = []

beforeAll(async () => {
  scratch = await createScratchDatabase(postgresTestUrl()!)
  a = await openDatabase({ url: namedConnection(scratch.url, 'sweep-a') })
  await a.migrate()
  await seedDemoData(a.db, nodeSecurity.hashPassword, opened)
  b = await openDatabase({ url: namedConnection(scratch.url, 'sweep-b') })
  const repos = createRepositories(a.db)
  ids.push(...(await createOverdueEightdClaims(repos, 20, opened, 2099)))
})
afterAll(async () => {
  await a?.close()
  await b?.close()
  await scratch?.drop()
})

it('escalates each overdue (claim, step, level) once when two sweeps run concurrently, twice over', async () => {
  const deps = (h: DatabaseHandle) => ({ uow: createUnitOfWork(h.db), repos: createRepositories(h.db) })
  const rows = async () => (await a.db.select().from(schema.eightdEscalations)).length
  const rowsBefore = await rows()
  const probe = await watchOverlap(scratch.url, ['sweep-a', 'sweep-b'])
  const round1 = await Promise.all([
    runEightdEscalationSweep(deps(a), now),
    runEightdEscalationSweep(deps(b), now),
  ])
  const race = await probe.stop()
  // The race happened: both servers had a transaction open at the same instant, more than once.
  expect(race.overlaps, JSON.stringify(race)).toBeGreaterThan(0)
  const round2 = await Promise.all([
    runEightdEscalationSweep(deps(b), now),
    runEightdEscalationSweep(deps(a), now),
  ])
  // Our 20 claims each have D0–D3 overdue at level 1 (80) and the demo claims add theirs: what the
  // two sweeps report is exactly the escalation rows that now exist; the second round finds nothing.
  const added = (await rows()) - rowsBefore
  expect(round1[0].escalated + round1[1].escalated).toBe(added)
  expect(round2[0].escalated + round2[1].escalated).toBe(0)
  const repos = createRepositories(a.db)
  for (const id of ids) {
    expect((await repos.eightd.claims.escalations(id)).map((e) => `${e.step}:${e.level}`)).toEqual([
      'D0:1',
      'D1:1',
      'D2:1',
      'D3:1',
    ])
    expect((await repos.eightd.claims.byId(id))!.escalationLevel).toBe(1)
  }
  const mails = await repos.outbox.list({
    recipient: 'quality@s-drive.supplier.local',
    limit: 500,
    offset: 0,
  })
  expect(mails.items.filter((m) => /8D-2099-/.test(m.subject)).length).toBe(80)
})
