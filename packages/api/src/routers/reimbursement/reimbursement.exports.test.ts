import { sql, testDatabases } from '@asq/db/testing'
import { chinaDateTime, toChinaWallClock } from '@asq/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportedFile, exportedXlsxValues } from '../../testing/exported'
import { createHarness, type Harness } from '../../testing/harness'

type Caller = Awaited<ReturnType<Harness['as']>>

const yuan = (fen: number) => (fen / 100).toFixed(2)
const when = (d: Date | null) => (d ? chinaDateTime(d) : '')

describe.each(testDatabases())('reimbursement exports on $name', (target) => {
  let h: Harness
  let finance: Caller
  let bj: Caller
  let bjId: string
  beforeAll(async () => {
    h = await createHarness(target)
    finance = await h.as(await h.staffToken('finance'))
    bj = await h.as(await h.staffToken('bj.staff'))
    bjId = (await h.repos.organisations.list({ kind: 'dealer' })).find((o) => o.code === 'D-BJ01')!.id
  }, 120_000)
  afterAll(() => h.close())

  /** The queue's rows as the list shows them (every page), in the export's columns as CSV text. */
  async function queueListed(filters: { status?: 'settled'; dealerId?: string; period?: string }) {
    const { items } = await finance.reimbursement.hq.queue({ ...filters, pageSize: 200 })
    return items.map((c) => [
      c.period,
      c.dealerCode,
      c.dealerName,
      { submitted: '已提交', under_audit: '审核中', audited: '已审核', settled: '已结算', draft: '草稿' }[
        c.status
      ],
      String(c.lines),
      String(c.decided),
      yuan(c.claimedFen),
      yuan(c.approvedFen),
      when(c.submittedAt),
    ])
  }

  it('the audit queue exports what the queue lists, with its filters, in CSV and XLSX', async () => {
    const csv = await exportedFile(
      await finance.reimbursement.hq.exportQueue({ format: 'csv', dealerId: bjId }),
    )
    expect(csv.filename).toBe('audit-queue-2026-11-24.csv')
    expect(csv.header[0]).toBe('月份 Period')
    expect(csv.rows).toEqual([
      ['2026-10', 'D-BJ01', '北京朝阳服务站', '已提交', '2', '0', '1740.00', '0.00', '2026-11-02 08:00'],
      ['2026-09', 'D-BJ01', '北京朝阳服务站', '已结算', '2', '2', '1820.00', '1760.00', '2026-09-28 14:00'],
    ])
    for (const filters of [{}, { status: 'settled' as const }, { period: '2026-10' }, { dealerId: bjId }]) {
      const file = await exportedFile(
        await finance.reimbursement.hq.exportQueue({ ...filters, format: 'csv' }),
      )
      expect(file.rows).toEqual(await queueListed(filters))
    }
    const settled = await exportedFile(
      await finance.reimbursement.hq.exportQueue({ format: 'csv', status: 'settled' }),
    )
    expect(settled.rows.map((r) => r[3])).toEqual(settled.rows.map(() => '已结算'))
    // XLSX: typed cells, money as numbers, the time as Beijing wall time, no apostrophes.
    const [header, ...rows] = await exportedXlsxValues(
      await finance.reimbursement.hq.exportQueue({ format: 'xlsx', dealerId: bjId, period: '2026-10' }),
    )
    expect(header).toEqual(csv.header)
    const { items } = await finance.reimbursement.hq.queue({ dealerId: bjId, period: '2026-10' })
    expect(rows).toEqual([
      [
        '2026-10',
        'D-BJ01',
        '北京朝阳服务站',
        '已提交',
        2,
        0,
        1740,
        0,
        toChinaWallClock(items[0]!.submittedAt!),
      ],
    ])
  })

  it('statements and ledgers: HQ any dealer; a station only its own', async () => {
    const statement = [
      'ST-2026-09-D-BJ01',
      '2026-09',
      'D-BJ01',
      '北京朝阳服务站',
      '2',
      '1760.00',
      '0.00',
      '1760.00',
      '0.00',
      '1760.00',
      '2026-10-03 10:00',
    ]
    const hqAll = await exportedFile(await finance.reimbursement.hq.exportStatements({ format: 'csv' }))
    const { items: listed } = await finance.reimbursement.hq.statements({ pageSize: 200 })
    expect(hqAll.rows.map((r) => r[0])).toEqual(listed.map((s) => s.statementNo))
    expect(hqAll.rows).toContainEqual(statement)
    const own = await exportedFile(await bj.reimbursement.dealer.exportStatements({ format: 'csv' }))
    expect(own.rows).toEqual([statement])
    const none = await exportedFile(
      await finance.reimbursement.hq.exportStatements({ format: 'csv', dealerId: bjId, period: '2026-08' }),
    )
    expect(none.rows).toEqual([])

    const ledger = [
      [
        '2026-10-03 10:00',
        '保修配件报销',
        '2026-09 BJ-RO-202609-007 X7HL001',
        '贷 Credit',
        '1360.00',
        '1360.00',
      ],
      [
        '2026-10-03 10:00',
        '保修配件报销',
        '2026-09 BJ-RO-202609-015 H5WM001',
        '贷 Credit',
        '400.00',
        '400.00',
      ],
    ]
    const mine = await exportedFile(await bj.reimbursement.dealer.exportAccount({ format: 'csv' }))
    expect(mine.filename).toBe('ledger-2026-11-24.csv')
    // Both entries were posted in the same instant: the order is the list's (posted, id), whatever the ids.
    const { items: entries } = await bj.reimbursement.dealer.account({ pageSize: 200 })
    expect(mine.rows.map((r) => r[2])).toEqual(entries.map((e) => e.memo))
    expect([...mine.rows].sort()).toEqual(ledger)
    const hq = await exportedFile(
      await finance.reimbursement.hq.exportLedger({ format: 'csv', dealerId: bjId }),
    )
    expect(hq.rows).toEqual(mine.rows)
    const [, ...xlsx] = await exportedXlsxValues(
      await finance.reimbursement.hq.exportLedger({ format: 'xlsx', dealerId: bjId }),
    )
    expect(xlsx.map((r) => r.slice(1)).sort()).toEqual([
      ['保修配件报销', '2026-09 BJ-RO-202609-007 X7HL001', '贷 Credit', 1360, 1360],
      ['保修配件报销', '2026-09 BJ-RO-202609-015 H5WM001', '贷 Credit', 400, 400],
    ])
  })

  it('reads claims page after page past the export page size, each once, in the list order', async () => {
    // 1 205 more months of claims for one station: the export pages through them by (period, code).
    await h.db.execute(sql`
      insert into reimbursement_claims (dealer_id, period, status, created_at, updated_at)
      select ${bjId}, to_char(date '1800-01-01' + g * interval '1 month', 'YYYY-MM'), 'submitted', now(), now()
      from generate_series(0, 1204) g`)
    const file = await exportedFile(
      await finance.reimbursement.hq.exportQueue({ format: 'csv', dealerId: bjId }),
    )
    const periods = file.rows.map((r) => r[0]!)
    expect(periods).toHaveLength(1207)
    expect(new Set(periods).size).toBe(1207)
    expect(periods).toEqual([...periods].sort().reverse())
  }, 60_000)
})
