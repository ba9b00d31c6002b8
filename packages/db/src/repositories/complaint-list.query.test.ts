import { COUNT_CAP, type ComplaintFilter } from '@asq/domain'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '../client'
import { testDatabases } from '../testing'
import { listComplaints } from './complaint-list.query'

/**
 * Keyset pages walk a list exactly (every row once, in order, under filters and with null deadlines),
 * rows are slim, and the total stops at COUNT_CAP instead of counting every match.
 */
const N = COUNT_CAP + 50
const now = new Date('2026-06-01T00:00:00Z')
const station = '00000000-0000-4000-8000-000000000001'
const other = '00000000-0000-4000-8000-000000000002'

describe.each(testDatabases())('complaint list on $name', (target) => {
  let h: DatabaseHandle
  beforeAll(async () => {
    h = await target.open()
    await h.db.execute(
      sql.raw(`insert into organisations (id, kind, code, name_zh, name_en) values
        ('${station}', 'dealer', 'S1', '站一', 'One'), ('${other}', 'dealer', 'S2', '站二', 'Two')`),
    )
    await h.db.execute(
      sql.raw(`insert into customers (id, name) values ('00000000-0000-4000-8000-0000000000c1', '张三')`),
    )
    await h.db.execute(
      sql.raw(`insert into complaints (number, channel, kind, severity, cause, status, customer_id, station_id, summary,
        description, opened_at, next_due_at)
      select 'CP-2026-' || lpad(g::text, 6, '0'), 'phone', 'claim', 'general', 'other',
        case when g % 3 = 0 then 'closed' else 'new' end, '00000000-0000-4000-8000-0000000000c1',
        case when g % 10 = 0 then '${other}'::uuid else '${station}'::uuid end, 'case ' || g, repeat('long text ', 50),
        '2026-01-01'::timestamptz + interval '1 minute' * (g / 2),
        case when g % 3 = 0 or g % 7 = 0 then null else '2026-05-01'::timestamptz + interval '1 minute' * (g % 500) end
      from generate_series(1, ${N}) g`),
    )
  }, 120_000)
  afterAll(() => h?.close())

  const walk = async (f: Omit<ComplaintFilter, 'limit' | 'offset' | 'now'>) => {
    const ids: string[] = []
    let after: string | undefined
    for (;;) {
      const page = await listComplaints(h.db, { ...f, now, limit: 997, offset: 0, after })
      ids.push(...page.items.map((i) => i.id))
      if (!page.nextCursor) return ids
      after = page.nextCursor
    }
  }
  const expected = async (where: string, order: string) =>
    (
      (await h.db.execute(
        sql.raw(`select id from complaints where ${where} order by ${order}`),
      )) as unknown as {
        rows: { id: string }[]
      }
    ).rows.map((r) => r.id)

  it('walks the newest-first list by cursor, every row once and in order', async () => {
    expect(await walk({ order: 'newest' })).toEqual(await expected('true', 'opened_at desc, id desc'))
  })

  it('walks a station queue by deadline, cases without one last, under a status filter', async () => {
    expect(await walk({ order: 'due', stationId: station, status: 'new' })).toEqual(
      await expected(`station_id = '${station}' and status = 'new'`, 'next_due_at asc nulls last, id asc'),
    )
  })

  it('caps the total and counts exactly below the cap; rows carry no long text', async () => {
    const all = await listComplaints(h.db, { order: 'newest', now, limit: 20, offset: 0 })
    expect({ total: all.total, capped: all.totalCapped }).toEqual({ total: COUNT_CAP, capped: true })
    expect(all.items[0]).not.toHaveProperty('description')
    const few = await listComplaints(h.db, { order: 'newest', stationId: other, now, limit: 20, offset: 0 })
    expect({ total: few.total, capped: few.totalCapped }).toEqual({
      total: Math.floor(N / 10),
      capped: false,
    })
  })
  it('filters the KPI drill-down: cause, region and an opened range (half-open, by instant)', async () => {
    await h.db.execute(sql.raw(`update organisations set region = '华东' where id = '${other}'`))
    const openedSince = new Date('2026-01-01T01:00:00Z')
    const openedBefore = new Date('2026-01-01T02:00:00Z')
    expect(await walk({ order: 'newest', region: '华东', openedSince, openedBefore })).toEqual(
      await expected(
        `station_id = '${other}' and opened_at >= '${openedSince.toISOString()}' and opened_at < '${openedBefore.toISOString()}'`,
        'opened_at desc, id desc',
      ),
    )
    expect(await walk({ order: 'newest', cause: 'repair_quality' })).toEqual([])
    expect((await walk({ order: 'newest', cause: 'other', region: '华东' })).length).toBe(Math.floor(N / 10))
  })
})
