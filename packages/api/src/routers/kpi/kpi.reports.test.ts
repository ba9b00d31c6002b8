import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { testDatabases } from '@asq/db/testing'
import { formatReportValue } from '@asq/domain'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, type Harness } from '../../testing/harness'
import { cn, type Network, network, playComplaint } from '../../testing/kpi-scenario'
import { runKpiRefresh } from './kpi.refresh'
import { runDueReports } from './kpi.report-make'

type Caller = Awaited<ReturnType<Harness['as']>>
const MARCH = { from: '2026-03-01', to: '2026-03-31' }
const bytes = (dataUrl: string) => Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64')

/** The text of a PDF as pdftotext reads it (layout kept, so a table row stays on one line). */
export function pdfText(pdf: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'report-'))
  try {
    writeFileSync(join(dir, 'r.pdf'), pdf)
    return execFileSync('pdftotext', ['-layout', join(dir, 'r.pdf'), '-'], { encoding: 'utf8' })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

async function sheet(xlsx: Uint8Array, name: string) {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer)
  const ws = wb.getWorksheet(name)
  if (!ws) throw new Error(`no sheet ${name}: ${wb.worksheets.map((w) => w.name).join(', ')}`)
  return ws
}

describe.each(testDatabases())('KPI reports on $name', (target) => {
  let h: Harness
  let admin: Caller
  let n: Network

  beforeAll(async () => {
    h = await createHarness(target)
    admin = await h.as(await h.staffToken('admin'))
    n = await network(h)
    const closed = [
      { type: 'responded', at: '2026-03-02 12:00', status: 'responded' as const },
      { type: 'resolved', at: '2026-03-04 09:00', status: 'resolved' as const },
      { type: 'closed', at: '2026-03-05 09:00', status: 'closed' as const, followUp: true },
    ]
    await playComplaint(h, n, {
      station: n.stationA,
      opened: '2026-03-02 09:00',
      cause: 'repair_quality',
      steps: closed,
    })
    await playComplaint(h, n, {
      station: n.stationA,
      opened: '2026-03-02 10:00',
      cause: 'repair_quality',
      steps: closed,
    })
    await playComplaint(h, n, {
      station: n.stationB,
      opened: '2026-03-10 10:00',
      cause: 'waiting_time',
      steps: [],
    })
    await playComplaint(h, n, { station: n.stationB, opened: '2026-03-15 09:00', cause: 'fees', steps: [] })
    await admin.kpi.setUnits({ month: '2026-03', productLineId: n.vehicle.productLineId, units: 200 })
    await admin.kpi.setBudget({ month: '2026-03', budgetFen: 1_234_567 })
    h.setNow(cn('2026-04-02 10:00'))
    await runKpiRefresh(h.deps)
  }, 120_000)
  afterAll(() => h?.close())

  it('the monthly PDF and XLSX carry the dashboard’s figures for the same period', async () => {
    const made = await admin.kpi.reports.generate({
      kind: 'monthly',
      key: '2026-03',
      clientRequestId: crypto.randomUUID(),
    })
    expect(made).toMatchObject({
      version: 1,
      regeneratedAt: null,
      generatedBy: 'admin',
      periodFrom: '2026-03-01',
    })
    const d = await admin.kpi.dashboard({ period: MARCH, scope: { kind: 'all' } })
    const pdf = await admin.kpi.reports.pdf({ id: made.id })
    expect(pdf.filename).toBe('售后质量月报_2026-03.pdf')
    const text = pdfText(bytes(pdf.dataUrl))
    expect(text).toContain('售后质量月报 2026-03')
    expect(text).toMatch(/投诉数\s+Complaints\s+4\n/)
    expect(text).toMatch(/投诉率\s+Complaint rate\s+2\.0%/) // 4 per 200 vehicles
    expect(text).toMatch(/保修预算\s+Warranty budget\s+¥12,345\.67/)
    expect(text).toMatch(/第 1 \/ \d 页/)
    for (const f of d.figures.filter((x) => x.value !== null))
      expect(text).toMatch(
        new RegExp(`${f.zh}[\\s\\S]{0,200}?${formatReportValue(f.value, f.unit).replace(/[.$]/g, '\\$&')}`),
      )
    expect(execFileSync('pdffonts', ['-'], { input: bytes(pdf.dataUrl), encoding: 'utf8' })).toMatch(
      /NotoSansSC.*yes/,
    )

    const xlsx = bytes((await admin.kpi.reports.xlsx({ id: made.id })).dataUrl)
    const figures = await sheet(xlsx, '指标 Figures')
    const fromSheet: Record<string, unknown> = {}
    figures.eachRow((row, i) => {
      if (i > 1) fromSheet[String(row.getCell(1).value)] = row.getCell(3).value
    })
    for (const f of d.figures) expect([f.zh, fromSheet[f.zh] ?? null]).toEqual([f.zh, f.value])
    const summary = await sheet(xlsx, '概要 Summary')
    const line = (zh: string) => {
      let v: unknown
      summary.eachRow((row) => {
        if (row.getCell(1).value === zh) v = row.getCell(3)
      })
      return v as ExcelJS.Cell
    }
    expect(line('投诉数').value).toBe(4)
    expect(line('保修预算').value).toBe(12345.67)
    expect(line('保修预算').numFmt).toBe('#,##0.00')
    const pareto = await sheet(xlsx, '帕累托 Pareto')
    expect(pareto.getRow(2).values).toEqual([undefined, '维修质量', 'Repair quality', 2, 50, 50, '是 Yes'])
    const trend = await sheet(xlsx, '趋势 Trend')
    expect(trend.rowCount).toBe(13) // April 2025 … March 2026
    const march = d.trend.find((t) => t.month === '2026-03')!
    expect(trend.getRow(13).values).toEqual([
      undefined,
      '2026-03',
      4,
      march.closureRate,
      march.timelyResponseRate,
      march.timelyCompletionRate,
    ])
    expect(trend.getRow(2).values).toEqual([undefined, '2025-04', 0])
  })

  it('generating the same period again needs a confirmation and keeps one row, with its regeneration', async () => {
    await expect(
      admin.kpi.reports.generate({ kind: 'monthly', key: '2026-03', clientRequestId: crypto.randomUUID() }),
    ).rejects.toMatchObject({ code: 'CONFLICT' })
    const request = {
      kind: 'monthly',
      key: '2026-03',
      replace: true,
      clientRequestId: crypto.randomUUID(),
    } as const
    const again = await admin.kpi.reports.generate(request)
    expect(await admin.kpi.reports.generate(request)).toEqual(again) // a retry answers the same
    expect(again).toMatchObject({ version: 2, generatedBy: 'admin', regeneratedBy: 'admin' })
    expect(again.regeneratedAt).toBeInstanceOf(Date)
    const list = await admin.kpi.reports.list({ kind: 'monthly' })
    expect(list.items.filter((r) => r.periodKey === '2026-03')).toHaveLength(1)
    const audit = await h.repos.audit.list({
      entityType: 'kpi_report',
      entityId: again.id,
      limit: 10,
      offset: 0,
    })
    expect(audit.items.map((a) => a.action).sort()).toEqual([
      'kpi.report_generated',
      'kpi.report_regenerated',
    ])
  })

  it('a period not begun, or a week that does not exist, is refused', async () => {
    await expect(
      admin.kpi.reports.generate({ kind: 'monthly', key: '2026-05', clientRequestId: crypto.randomUUID() }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' })
    await expect(
      admin.kpi.reports.generate({ kind: 'weekly', key: '2026-W60', clientRequestId: crypto.randomUUID() }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' })
  })

  it('the scheduled job makes each due report once, run twice or twice at once', async () => {
    h.setNow(cn('2026-05-01 07:59'))
    expect(await runDueReports(h.deps)).toBe(1) // the week 2026-W17 ended; April is due at 08:00
    h.setNow(cn('2026-05-01 08:00'))
    expect(await runDueReports(h.deps)).toBe(1) // April
    expect(await runDueReports(h.deps)).toBe(0)
    h.setNow(cn('2026-05-04 08:30'))
    const both = await Promise.all([runDueReports(h.deps), runDueReports(h.deps)])
    expect(both[0] + both[1]).toBe(1) // 2026-W18
    const { items } = await admin.kpi.reports.list({})
    expect(items.map((r) => `${r.kind} ${r.periodKey} v${r.version} ${r.generatedBy}`)).toEqual([
      'weekly 2026-W18 v1 system',
      'monthly 2026-04 v1 system',
      'weekly 2026-W17 v1 system',
      'monthly 2026-03 v2 admin',
    ])
    const page1 = await admin.kpi.reports.list({ limit: 3 })
    const page2 = await admin.kpi.reports.list({ limit: 3, after: page1.next! })
    expect([...page1.items, ...page2.items].map((r) => r.id)).toEqual(items.map((r) => r.id))
    expect(page2.next).toBeNull()
  }, 120_000)
})
