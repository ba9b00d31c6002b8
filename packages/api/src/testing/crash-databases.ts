import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type DatabaseHandle, openDatabase, sql } from '@asq/db'
import { createScratchDatabase } from '@asq/db/testing'

/** A database a crash test's children work on; the test opens it itself only while no child runs. */
export type CrashDatabase = {
  childEnv: Record<string, string>
  open(): Promise<DatabaseHandle>
  drop(): Promise<void>
}

/**
 * Two identical databases built once (migrated, then `build`) and copied: one for the job that is
 * killed, one for the reference run. PGlite: a file-backed data directory copied while closed (a
 * killed in-memory database would have nothing left to check). PostgreSQL: a scratch database
 * copied with `create database … template`.
 */
export async function crashTwins(
  kind: 'pglite' | 'postgres',
  build: (h: DatabaseHandle) => Promise<void>,
): Promise<[CrashDatabase, CrashDatabase]> {
  return kind === 'pglite' ? pgliteTwins(build) : postgresTwins(process.env.TEST_DATABASE_URL!, build)
}

async function pgliteTwins(
  build: (h: DatabaseHandle) => Promise<void>,
): Promise<[CrashDatabase, CrashDatabase]> {
  const root = mkdtempSync(join(tmpdir(), 'asq-crash-'))
  const h = await openDatabase({ dataDir: join(root, 'a') })
  await h.migrate()
  await build(h)
  await h.close()
  cpSync(join(root, 'a'), join(root, 'b'), { recursive: true })
  const twin = (dataDir: string, dropDir: string): CrashDatabase => ({
    childEnv: { CRASH_DATA_DIR: dataDir },
    open: () => openDatabase({ dataDir }),
    drop: async () => rmSync(dropDir, { recursive: true, force: true }),
  })
  // The reference twin, dropped last, takes the temporary directory with it.
  return [twin(join(root, 'a'), join(root, 'a')), twin(join(root, 'b'), root)]
}

async function postgresTwins(
  serverUrl: string,
  build: (h: DatabaseHandle) => Promise<void>,
): Promise<[CrashDatabase, CrashDatabase]> {
  const first = await createScratchDatabase(serverUrl)
  const h = await openDatabase({ url: first.url })
  await h.migrate()
  await build(h)
  await h.close()
  const copy = await createScratchDatabase(serverUrl)
  const admin = await openDatabase({ url: serverUrl })
  const name = (url: string) => new URL(url).pathname.slice(1)
  await rows(admin, `drop database ${name(copy.url)}`)
  // The pool just closed may still hold its sockets for a moment; the template must have no users.
  for (let i = 0; ; i++) {
    try {
      await rows(admin, `create database ${name(copy.url)} template ${name(first.url)}`)
      break
    } catch (e) {
      if (i >= 50) throw e
      await new Promise((r) => setTimeout(r, 100))
    }
  }
  await admin.close()
  const twin = (s: typeof first): CrashDatabase => ({
    childEnv: { CRASH_DATABASE_URL: s.url },
    open: () => openDatabase({ url: s.url }),
    drop: () => s.drop(),
  })
  return [twin(first), twin(copy)]
}

type Rows = { rows: Record<string, unknown>[] }
const rows = (h: DatabaseHandle, q: string) => h.db.execute(sql.raw(q)) as unknown as Promise<Rows>

/** Rows in every table of the schema. */
export async function tableCounts(h: DatabaseHandle): Promise<Record<string, number>> {
  const tables = await rows(
    h,
    "select table_name as t from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1",
  )
  const out: Record<string, number> = {}
  for (const { t } of tables.rows)
    out[String(t)] = Number((await rows(h, `select count(*)::int as n from "${t}"`)).rows[0]!.n)
  return out
}

/** The job's effects as one key per row (each query selects a text column `k`). */
export async function effectKeys(h: DatabaseHandle, queries: string[]): Promise<string[]> {
  const keys: string[] = []
  for (const q of queries) keys.push(...(await rows(h, q)).rows.map((r) => `${q}\n${r.k}`))
  return keys
}

/** Effects the crashed run holds more often than the reference (duplicates) and less often (misses). */
export function duplicatesAndMisses(crashed: string[], reference: string[]) {
  const tally = new Map<string, number>()
  for (const k of crashed) tally.set(k, (tally.get(k) ?? 0) + 1)
  for (const k of reference) tally.set(k, (tally.get(k) ?? 0) - 1)
  let duplicates = 0
  let misses = 0
  for (const n of tally.values()) {
    if (n > 0) duplicates += n
    else misses -= n
  }
  return { duplicates, misses }
}
