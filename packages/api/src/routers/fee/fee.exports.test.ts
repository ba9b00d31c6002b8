import { sql, testDatabases } from '@asq/db/testing'
import { chinaDayStart, toChinaWallClock } from '@asq/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportedFile, exportedXlsxValues } from '../../testing/exported'
import { createHarness, type Harness } from '../../testing/harness'

type Caller = Awaited<ReturnType<Harness['as']>>

describe.each(testDatabases())('old-part register and parts request exports on $name', (target) => {
  let h: Harness
  let finance: Caller
  let bj: Caller
  beforeAll(async () => {
    h = await createHarness(target)
    finance = await h.as(await h.staffToken('finance'))
    bj = await h.as(await h.staffToken('bj.staff'))
  }, 120_000)
  afterAll(() => h.close())

  it('the old-part register: the list’s rows and filters, exact cells in CSV, typed in XLSX', async () => {
    const all = await exportedFile(await finance.fee.hq.exportOldParts({ format: 'csv' }))
    expect(all.filename).toBe('old-parts-2026-11-24.csv')
    const { items } = await finance.fee.hq.oldParts({ pageSize: 200 })
    expect(all.rows.map((r) => r[0])).toEqual(items.map((r) => r.registrationNumber))
    expect(all.rows.map((r) => r.slice(1))).toEqual([
      // The settled and the submitted claims' old parts (reimbursement seed), by registration time.
      [
        '北京朝阳服务站',
        'X7HL001',
        'X7',
        '1',
        'LHX7B2345N0000002',
        '2026-09-08',
        '2026-10-08',
        '总部已收',
        '否 No',
        '',
        '2026-09-10 12:00',
        '2026-09-14 12:00',
      ],
      [
        '北京朝阳服务站',
        'H5WM001',
        'H5',
        '1',
        'LHX5A1234N0000001',
        '2026-09-19',
        '2026-10-19',
        '总部已收',
        '否 No',
        '',
        '2026-09-21 12:00',
        '2026-09-25 12:00',
      ],
      [
        '上海浦东服务站',
        'X7BM001',
        'X7',
        '1',
        'LHX7D4567N0000004',
        '2026-10-05',
        '2026-11-04',
        '总部已收',
        '否 No',
        '',
        '2026-10-10 10:00',
        '2026-10-15 10:00',
      ],
      [
        '广州天河服务站',
        'X7WP001',
        'X7',
        '1',
        'LHX7G7890N0000007',
        '2026-10-15',
        '2026-11-14',
        '已登记',
        '是 Yes',
        '',
        '',
        '',
      ],
      [
        '北京朝阳服务站',
        'X7HL001',
        'X7',
        '1',
        'LHX7B2345N0000002',
        '2026-10-20',
        '2026-11-19',
        '已上报',
        '否 No',
        '',
        '2026-10-22 12:00',
        '',
      ],
      [
        '北京朝阳服务站',
        'H5WM001',
        'H5',
        '1',
        'LHX5A1234N0000001',
        '2026-10-24',
        '2026-11-23',
        '已上报',
        '否 No',
        '',
        '2026-10-26 12:00',
        '',
      ],
      [
        '北京朝阳服务站',
        'X7HL001',
        'X7',
        '1',
        'LHX7B2345N0000002',
        '2026-11-12',
        '2026-11-27',
        '已上报',
        '否 No',
        '顺丰 SF1234567890',
        '2026-11-15 10:00',
        '',
      ],
      [
        '广州天河服务站',
        'X7SA001',
        'X7',
        '1',
        'LHX7G7890N0000007',
        '2026-11-04',
        '2026-12-04',
        '总部调回',
        '否 No',
        '质量部分析 For quality analysis',
        '2026-11-06 10:00',
        '',
      ],
      [
        '成都武侯服务站',
        'T3CV001',
        'T3',
        '1',
        'LHT3E5678M0000005',
        '2026-11-14',
        '2026-12-29',
        '已上报',
        '否 No',
        '随车带回 Brought back with the truck',
        '2026-11-16 10:00',
        '',
      ],
      [
        '成都武侯服务站',
        'T3FP001',
        'T3',
        '1',
        'LHT3E5678M0000005',
        '2026-11-22',
        '2027-01-06',
        '已登记',
        '否 No',
        '',
        '',
        '',
      ],
    ])
    // The filters: overdue only, a status; the station sees its own parts only.
    const overdue = await exportedFile(
      await finance.fee.hq.exportOldParts({ format: 'csv', overdueOnly: true }),
    )
    expect(overdue.rows.map((r) => [r[2], r[9]])).toEqual([['X7WP001', '是 Yes']])
    const reported = await exportedFile(
      await finance.fee.hq.exportOldParts({ format: 'csv', status: 'reported' }),
    )
    expect(reported.rows.map((r) => r[2])).toEqual(['X7HL001', 'H5WM001', 'X7HL001', 'T3CV001'])
    const own = await exportedFile(await bj.fee.station.exportOldParts({ format: 'csv' }))
    expect(own.rows).toEqual(all.rows.filter((r) => r[1] === '北京朝阳服务站'))
    expect(own.rows).toHaveLength(5)

    const [header, ...xlsxRows] = await exportedXlsxValues(
      await bj.fee.station.exportOldParts({ format: 'xlsx' }),
    )
    expect(header).toEqual(all.header)
    expect(xlsxRows).toHaveLength(5)
    const mine = items.find((r) => r.note === '顺丰 SF1234567890')!
    const row = xlsxRows.find((r) => r[0] === mine.registrationNumber)
    expect(row).toEqual([
      mine.registrationNumber,
      '北京朝阳服务站',
      'X7HL001',
      'X7',
      1,
      'LHX7B2345N0000002',
      toChinaWallClock(chinaDayStart('2026-11-12')),
      toChinaWallClock(chinaDayStart('2026-11-27')),
      '已上报',
      '否 No',
      '顺丰 SF1234567890',
      toChinaWallClock(mine.reportedAt!),
    ]) // no receipt yet: the last cell is empty
  })

  it('parts requests: the list’s rows and filters, exact cells, a station only its own', async () => {
    const all = await exportedFile(await finance.fee.hq.exportPartsRequests({ format: 'csv' }))
    expect(all.filename).toBe('parts-requests-2026-11-24.csv')
    const { items } = await finance.fee.hq.partsRequests({ pageSize: 200 })
    expect(all.rows.map((r) => r[0])).toEqual(items.map((r) => r.number))
    const shipped = [
      '广州天河服务站',
      'H5OF001×20; H5CF001×10',
      '已发货',
      '580.00',
      '2026-09-25',
      'finance',
      '2026-09-15 10:00',
      '2026-09-23 10:00',
      '',
      'gz.manager',
      '2026-11-24 10:00',
      '保养件月度补货 Monthly maintenance parts',
    ]
    expect(all.rows.map((r) => r.slice(1))).toContainEqual(shipped)
    const onlyShipped = await exportedFile(
      await finance.fee.hq.exportPartsRequests({ format: 'csv', status: 'shipped' }),
    )
    expect(onlyShipped.rows.map((r) => r.slice(1))).toEqual([shipped])
    const own = await exportedFile(await bj.fee.station.exportPartsRequests({ format: 'csv' }))
    expect(own.rows.map((r) => r.slice(1, 4))).toEqual([['北京朝阳服务站', 'X7HL001×2', '已申请']])

    const [, row] = await exportedXlsxValues(
      await finance.fee.hq.exportPartsRequests({ format: 'xlsx', status: 'shipped' }),
    )
    expect(row!.slice(3, 6)).toEqual(['已发货', 580, toChinaWallClock(chinaDayStart('2026-09-25'))])
  })

  it('reads the register page after page past the export page size, each part once, in order', async () => {
    await h.db.execute(sql`
      insert into fee_old_parts (registration_number, dealer_id, client_request_id, part_code, product_line_code,
        quantity, serial, replaced_on, return_deadline, status, created_at)
      select 'BULK-' || lpad(g::text, 5, '0'), p.dealer_id, gen_random_uuid(), p.part_code, p.product_line_code,
        1, p.serial, p.replaced_on, date '2027-02-01' + (g % 7), 'registered', now()
      from generate_series(1, 2100) g, (select * from fee_old_parts order by registration_number limit 1) p`)
    const file = await exportedFile(await finance.fee.hq.exportOldParts({ format: 'csv' }))
    const bulk = file.rows.filter((r) => r[0]!.startsWith('BULK-'))
    expect(bulk).toHaveLength(2100)
    expect(new Set(bulk.map((r) => r[0])).size).toBe(2100)
    const keys = bulk.map((r) => `${r[7]} ${r[0]}`)
    expect(keys).toEqual([...keys].sort())
  }, 60_000)
})
