import { fileURLToPath } from 'node:url'
import { PGlite } from '@electric-sql/pglite'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres'
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import pg from 'pg'
import * as schema from './schema'

/** The one database type the repositories use; both drivers produce it. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>

export type DatabaseHandle = {
  db: Database
  kind: 'pglite' | 'postgres'
  /** Applies the committed migrations (idempotent; serialised across processes on PostgreSQL). */
  migrate(): Promise<void>
  /** A trivial round trip, for health checks. */
  ping(): Promise<void>
  close(): Promise<void>
}

export const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url))

/**
 * `url` set → PostgreSQL through node-postgres; otherwise embedded PGlite, file-backed under
 * `dataDir` or in memory when `dataDir` is omitted (tests).
 */
export async function openDatabase(opts: { url?: string; dataDir?: string }): Promise<DatabaseHandle> {
  if (opts.url) return openPostgres(opts.url)
  return openPglite(opts.dataDir)
}

/**
 * PGlite's start parameters with 32 MB of shared buffers instead of PostgreSQL's 128 MB: the buffers
 * are zeroed at every start, which took over a second of each restart (the embedded database is
 * small, and the operating system caches its files besides).
 */
const startParams = [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB']

async function openPglite(dataDir?: string): Promise<DatabaseHandle> {
  // relaxedDurability stays off: every commit reaches the files before the call returns.
  // pg_trgm: the desk's search indexes (migration 0021) are trigram GIN indexes on both engines.
  const client = new PGlite({
    ...(dataDir ? { dataDir, relaxedDurability: false } : {}),
    startParams,
    extensions: { pg_trgm },
  })
  await client.waitReady
  const db = drizzlePglite({ client, schema }) as unknown as Database
  return {
    db,
    kind: 'pglite',
    migrate: () => migratePglite(drizzlePglite({ client, schema }), { migrationsFolder }),
    ping: async () => {
      await client.query('select 1')
    },
    close: () => client.close(),
  }
}

async function openPostgres(url: string): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: url, max: 10 })
  const db = drizzlePg({ client: pool, schema }) as unknown as Database
  return {
    db,
    kind: 'postgres',
    async migrate() {
      // Two servers starting together must not both run the migrations: hold an advisory lock.
      const conn = await pool.connect()
      try {
        await conn.query('select pg_advisory_lock(730001)')
        await migratePg(drizzlePg({ client: conn, schema }), { migrationsFolder })
      } finally {
        await conn.query('select pg_advisory_unlock(730001)').catch(() => {})
        conn.release()
      }
    },
    ping: async () => {
      await pool.query('select 1')
    },
    close: () => pool.end(),
  }
}

/** The embedded database's data directory as a gzipped tar, written by PGlite itself (for backups). */
export async function dumpEmbedded(handle: DatabaseHandle): Promise<Uint8Array> {
  if (handle.kind !== 'pglite') throw new Error('dumpEmbedded: not an embedded database')
  const dump = await (handle.db as unknown as { $client: PGlite }).$client.dumpDataDir('gzip')
  return new Uint8Array(await dump.arrayBuffer())
}

/** Creates an embedded database under `dataDir` from a `dumpEmbedded` tar. */
export async function restoreEmbedded(dataDir: string, tar: Uint8Array): Promise<void> {
  const client = new PGlite({
    dataDir,
    // A copy on its own ArrayBuffer: what Blob accepts under every lib setting (DOM's BlobPart too).
    loadDataDir: new Blob([new Uint8Array(tar)], { type: 'application/x-gzip' }),
    relaxedDurability: false,
  })
  await client.waitReady
  await client.close()
}
