import {
  createRepositories,
  createUnitOfWork,
  type DatabaseHandle,
  openDatabase,
  seedDemoData,
} from '@asq/db'
import { createScratchDatabase, namedConnection, postgresTestUrl, watchOverlap } from '@asq/db/testing'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { PARTS, registerOldPart, VIN } from '../../authz-matrix/reimbursement.fixtures'
import { nodeSecurity } from '../../security/security'
import { buildSettlementScenario } from '../../testing/reimbursement-scenario'
import { runSettlement } from './reimbursement.settlement'

/**
 * Two servers settle the same month at the same moment, each from its own connection pool on
 * PostgreSQL, twice over: one settlement per dealer, one ledger entry per line and deduction, every
 * balance exactly what it should be.
 */
let scratch: Awaited<ReturnType<typeof createScratchDatabase>>
let a: DatabaseHandle
let b: DatabaseHandle
let scenario: Awaited<ReturnType<typeof buildSettlementScenario>>
const now = new Date('2026-11-03T02:00:00Z')
const before = new Map<string, number>()
let chengdu: string

beforeAll(async () => {
  scratch = await createScratchDatabase(postgresTestUrl()!)
  a = await openDatabase({ url: namedConnection(scratch.url, 'settle-a') })
  await a.migrate()
  await seedDemoData(a.db, nodeSecurity.hashPassword, new Date('2026-10-20T02:00:00Z'))
  b = await openDatabase({ url: namedConnection(scratch.url, 'settle-b') })
  const repos = createRepositories(a.db)
  scenario = await buildSettlementScenario(a.db, repos, {
    dealers: 12,
    linesPerDealer: 15,
    claimPeriod: '2026-09',
    settlePeriod: '2026-10',
    at: new Date('2026-10-20T02:00:00Z'),
  })
  // 成都武侯 has no claim, only an old part overdue: its two runs meet on the unique settlement row.
  chengdu = (await repos.organisations.list({ kind: 'dealer' })).find((o) => o.code === 'D-CD01')!.id
  await registerOldPart(
    repos,
    chengdu,
    {
      partCode: PARTS.blower.code,
      line: 'X7',
      serial: VIN.liNa,
      replacedOn: '2026-10-01',
      returnDeadline: '2026-10-10',
    },
    now,
  )
  scenario.dealerIds.push(chengdu)
  scenario.expectedNet.set(chengdu, -PARTS.blower.listFen)
  for (const id of scenario.dealerIds) before.set(id, await repos.reimbursement.ledger.balance(id))
})
afterAll(async () => {
  await a?.close()
  await b?.close()
  await scratch?.drop()
})

it('settles each dealer once when two runs start together, twice over', async () => {
  const deps = (h: DatabaseHandle) => ({
    uow: createUnitOfWork(h.db),
    repos: createRepositories(h.db),
    clock: () => now,
  })
  const probe = await watchOverlap(scratch.url, ['settle-a', 'settle-b'])
  const round1 = await Promise.all([
    runSettlement(deps(a), '2026-10', now),
    runSettlement(deps(b), '2026-10', now),
  ])
  const race = await probe.stop()
  // The race happened: both servers were inside a settlement transaction at the same instant.
  expect(race.overlaps, JSON.stringify(race)).toBeGreaterThan(0)
  const round2 = await Promise.all([
    runSettlement(deps(b), '2026-10', now),
    runSettlement(deps(a), '2026-10', now),
  ])
  expect(round2[0].settled + round2[1].settled).toBe(0)
  // The run that lost the race says so, naming the winner's run (issue 16): never "nothing to settle".
  for (const id of scenario.dealerIds) {
    const seen = round1.map((r) => r.outcomes.find((x) => x.dealerId === id)!)
    expect(seen.map((x) => x.outcome).sort()).toEqual(['already_settled', 'settled'])
    expect(seen[0]!.run!.id).toBe(seen[1]!.run!.id)
    for (const r of round2) expect(r.outcomes.find((x) => x.dealerId === id)!.outcome).toBe('already_settled')
  }

  const repos = createRepositories(a.db)
  // One run per dealer settled, whichever server ran it: the scenario's dealers and any demo dealer
  // with a deduction of its own (the demo seeds an overdue old part at 广州天河).
  const runs = await repos.reimbursement.settlements.list({ period: '2026-10', limit: 1000, offset: 0 })
  expect(round1[0].settled + round1[1].settled).toBe(runs.total)
  expect(new Set(runs.items.map((r) => r.dealerId)).size).toBe(runs.total)
  expect(scenario.dealerIds).toHaveLength(13)
  expect(runs.items.map((r) => r.dealerId)).toEqual(expect.arrayContaining(scenario.dealerIds))
  for (const id of scenario.dealerIds) {
    const runs = await repos.reimbursement.settlements.list({ dealerId: id, limit: 10, offset: 0 })
    expect(runs.total).toBe(1)
    const balance = await repos.reimbursement.ledger.balance(id)
    expect(balance - before.get(id)!).toBe(scenario.expectedNet.get(id))
    expect(runs.items[0]!.closingBalanceFen).toBe(balance)
  }
  // Every paying line has exactly one entry, of its amount; every line is settled.
  const entries = await a.db.select().from((await import('@asq/db')).schema.dealerLedgerEntries)
  const byLine = new Map<string, number[]>()
  for (const e of entries.filter((x) => x.causeType === 'claim_line'))
    byLine.set(e.causeId, [...(byLine.get(e.causeId) ?? []), e.amountFen])
  for (const [lineId, payable] of scenario.payableByLine) {
    expect(byLine.get(lineId) ?? [], lineId).toEqual(payable > 0 ? [payable] : [])
    expect((await repos.reimbursement.lines.byId(lineId))!.settlementId).not.toBeNull()
  }
})
