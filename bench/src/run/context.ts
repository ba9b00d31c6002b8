import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { nodeSecurity, runKpiRefresh } from '@asq/api'
import { createRepositories, createUnitOfWork, type DatabaseHandle, openDatabase } from '@asq/db'
import { createScratchDatabase } from '@asq/db/testing'
import type { Role } from '@asq/domain'
import { sql } from 'drizzle-orm'
import pg from 'pg'
import { generateNetwork } from '../generate/generate'
import type { SizeName } from '../generate/sizes'

/** What every benchmark gets: the generated network (never changed) and copies of it to change. */
export type BenchContext = {
  size: SizeName
  seed: number
  /** The generator's "now": the first instant of the month after the history. */
  asOf: Date
  kind: 'postgres' | 'pglite'
  connections: number
  seconds: number
  /** The generated database, for reads. Close it before the next benchmark (copies need it closed). */
  openBase(): Promise<DatabaseHandle>
  /** A copy of the generated database of its own (for benchmarks that write); dropped on close. */
  openCopy(): Promise<DatabaseHandle>
  /** Session cookies of the bench's HQ admin and its station manager (station ST00001). */
  cookies: { hq: string; station: string }
  stationId: string
  /** Supplier SP0001. */
  supplierId: string
  notes: string[]
}

const KPI_REFRESH_BUDGET_MS = 180_000

export const BENCH_TOKENS = { hq: 'bench-hq-session-token', station: 'bench-station-session-token' }

const rows = async <T>(h: DatabaseHandle, q: string) =>
  ((await h.db.execute(sql.raw(q))) as unknown as { rows: T[] }).rows

/** The HQ admin and a station manager with sessions that last the run (no sign-in to time). */
async function addBenchUsers(h: DatabaseHandle, asOf: Date) {
  const repos = createRepositories(h.db)
  const [hq] = await repos.organisations.list({ kind: 'hq' })
  const station = (await rows<{ id: string }>(h, "select id from organisations where code = 'ST00001'"))[0]!
  const add = async (orgId: string, username: string, role: Role, token: string) => {
    const u = await repos.users.create({
      orgId,
      username,
      displayName: username,
      passwordHash: 'x',
      roles: [role],
    })
    await repos.sessions.create({
      tokenHash: nodeSecurity.hashToken(token),
      userId: u.id,
      customerId: null,
      expiresAt: new Date(Math.max(Date.now(), asOf.getTime()) + 7 * 86_400_000),
    })
  }
  await add(hq!.id, 'bench.hq', 'hq_admin', BENCH_TOKENS.hq)
  await add(station.id, 'bench.station', 'dealer_manager', BENCH_TOKENS.station)
  return station.id
}

export type Prepared = {
  openBase(): Promise<DatabaseHandle>
  openCopy(): Promise<DatabaseHandle>
  stationId: string
  supplierId: string
  /** Time to rebuild the KPI facts the bulk load skipped (maintained aggregates). */
  kpiRefreshMs: number
  /** Complaints still waiting for their KPI facts when the refresh's time was up. */
  kpiLeft: number
  generatedMs: number
  rowCounts: Record<string, number>
  describe: string
  dispose(): Promise<void>
}

