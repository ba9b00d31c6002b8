import { type ApiDeps, nodeSecurity } from '@asq/api'
import {
  createRepositories,
  createUnitOfWork,
  type DatabaseHandle,
  databaseFileStore,
  openDatabase,
  seedDemoData,
  sql,
} from '@asq/db'
import { createScratchDatabase, namedConnection, postgresTestUrl } from '@asq/db/testing'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { BACKGROUND_JOBS } from './background-jobs'

/**
 * Two server processes on one PostgreSQL, each with its own pool, run every background job at the same
 * moment, twice over. The same seeded database is also given to one server running each job alone.
 * Afterwards both databases must hold the same number of rows in every table: a job done twice would
 * leave an extra escalation, message, ledger entry or settlement; a job skipped, one fewer.
 */
const SEEDED = new Date('2026-11-24T02:00:00Z')
// Late enough for breached clocks, overdue 8D steps, due surveys and November's settlement (from the 3rd).
const NOW = new Date('2026-12-05T02:00:00Z')

type Scratch = Awaited<ReturnType<typeof createScratchDatabase>>
const scratches: Scratch[] = []
const handles: DatabaseHandle[] = []

async function seeded(): Promise<string> {
  const s = await createScratchDatabase(postgresTestUrl()!)
  scratches.push(s)
  const h = await openDatabase({ url: s.url })
  await h.migrate()
  await seedDemoData(h.db, nodeSecurity.hashPassword, SEEDED)
  // The demo has no survey due at NOW; one scheduled survey of an answered complaint's customer puts
  // survey delivery into the race too (it must be sent once, with one link and one message).
  await h.db.execute(sql`
    insert into survey_invitations (id, source, source_key, complaint_id, customer_id, station_id, region, kind,
      template_id, template_version, status, send_at, created_at)
    select gen_random_uuid(), source, 'two-servers-test', complaint_id, customer_id, station_id, region, kind, template_id,
      template_version, 'scheduled', ${SEEDED.toISOString()}::timestamptz, ${SEEDED.toISOString()}::timestamptz
    from survey_invitations where complaint_id is not null order by id limit 1`)
  await h.close()
  return s.url
}
async function server(url: string, name: string): Promise<ApiDeps> {
  const h = await openDatabase({ url: namedConnection(url, name) })
  handles.push(h)
  return {
    uow: createUnitOfWork(h.db),
    repos: createRepositories(h.db),
    clock: () => NOW,
    files: databaseFileStore(h.db),
    security: nodeSecurity,
    devMode: false,
  }
}
const runAll = (d: ApiDeps) => Promise.all(BACKGROUND_JOBS.map((j) => j.run(d)))

let solo: ApiDeps
let a: ApiDeps
let b: ApiDeps
let soloUrl: string
let raceUrl: string

beforeAll(async () => {
  ;[soloUrl, raceUrl] = await Promise.all([seeded(), seeded()])
  solo = await server(soloUrl, 'solo')
  a = await server(raceUrl, 'server-a')
  b = await server(raceUrl, 'server-b')
}, 180_000)
afterAll(async () => {
  for (const h of handles) await h.close()
  for (const s of scratches) await s.drop()
})

it('two servers running every job at once do nothing twice and miss nothing', async () => {
  await runAll(solo)
  await runAll(solo)
  await Promise.all([runAll(a), runAll(b)])
  await Promise.all([runAll(b), runAll(a)])
  const counts = async (url: string) => {
    const h = await openDatabase({ url })
    try {
      const tables = (
        (await h.db.execute(
          sql`select table_name as t from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
        )) as unknown as { rows: { t: string }[] }
      ).rows.map((r) => r.t)
      const out: Record<string, number> = {}
      for (const t of tables)
        out[t] = (
          (await h.db.execute(sql.raw(`select count(*)::int as n from "${t}"`))) as unknown as {
            rows: { n: number }[]
          }
        ).rows[0]!.n
      return out
    } finally {
      await h.close()
    }
  }
  const seededCounts = await counts(await seeded())
  const alone = await counts(soloUrl)
  const raced = await counts(raceUrl)
  const work = Object.keys(alone).filter((t) => alone[t] !== seededCounts[t])
  const differing = Object.keys(alone).filter((t) => alone[t] !== raced[t])
  console.log(
    `[figure] two servers running all ${BACKGROUND_JOBS.length} jobs at once, twice: tables differing from one server alone: ${differing.length} (${differing.map((t) => `${t} ${alone[t]} vs ${raced[t]}`).join(', ')}); work done in ${work.map((t) => `${t} +${alone[t]! - seededCounts[t]!}`).join(', ')}`,
  )
  expect(work.length).toBeGreaterThan(0)
  // The scheduled settlement of November ran on both servers at once: its runs, ledger entries and
  // marked lines exist once (the counts equal one server's alone), not twice.
  expect(work).toEqual(expect.arrayContaining(['settlement_runs', 'dealer_ledger_entries']))
  // …and the scheduled survey was delivered (a link of its own), once.
  expect(work).toEqual(expect.arrayContaining(['survey_links']))
  expect(differing).toEqual([])
}, 300_000)
