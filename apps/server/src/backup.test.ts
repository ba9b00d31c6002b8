import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { nodeSecurity } from '@asq/api'
import { type DatabaseHandle, directoryFileStore, openDatabase, seedDemoData, sql } from '@asq/db'
import { createScratchDatabase, postgresTestUrl } from '@asq/db/testing'
import { afterAll, describe, expect, it } from 'vitest'

/**
 * Backup and restore through the documented commands (`pnpm db:backup <file>`, `pnpm db:restore
 * <file>`): a seeded database is backed up, restored into a fresh one, and every table's row count
 * and a checksum of every table's rows — the dealer and supplier ledgers among them — must be equal.
 */
const serverDir = fileURLToPath(new URL('..', import.meta.url))
const LEDGERS = ['dealer_ledger_entries', 'supplier_ledger_entries', 'settlement_runs', 'eightd_recoveries']

function cli(script: 'backup' | 'restore', file: string, env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, file], {
      cwd: serverDir,
      env: { ...process.env, DATABASE_URL: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    p.stdout!.on('data', (d) => {
      out += d
    })
    p.stderr!.on('data', (d) => {
      out += d
    })
    p.on('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${script} exited ${code}:\n${out}`)),
    )
  })
}

type Rows = { rows: Record<string, string>[] }
/** Per table: its row count and an order-free hash of its rows. */
async function fingerprint(h: DatabaseHandle): Promise<Map<string, { rows: number; hash: string }>> {
  const exec = async (q: string) => (await h.db.execute(sql.raw(q))) as unknown as Rows
  const tables = (
    await exec(
      "select table_name as t from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1",
    )
  ).rows.map((r) => r.t!)
  const out = new Map<string, { rows: number; hash: string }>()
  for (const t of tables) {
    const r = (
      await exec(
        `select count(*)::text as n, coalesce(md5(string_agg(md5(x::text), '' order by md5(x::text))), '') as hash from "${t}" x`,
      )
    ).rows[0]!
    out.set(t, { rows: Number(r.n), hash: r.hash! })
  }
  return out
}

async function seed(h: DatabaseHandle) {
  await h.migrate()
  await seedDemoData(h.db, nodeSecurity.hashPassword, new Date('2026-11-24T02:00:00Z'))
}

function compare(name: string, a: Map<string, { rows: number; hash: string }>, b: typeof a) {
  const rows = [...a.values()].reduce((s, x) => s + x.rows, 0)
  const ledgerRows = LEDGERS.reduce((s, t) => s + (a.get(t)?.rows ?? 0), 0)
  const differing = [...a.keys()].filter((t) => JSON.stringify(a.get(t)) !== JSON.stringify(b.get(t)))
  console.log(
    `[figure] backup → restore on ${name}: ${a.size} tables, ${rows} rows (${ledgerRows} in the ledgers); tables differing: ${differing.length}`,
  )
  expect([...b.keys()]).toEqual([...a.keys()])
  expect(differing).toEqual([])
  expect(ledgerRows).toBeGreaterThan(0)
}

describe('backup and restore', () => {
  const dir = mkdtempSync(join(tmpdir(), 'asq-backup-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('embedded PGlite: the data directory restored into a new DATA_DIR holds every row', async () => {
    const source = join(dir, 'source')
    mkdirSync(join(source, 'pglite'), { recursive: true })
    const h = await openDatabase({ dataDir: join(source, 'pglite') })
    await seed(h)
    const before = await fingerprint(h)
    await h.close()
    // Uploaded files live beside the database (the directory file store): they come back too.
    const photos = [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1]), new Uint8Array([0x25, 0x50, 0x44, 0x46, 2])]
    const stored = await Promise.all(
      photos.map((p) =>
        directoryFileStore(join(source, 'files')).save(
          (async function* () {
            yield p
          })(),
        ),
      ),
    )
    const file = join(dir, 'embedded.tar.gz')
    await cli('backup', file, { DATA_DIR: source })
    const target = join(dir, 'target')
    await cli('restore', file, { DATA_DIR: target })
    // Restoring over a database refuses.
    await expect(cli('restore', file, { DATA_DIR: target })).rejects.toThrow(/not empty/)
    const restored = directoryFileStore(join(target, 'files'))
    const back = await Promise.all(stored.map((f) => restored.read(f.sha256)))
    expect(back).toEqual(photos)
    const r = await openDatabase({ dataDir: join(target, 'pglite') })
    try {
      compare('PGlite', before, await fingerprint(r))
    } finally {
      await r.close()
    }
  }, 300_000)

  // PostgreSQL when TEST_DATABASE_URL is set (as CI does).
  if (postgresTestUrl())
    it('PostgreSQL: pg_dump restored by psql into a new database holds every row', async () => {
      const source = await createScratchDatabase(postgresTestUrl()!)
      const target = await createScratchDatabase(postgresTestUrl()!)
      try {
        const h = await openDatabase({ url: source.url })
        await seed(h)
        const before = await fingerprint(h)
        const file = join(dir, 'postgres.sql')
        // Taken while the source is open and in use: pg_dump reads one snapshot.
        await cli('backup', file, { DATABASE_URL: source.url })
        await h.close()
        await cli('restore', file, { DATABASE_URL: target.url })
        await expect(cli('restore', file, { DATABASE_URL: target.url })).rejects.toThrow(/not empty/)
        const r = await openDatabase({ url: target.url })
        try {
          compare('PostgreSQL', before, await fingerprint(r))
        } finally {
          await r.close()
        }
      } finally {
        await source.drop()
        await target.drop()
      }
    }, 300_000)
})
