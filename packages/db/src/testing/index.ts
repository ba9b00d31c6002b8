import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { type DatabaseHandle, openDatabase } from '../client'

export type TestDatabaseTarget = { name: 'pglite' | 'postgres'; open(): Promise<DatabaseHandle> }

/**
 * The databases an integration test runs on: PGlite in memory always, and PostgreSQL too when
 * TEST_DATABASE_URL is set. Each open() gives a fresh, migrated database of its own (a new database
 * on the PostgreSQL server, dropped on close), so test files never see each other's rows.
 */
export function testDatabases(): TestDatabaseTarget[] {
  const targets: TestDatabaseTarget[] = [{ name: 'pglite', open: () => openFresh({}) }]
  const url = process.env.TEST_DATABASE_URL
  if (url) targets.push({ name: 'postgres', open: () => openFreshPostgres(url) })
  return targets
}

/** Only PostgreSQL: for race tests, which prove nothing on PGlite's single connection. */
export function postgresTestUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL
}

async function openFresh(opts: { url?: string }): Promise<DatabaseHandle> {
  const h = await openDatabase(opts)
  await h.migrate()
  return h
}

export async function createScratchDatabase(
  serverUrl: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `asq_test_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`create database ${name}`)
  await admin.end()
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: serverUrl })
      await c.connect()
      // pg's pool.end() resolves once it has asked its clients to end, not when their sockets have
      // closed; a forced drop meanwhile kills those backends and their clients throw 57P01 with no
      // listener left. Wait for them to go (briefly), then force whatever is still there.
      for (let i = 0; i < 50; i++) {
        const r = await c.query('select count(*)::int as n from pg_stat_activity where datname = $1', [name])
        if (r.rows[0].n === 0) break
        await new Promise((done) => setTimeout(done, 100))
      }
      await c.query(`drop database if exists ${name} with (force)`)
      await c.end()
    },
  }
}

async function openFreshPostgres(serverUrl: string): Promise<DatabaseHandle> {
  const scratch = await createScratchDatabase(serverUrl)
  const h = await openFresh({ url: scratch.url })
  return {
    ...h,
    async close() {
      await h.close()
      await scratch.drop()
    },
  }
}

/** Raw SQL for tests that build volume with generate_series (packages without drizzle of their own). */
export { sql } from 'drizzle-orm'
export { namedConnection, type OverlapReport, watchOverlap } from './overlap-probe'
export { surveyDailyRecount } from './survey-daily-recount'
