import { sql, testDatabases } from '@asq/db/testing'
import { toChinaWallClock } from '@asq/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportedFile, exportedXlsxValues } from '../../testing/exported'
import { createHarness, type Harness } from '../../testing/harness'

type Caller = Awaited<ReturnType<Harness['as']>>

const BLOWER = [
  '8D-2026-00002',
  '鼓风机异响 Blower motor rattle',
  '博远电机有限公司',
  'H5BM001',
  'H5 空调鼓风机 H5 A/C blower motor',
  'BM-2606-03',
  '8',
  '一般',
  '进行中',
  'D0 准备与团队',
  '2026-11-22 10:00',
  '2026-11-23 10:00',
  '是 Yes',
  '',
]
const HEADLAMP = [
  '8D-2026-00001',
  '前大灯总成闪烁 Headlamp assembly flicker',
  '星光车灯有限公司',
  'X7HL001',
  'X7 左前大灯总成 X7 left headlamp assembly',
  'HL-2509-B',
  '37',
  '严重',
  '进行中',
  'D4 根本原因分析',
  '2026-11-21 10:00',
  '2026-12-01 10:00',
  '否 No',
  '',
]

describe.each(testDatabases())('8D list exports on $name', (target) => {
  let h: Harness
  let quality: Caller
  let supplier: Caller
  beforeAll(async () => {
    h = await createHarness(target)
    quality = await h.as(await h.staffToken('quality'))
    supplier = await h.as(await h.staffToken('lamp.supplier'))
  }, 120_000)
  afterAll(() => h.close())

  it('HQ exports the 8D list with its filters; exact cells in CSV, typed in XLSX', async () => {
    const all = await exportedFile(await quality.eightd.hq.exportClaims({ format: 'csv' }))
    expect(all.filename).toBe('8d-claims-2026-11-24.csv')
    expect(all.header[0]).toBe('编号 Number')
    const { items } = await quality.eightd.hq.list({ pageSize: 200 })
    expect(all.rows.map((r) => r[0])).toEqual(items.map((c) => c.number))
    expect(all.rows.slice(0, 2)).toEqual([BLOWER, HEADLAMP])
    expect(all.rows[2]!.slice(0, 1).concat(all.rows[2]!.slice(7))).toEqual([
      '8D-2026-00003',
      '致命',
      '已关闭',
      '',
      '2026-09-15 10:00',
      '',
      '否 No',
      '2026-11-09 10:00',
    ])
    const overdue = await exportedFile(await quality.eightd.hq.exportClaims({ format: 'csv', overdue: true }))
    expect(overdue.rows).toEqual([BLOWER])
    const closed = await exportedFile(
      await quality.eightd.hq.exportClaims({ format: 'csv', status: 'closed' }),
    )
    expect(closed.rows.map((r) => r[0])).toEqual(['8D-2026-00003'])
    const found = await exportedFile(await quality.eightd.hq.exportClaims({ format: 'csv', q: 'HL-2509' }))
    expect(found.rows).toEqual([HEADLAMP])

    const [, row] = await exportedXlsxValues(
      await quality.eightd.hq.exportClaims({ format: 'xlsx', q: 'HL-2509' }),
    )
    const c = items.find((x) => x.number === '8D-2026-00001')!
    expect(row).toEqual([
      ...HEADLAMP.slice(0, 6),
      37,
      ...HEADLAMP.slice(7, 10),
      toChinaWallClock(c.openedAt),
      toChinaWallClock(c.nextDueAt!),
      '否 No',
    ])
  })

  it('a supplier exports its own claims only', async () => {
    const own = await exportedFile(await supplier.eightd.supplier.exportClaims({ format: 'csv' }))
    expect(own.rows).toEqual([HEADLAMP])
    const closed = await exportedFile(
      await supplier.eightd.supplier.exportClaims({ format: 'csv', status: 'closed' }),
    )
    expect(closed.rows).toEqual([])
  })

  it('reads page after page in the nearest-deadline order (none last), each claim once', async () => {
    await h.db.execute(sql`
      insert into eightd_claims (number, supplier_id, title, part_code, part_name, lot, quantity_affected,
        found_at, severity, opened_at, opened_by, next_due_at, client_request_id)
      select 'BULK-' || lpad(g::text, 5, '0'), c.supplier_id, c.title, c.part_code, c.part_name, c.lot, 1,
        c.found_at, c.severity, c.opened_at - (g % 5) * interval '1 hour', 'bulk',
        case when g % 4 = 0 then null else c.next_due_at + (g % 9) * interval '1 day' end, gen_random_uuid()
      from generate_series(1, 2100) g, (select * from eightd_claims where number = '8D-2026-00001') c`)
    const file = await exportedFile(await supplier.eightd.supplier.exportClaims({ format: 'csv' }))
    const numbers = file.rows.map((r) => r[0])
    expect(numbers).toHaveLength(2101)
    expect(new Set(numbers).size).toBe(2101)
    const { rows } = (await h.db.execute(sql`
      select number from eightd_claims where supplier_id = (select supplier_id from eightd_claims
        where number = '8D-2026-00001') order by next_due_at asc nulls last, opened_at desc, id desc`)) as unknown as {
      rows: { number: string }[]
    }
    expect(numbers).toEqual(rows.map((r) => r.number))
  }, 60_000)
})
