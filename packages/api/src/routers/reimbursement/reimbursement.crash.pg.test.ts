import { fileURLToPath } from 'node:url'
import { createRepositories, type DatabaseHandle, openDatabase, schema, seedDemoData } from '@asq/db'
import { createScratchDatabase, postgresTestUrl } from '@asq/db/testing'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { nodeSecurity } from '../../security/security'
import { startCrashChild } from '../../testing/crash-child'
import { buildSettlementScenario } from '../../testing/reimbursement-scenario'

/**
 * Crash test: the settlement runs in a child process that is killed with SIGKILL at random moments —
 * before it starts, inside a dealer's transaction, between two — at least 20 times, then run to the
 * end. Afterwards every paying line is paid exactly once, every line is settled, and every dealer's
 * balance is exactly the expected sum. PostgreSQL only (a killed client's transaction rolls back).
 */
const child = fileURLToPath(new URL('../../testing/reimbursement-crash-child.ts', import.meta.url))
const PERIOD = '2026-10'
const NOW = '2026-11-03T02:00:00.000Z'
const KILLS = 20

let scratch: Awaited<ReturnType<typeof createScratchDatabase>>
let h: DatabaseHandle
let scenario: Awaited<ReturnType<typeof buildSettlementScenario>>
const before = new Map<string, number>()

beforeAll(async () => {
  scratch = await createScratchDatabase(postgresTestUrl()!)
  h = await openDatabase({ url: scratch.url })
  await h.migrate()
  await seedDemoData(h.db, nodeSecurity.hashPassword, new Date('2026-10-20T02:00:00Z'))
  const repos = createRepositories(h.db)
  scenario = await buildSettlementScenario(h.db, repos, {
    dealers: 90,
    linesPerDealer: 12,
    claimPeriod: '2026-09',
    settlePeriod: PERIOD,
    at: new Date('2026-10-20T02:00:00Z'),
  })
  for (const id of scenario.dealerIds) before.set(id, await repos.reimbursement.ledger.balance(id))
}, 120_000)
afterAll(async () => {
  await h?.close()
  await scratch?.drop()
})

const start = () =>
  startCrashChild(child, { SETTLE_DATABASE_URL: scratch.url, SETTLE_PERIOD: PERIOD, SETTLE_NOW: NOW })

/** Settlements of the scenario's dealers (the demo network may have deductions of its own). */
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

const settledRuns = async () =>
  (await h.db.select().from(schema.settlementRuns)).filter((r) => scenario.dealerIds.includes(r.dealerId))
    .length

it(`pays every approved line exactly once after ${KILLS}+ SIGKILLs mid-settlement`, async () => {
  let kills = 0
  const progress: number[] = []
  while (kills < KILLS) {
    const c = start()
    await c.ready
    if (kills % 2 === 0) {
      // A random moment soon after connecting: before the first commit or inside the first dealers.
      await sleep(Math.floor(Math.random() * 150))
    } else {
      // Right after a dealer's transaction committed, plus a random moment: inside the next one.
      const seen = await settledRuns()
      const deadline = Date.now() + 20_000
      while ((await settledRuns()) === seen && Date.now() < deadline && !c.out().includes('done'))
        await sleep(3)
      await sleep(Math.floor(Math.random() * 40))
    }
    if (c.out().includes('done')) throw new Error('the settlement finished before it could be killed')
    c.proc.kill('SIGKILL')
    expect(await c.exited).toBeNull()
    kills += 1
    progress.push(await settledRuns())
  }
  // The kills fell in the middle of the work: some dealers were settled, not all.
  const total = scenario.dealerIds.length
  expect(progress.at(-1)!).toBeGreaterThan(0)
  expect(progress.at(-1)!).toBeLessThan(total)

  // The rerun finishes the rest.
  const last = start()
  expect(await last.exited, last.out()).toBe(0)
  expect(await settledRuns()).toBe(total)

  const repos = createRepositories(h.db)
  const entries = await h.db.select().from(schema.dealerLedgerEntries)
  const paid = new Map<string, number[]>()
  for (const e of entries.filter((x) => x.causeType === 'claim_line'))
    paid.set(e.causeId, [...(paid.get(e.causeId) ?? []), e.amountFen])
  const lines = await h.db.select().from(schema.reimbursementLines)
  const settledIds = new Set(lines.filter((l) => l.settlementId !== null).map((l) => l.id))
  for (const [lineId, payable] of scenario.payableByLine) {
    expect(paid.get(lineId) ?? [], lineId).toEqual(payable > 0 ? [payable] : [])
    expect(settledIds.has(lineId)).toBe(true)
  }
  for (const id of scenario.dealerIds) {
    const balance = await repos.reimbursement.ledger.balance(id)
    expect(balance - before.get(id)!, id).toBe(scenario.expectedNet.get(id))
    const run = await repos.reimbursement.settlements.forDealerPeriod(id, PERIOD)
    expect(run!.closingBalanceFen).toBe(balance)
  }
}, 400_000)