async function generateInto(h: DatabaseHandle, size: SizeName, seed: number, asOf: Date, kpi: boolean) {
  await h.migrate()
  const r = await generateNetwork(h, { size, seed, asOf })
  const stationId = await addBenchUsers(h, asOf)
  const supplierId = (await rows<{ id: string }>(h, "select id from organisations where code = 'SP0001'"))[0]!
    .id
  // The bulk load ran without triggers: mark every complaint for the KPI refresh and run it to the end.
  const t = performance.now()
  await h.db.execute(
    sql.raw(
      'insert into kpi_dirty_complaints (complaint_id) select id from complaints on conflict do nothing',
    ),
  )
  // Bounded: at small and full sizes the job (500 complaints a batch, in JS) would take longer than
  // the benchmarks; what is left unrefreshed is reported beside the dashboard figures.
  const deps = { uow: createUnitOfWork(h.db), clock: () => asOf }
  while (kpi && performance.now() - t < KPI_REFRESH_BUDGET_MS && (await runKpiRefresh(deps, 500, 1)) > 0) {}
  const kpiRefreshMs = performance.now() - t
  const kpiLeft = (await rows<{ n: number }>(h, 'select count(*)::int as n from kpi_dirty_complaints'))[0]!.n
  const [counts] = await rows<Record<string, number>>(
    h,
    `select (select count(*)::int from complaints) as complaints,
            (select count(*)::int from reimbursement_lines) as "claim lines",
            (select count(*)::int from dealer_ledger_entries) as "ledger entries",
            (select count(*)::int from eightd_claims) as "8D claims",
            (select count(*)::int from survey_answer_items) as "survey answers"`,
  )
  return { stationId, supplierId, kpiRefreshMs, kpiLeft, generatedMs: r.elapsedMs, rowCounts: counts! }
}

/**
 * A fresh database with the generated network: on the PostgreSQL server of `serverUrl` (a new
 * database, dropped at the end; copies are `CREATE DATABASE … TEMPLATE`), or an embedded PGlite in a
 * temporary directory (copies are copies of the directory).
 */
export async function prepareDatabase(opts: {
  size: SizeName
  seed: number
  asOf: Date
  serverUrl?: string
  /** Rebuild the KPI facts (false: a database only the lists read). */
  kpi?: boolean
}): Promise<Prepared> {
  if (opts.serverUrl) {
    const base = await createScratchDatabase(opts.serverUrl)
    process.stderr.write(`[bench] database ${new URL(base.url).pathname.slice(1)}\n`)
    const h = await openDatabase({ url: base.url })
    const g = await generateInto(h, opts.size, opts.seed, opts.asOf, opts.kpi ?? true).finally(() =>
      h.close(),
    )
    const baseName = new URL(base.url).pathname.slice(1)
    let copies = 0
    return {
      ...g,
      describe: `PostgreSQL ${await serverVersion(base.url)} (database created for this run)`,
      openBase: () => openDatabase({ url: base.url }),
      async openCopy() {
        const name = `${baseName}_c${++copies}`
        await adminQuery(opts.serverUrl!, `create database ${name} template ${baseName}`)
        const url = new URL(base.url)
        url.pathname = `/${name}`
        const c = await openDatabase({ url: url.toString() })
        return {
          ...c,
          async close() {
            await c.close()
            await adminQuery(opts.serverUrl!, `drop database if exists ${name} with (force)`)
          },
        }
      },
      dispose: () => base.drop(),
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'asq-bench-db-'))
  const h = await openDatabase({ dataDir: join(dir, 'base') })
  const g = await generateInto(h, opts.size, opts.seed, opts.asOf, opts.kpi ?? true).finally(() => h.close())
  let copies = 0
  return {
    ...g,
    describe: 'embedded PGlite (file-backed, a directory created for this run)',
    openBase: () => openDatabase({ dataDir: join(dir, 'base') }),
    async openCopy() {
      const copy = join(dir, `copy${++copies}`)
      cpSync(join(dir, 'base'), copy, { recursive: true })
      const c = await openDatabase({ dataDir: copy })
      return {
        ...c,
        async close() {
          await c.close()
          rmSync(copy, { recursive: true, force: true })
        },
      }
    },
    async dispose() {
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

async function adminQuery(serverUrl: string, q: string) {
  const c = new pg.Client({ connectionString: serverUrl })
  await c.connect()
  try {
    await c.query(q)
  } finally {
    await c.end()
  }
}

async function serverVersion(url: string) {
  const c = new pg.Client({ connectionString: url })
  await c.connect()
  try {
    return (await c.query('show server_version')).rows[0].server_version as string
  } finally {
    await c.end()
  }
}
