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
import { createBreachedComplaints } from '../../testing/breached-complaints'
import { runEscalationSweep } from './complaint.sweep'

/**
 * Two servers sweeping at the same moment, from two connection pools on PostgreSQL: every breach
 * must be escalated exactly once (one escalation row, one level, one notification).
 */
let scratch: Awaited<ReturnType<typeof createScratchDatabase>>
let a: DatabaseHandle
let b: DatabaseHandle
const now = new Date('2026-11-26T02:00:00Z')
const opened = new Date('2026-11-24T02:00:00Z')
const ids: string[] = []

beforeAll(async () => {
  scratch = await createScratchDatabase(postgresTestUrl()!)
  a = await openDatabase({ url: namedConnection(scratch.url, 'sweep-a') })
  await a.migrate()
  await seedDemoData(a.db, nodeSecurity.hashPassword, opened)
  b = await openDatabase({ url: namedConnection(scratch.url, 'sweep-b') })
  const repos = createRepositories(a.db)
  ids.push(...(await createBreachedComplaints(repos, 30, opened, '9')))
})
afterAll(async () => {
  await a?.close()
  await b?.close()
  await scratch?.drop()
})

it('escalates each breach once when two sweeps run concurrently, twice over', async () => {
  const deps = (h: DatabaseHandle) => ({
    uow: createUnitOfWork(h.db),
    repos: createRepositories(h.db),
    clock: () => now,
  })
  const rows = async () => (await a.db.select().from(schema.complaintEscalations)).length
  const rowsBefore = await rows()
  const probe = await watchOverlap(scratch.url, ['sweep-a', 'sweep-b'])
  const round1 = await Promise.all([runEscalationSweep(deps(a)), runEscalationSweep(deps(b))])
  const race = await probe.stop()
  // The race happened: both servers had a transaction open at the same instant, more than once.
  expect(race.overlaps, JSON.stringify(race)).toBeGreaterThan(0)
  const round2 = await Promise.all([runEscalationSweep(deps(b)), runEscalationSweep(deps(a))])
  // Our 30 complaints each have exactly one breached clock (the 24 h response) at `now`, and the demo
  // cases add theirs: what the two sweeps report is exactly the escalation rows that now exist, and
  // the second round finds nothing left to escalate.
  const added = (await rows()) - rowsBefore
  expect(round1[0].escalated + round1[1].escalated).toBe(added)
  expect(round2[0].escalated + round2[1].escalated).toBe(0)
  const repos = createRepositories(a.db)
  const ours = (await a.db.select().from(schema.complaintEscalations)).filter((e) =>
    ids.includes(e.complaintId),
  )
  expect(ours).toHaveLength(30)
  for (const id of ids) {
    expect(await repos.complaints.escalationCount(id)).toBe(1)
    expect((await repos.complaints.byId(id))!.escalationLevel).toBe(1)
  }
  const mails = await repos.outbox.list({ recipient: 'region@escalation.local', limit: 200, offset: 0 })
  expect(mails.items.filter((m) => m.subject.includes('CP-2026-9')).length).toBe(30)
})
