import { fileURLToPath } from 'node:url'
import { createRepositories, type DatabaseHandle, openDatabase, schema, seedDemoData, sql } from '@asq/db'
import { createScratchDatabase, postgresTestUrl } from '@asq/db/testing'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { nodeSecurity } from '../../security/security'
import { createBreachedComplaints } from '../../testing/breached-complaints'
import { startCrashChild } from '../../testing/crash-child'

/**
 * Crash test of the complaint escalation sweep: the sweep runs in a child process killed with SIGKILL
 * at ≥ 20 random moments, then runs to the end. The same scenario in a second database is swept once
 * without a kill. Afterwards both hold the same number of rows in every table (no escalation, event
 * or message twice, none missing), every complaint the same level, and a further sweep finds nothing.
 */
const child = fileURLToPath(new URL('../../testing/sweep-crash-child.ts', import.meta.url))
const OPENED = new Date('2026-11-24T02:00:00Z')
const NOW = '2026-11-26T02:00:00.000Z'
const KILLS = 20
const COMPLAINTS = 200

type Scratch = Awaited<ReturnType<typeof createScratchDatabase>>
const dbs: { scratch: Scratch; h: DatabaseHandle }[] = []

async function scenario() {
  const scratch = await createScratchDatabase(postgresTestUrl()!)
  const h = await openDatabase({ url: scratch.url })
  dbs.push({ scratch, h })
  await h.migrate()
  await seedDemoData(h.db, nodeSecurity.hashPassword, OPENED)
  await createBreachedComplaints(createRepositories(h.db), COMPLAINTS, OPENED, '7')
  return { scratch, h }
}

let crashed: { scratch: Scratch; h: DatabaseHandle }
let control: { scratch: Scratch; h: DatabaseHandle }
beforeAll(async () => {
  ;[crashed, control] = await Promise.all([scenario(), scenario()])
}, 300_000)
afterAll(async () => {
  for (const d of dbs) {
    await d.h.close()
    await d.scratch.drop()
  }
})

const start = (url: string) => startCrashChild(child, { SWEEP_DATABASE_URL: url, SWEEP_NOW: NOW })
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const escalations = async (h: DatabaseHandle) =>
  (await h.db.select().from(schema.complaintEscalations)).length

async function counts(h: DatabaseHandle): Promise<Record<string, number>> {
  const rows = (q: string) =>
    h.db.execute(sql.raw(q)) as unknown as Promise<{ rows: Record<string, unknown>[] }>
  const tables = (
    await rows(
      "select table_name as t from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1",
    )
  ).rows.map((r) => String(r.t))
  const out: Record<string, number> = {}
  for (const t of tables) out[t] = Number((await rows(`select count(*)::int as n from "${t}"`)).rows[0]!.n)
  return out
}
const levels = async (h: DatabaseHandle) =>
  (await h.db.select().from(schema.complaints)).map((c) => `${c.number}:${c.escalationLevel}`).sort()

it(`escalates every breach exactly once after ${KILLS} SIGKILLs mid-sweep`, async () => {
  const progress: number[] = []
  let finishedEarly = 0
  for (let kills = 0; kills < KILLS; ) {
    const c = start(crashed.scratch.url)
    await c.ready
    const seen = await escalations(crashed.h)
    // Wait for the sweep to commit something new, then a random moment more: inside a later transaction.
    const deadline = Date.now() + 20_000
    while ((await escalations(crashed.h)) === seen && Date.now() < deadline && !c.out().includes('done'))
      await sleep(3)
    await sleep(Math.floor(Math.random() * 60))
    if (c.out().includes('done')) {
      finishedEarly++
      await c.exited
      break
    }
    c.proc.kill('SIGKILL')
    expect(await c.exited).toBeNull()
    kills++
    progress.push(await escalations(crashed.h))
  }
  const last = start(crashed.scratch.url)
  expect(await last.exited, last.out()).toBe(0)
  const again = start(crashed.scratch.url)
  expect(await again.exited, again.out()).toBe(0)
  expect(again.out()).toContain('done 0')
  const ref = start(control.scratch.url)
  expect(await ref.exited, ref.out()).toBe(0)

  const a = await counts(crashed.h)
  const b = await counts(control.h)
  const differing = Object.keys(b).filter((t) => a[t] !== b[t])
  console.log(
    `[figure] complaint escalation sweep killed ${progress.length} times (escalations committed at each kill: ${progress.join(' ')}; of ${b.complaint_escalations}), rerun: tables differing from an uninterrupted sweep: ${differing.length}${differing.map((t) => ` ${t} ${a[t]} vs ${b[t]}`).join(',')}`,
  )
  expect(finishedEarly).toBe(0)
  expect(progress.length).toBeGreaterThanOrEqual(KILLS)
  expect(progress.at(-1)!).toBeLessThan(b.complaint_escalations!)
  expect(differing).toEqual([])
  expect(await levels(crashed.h)).toEqual(await levels(control.h))
}, 600_000)
