import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '../client'
import { testDatabases } from '../testing'
import { listComplaints } from './complaint-list.query'

/** The desk's search finds a case by any fragment of number, summary, VIN, plate, name or phone (issue 17). */
const now = new Date('2026-06-01T00:00:00Z')
const c1 = '00000000-0000-4000-8000-0000000000c1'
const c2 = '00000000-0000-4000-8000-0000000000c2'

describe.each(testDatabases())('desk search on $name', (target) => {
  let h: DatabaseHandle
  beforeAll(async () => {
    h = await target.open()
    await h.db.execute(
      sql.raw(
        `insert into customers (id, name, phone) values ('${c1}', '欧阳娜娜', '13912345678'), ('${c2}', '李雷', '13700001111')`,
      ),
    )
    // 李雷's car carries a plate; the case names the vehicle, not its plate.
    await h.db.execute(
      sql.raw(`insert into product_lines (id, code, name_zh, name_en)
        values ('00000000-0000-4000-8000-0000000000f1', 'T1', '测试', 'Test')`),
    )
    await h.db.execute(
      sql.raw(`insert into vehicles (id, vin, product_line_id, model, purchase_date, customer_id, plate)
        values ('00000000-0000-4000-8000-0000000000e1', 'LHX5A1234N0000099', '00000000-0000-4000-8000-0000000000f1',
          'T1', '2025-01-01', '${c2}', '沪BD45678')`),
    )
    await h.db.execute(
      sql.raw(`insert into complaints (number, channel, kind, severity, cause, status, customer_id, summary, description,
        opened_at, vin, station_contact) values
        ('CP-2026-00017', 'phone', 'appeal', 'general', 'waiting_time', 'in_progress', '${c1}', '左前大灯间歇性闪烁', 'd',
          '2026-05-01T00:00:00Z', 'LHGCM82633A004352', null),
        ('CP-2026-00018', 'phone', 'appeal', 'general', 'waiting_time', 'in_progress', '${c2}', '空调异响', 'd',
          '2026-05-02T00:00:00Z', null, '{"name": "王先生", "contact": "13600002222"}')`),
    )
    await h.db.execute(
      sql.raw(
        `update complaints set vehicle_id = '00000000-0000-4000-8000-0000000000e1' where number = 'CP-2026-00018'`,
      ),
    )
  })
  afterAll(() => h?.close())

  const found = async (q: string) =>
    (await listComplaints(h.db, { q, now, limit: 20, offset: 0, order: 'newest' })).items.map((i) => i.number)

  it.each([
    ['a middle piece of the number', '2026-0001', ['CP-2026-00018', 'CP-2026-00017']],
    ['Chinese inside the summary, no word boundary', '间歇性', ['CP-2026-00017']],
    ['a VIN fragment, any case', 'cm82633a', ['CP-2026-00017']],
    ['part of the profile name', '阳娜', ['CP-2026-00017']],
    ['the middle of the phone', '1234567', ['CP-2026-00017']],
    ['the name a station typed', '王先生', ['CP-2026-00018']],
    ['the contact a station typed', '0000222', ['CP-2026-00018']],
    // A case the station took with its own contact is not found by the profile's name or phone.
    ['the profile name behind a typed contact', '李雷', []],
    ['part of the vehicle’s plate', 'BD456', ['CP-2026-00018']],
    ['the plate as written, with its middle dot', '沪B·D45678', ['CP-2026-00018']],
    ['LIKE wildcards are text', '%', []],
  ])('%s: “%s”', async (_what, q, expected) => {
    expect(await found(q)).toEqual(expected)
  })

  // Last, as it adds cases: past 1 000 matches the list walks the newest-first index instead of
  // gathering the ids; both ways give the same page and order. The search alone then reads "1 000+"
  // (counting again would walk every case); with another filter it is counted, to 1 000 at most.
  it('a fragment in more than 1 000 cases: the same newest-first page as a rare one, "1 000+"', async () => {
    await h.db.execute(
      sql.raw(`insert into complaints (number, channel, kind, severity, cause, status, customer_id, summary,
        description, opened_at)
        select 'BULK-' || n, 'phone', 'appeal', 'general', 'waiting_time', 'new', '${c1}', '批量异响 ' || n, 'd',
          timestamptz '2026-01-01T00:00:00Z' + n * interval '1 minute'
        from generate_series(1, 1100) n`),
    )
    const page = await listComplaints(h.db, { q: '批量异响', now, limit: 3, offset: 0, order: 'newest' })
    expect(page.items.map((i) => i.number)).toEqual(['BULK-1100', 'BULK-1099', 'BULK-1098'])
    expect([page.total, page.totalCapped]).toEqual([1000, true])
    // The desk's router passes its own input along (page, pageSize, an empty owner view): not filters.
    const routed = { page: 1, pageSize: 3, owner: undefined, cursor: undefined }
    const viaRouter = await listComplaints(h.db, {
      ...routed,
      q: '批量异响',
      now,
      limit: 3,
      offset: 0,
      order: 'newest',
    })
    expect([viaRouter.total, viaRouter.totalCapped]).toEqual([1000, true])
    const filtered = await listComplaints(h.db, {
      q: '批量异响',
      status: 'new',
      now,
      limit: 3,
      offset: 0,
      order: 'newest',
    })
    expect(filtered.items.map((i) => i.number)).toEqual(['BULK-1100', 'BULK-1099', 'BULK-1098'])
    // A search counts to 1 000 at most: 1 100 new cases read "1 000+".
    expect([filtered.total, filtered.totalCapped]).toEqual([1000, true])
    const fewer = await listComplaints(h.db, {
      q: '批量异响 10',
      status: 'new',
      now,
      limit: 3,
      offset: 0,
      order: 'newest',
    })
    // "批量异响 10" is in BULK-10 and BULK-100…109 and BULK-1000…1099: 111 cases, counted exactly.
    expect([fewer.total, fewer.totalCapped]).toEqual([111, false])
    const rare = await listComplaints(h.db, { q: '批量异响 1099', now, limit: 3, offset: 0, order: 'newest' })
    expect(rare.items.map((i) => i.number)).toEqual(['BULK-1099'])
    expect(rare.total).toBe(1)
    expect(await found('没有这样的话')).toEqual([])
  })
})
