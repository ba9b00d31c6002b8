import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from './client'
import { testDatabases } from './testing'

/**
 * uuid_v7() (migration 0037), the default id of ledger entries: RFC 9562's layout — the time in
 * milliseconds first, version 7, variant 10 — so ids made one after another sort by time.
 */
describe.each(testDatabases())('uuid_v7() on $name', (target) => {
  let h: DatabaseHandle
  const one = async <T>(q: string) => ((await h.db.execute(sql.raw(q))) as unknown as { rows: T[] }).rows[0]!
  beforeAll(async () => {
    h = await target.open()
  }, 120_000)
  afterAll(() => h?.close())

  it('carries version 7, the RFC variant and the database clock in milliseconds', async () => {
    const r = await one<{ id: string; now: string }>(
      `select uuid_v7()::text as id, floor(extract(epoch from clock_timestamp()) * 1000)::text as now`,
    )
    expect(r.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    const ms = Number.parseInt(r.id.replaceAll('-', '').slice(0, 12), 16)
    expect(Math.abs(ms - Number(r.now))).toBeLessThan(1000)
  })

  it('sorts ids made a few milliseconds apart by time, and never repeats one', async () => {
    const made: string[] = []
    for (let i = 0; i < 3; i++) {
      made.push((await one<{ id: string }>('select uuid_v7()::text as id')).id)
      await new Promise((r) => setTimeout(r, 5))
    }
    expect([...made].sort()).toEqual(made)
    const many = await one<{ distinct: number }>(
      'select count(distinct id)::int as distinct from (select uuid_v7() as id from generate_series(1, 2000)) x',
    )
    expect(many.distinct).toBe(2000)
  })

  it('is the default id of a ledger entry', async () => {
    const r = await one<{ d: string }>(
      `select column_default as d from information_schema.columns
       where table_name = 'dealer_ledger_entries' and column_name = 'id'`,
    )
    expect(r.d).toBe('uuid_v7()')
  })
})
