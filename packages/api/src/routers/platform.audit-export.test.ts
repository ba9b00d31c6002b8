import { sql, testDatabases } from '@asq/db/testing'
import { chinaDateTime, toChinaWallClock } from '@asq/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportedFile, exportedXlsxValues } from '../testing/exported'
import { createHarness, type Harness } from '../testing/harness'

type Caller = Awaited<ReturnType<Harness['as']>>
type Rows<T> = { rows: T[] }
const AT = new Date('2026-11-20T01:30:00.000Z')

describe.each(testDatabases())('audit log export on $name', (target) => {
  let h: Harness
  let admin: Caller
  beforeAll(async () => {
    h = await createHarness(target)
    admin = await h.as(await h.staffToken('admin'))
    await h.repos.audit.record({
      action: 'export.test',
      entityType: 'export_probe',
      entityId: '=1+1',
      before: null,
      after: { n: 1 },
      at: AT,
      actor: null,
    })
  }, 120_000)
  afterAll(() => h.close())

  it('exports the log with its filters: exact cells in CSV and typed cells in XLSX', async () => {
    const filters = { entityType: 'export_probe', entityId: '=1+1' }
    const csv = await exportedFile(await admin.platform.exportAudit({ ...filters, format: 'csv' }))
    expect(csv.filename).toBe('audit-log-2026-11-24.csv')
    expect(csv.header).toEqual([
      '时间 At',
      '操作人 Actor',
      '操作 Action',
      '对象类型 Entity type',
      '对象编号 Entity id',
      '变更前 Before',
      '变更后 After',
    ])
    expect(csv.rows).toEqual([
      ['2026-11-20 09:30', 'anonymous', 'export.test', 'export_probe', '=1+1', '', '{"n":1}'],
    ])
    expect(csv.text).toContain(`,'=1+1,`) // CSV protection where a cell starts like a formula (undone on reading)
    const [, row] = await exportedXlsxValues(await admin.platform.exportAudit({ ...filters, format: 'xlsx' }))
    expect(row).toEqual([
      toChinaWallClock(AT),
      'anonymous',
      'export.test',
      'export_probe',
      '=1+1',
      undefined,
      '{"n":1}',
    ])

    // Without filters: what the page lists, in its order.
    const all = await exportedFile(await admin.platform.exportAudit({ format: 'csv' }))
    const { items, total } = await admin.platform.audit({ pageSize: 200 })
    expect(all.rows).toHaveLength(total)
    expect(all.rows.slice(0, items.length).map((r) => [r[0], r[2], r[4]])).toEqual(
      items.map((e) => [chinaDateTime(e.at), e.action, e.entityId]),
    )
    const other = await exportedFile(
      await admin.platform.exportAudit({ format: 'csv', entityType: 'nothing' }),
    )
    expect(other.rows).toEqual([])
  })

  it('pages by (at, id): 2 500 events of one instant come out once each, newest id first', async () => {
    await h.db.execute(sql`
      insert into audit_events (at, actor_label, action, entity_type, entity_id)
      select ${AT}, 'bulk', 'export.bulk', 'export_bulk', 'B-' || g from generate_series(1, 2500) g`)
    const file = await exportedFile(
      await admin.platform.exportAudit({ format: 'csv', entityType: 'export_bulk' }),
    )
    const ids = file.rows.map((r) => r[4])
    expect(ids).toHaveLength(2500)
    expect(new Set(ids).size).toBe(2500)
    const { rows } = (await h.db.execute(
      sql`select entity_id from audit_events where entity_type = 'export_bulk' order by at desc, id desc`,
    )) as unknown as Rows<{ entity_id: string }>
    expect(ids).toEqual(rows.map((r) => r.entity_id))
  }, 60_000)

  it('the keyset predicate is served by the (at, id) index', async () => {
    const plan = await h.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`)
      const r = (await tx.execute(sql`
        explain select * from audit_events where (at, id) < (${AT}, '00000000-0000-4000-8000-000000000000')
        order by at desc, id desc limit 1000`)) as unknown as Rows<{ 'QUERY PLAN': string }>
      return r.rows.map((x) => x['QUERY PLAN']).join('\n')
    })
    expect(plan).toContain('audit_at_id_idx')
    expect(plan).toMatch(/Index Cond: \(ROW\(at, id\) < ROW\(/)
  })
})
