import { sql, testDatabases } from '@asq/db/testing'
import { chinaDate, csvUploadRows, type ListComplaintsInput } from '@asq/domain'
import { describe, expect, it } from 'vitest'
import { readXlsxRows } from '../reports/xlsx'
import type { createCaller } from '../root'

type Caller = ReturnType<typeof createCaller>

import { useServedHarness } from '../testing/serve-harness'

/** Every complaint number the desk's list shows for these filters, page after page. */
async function listed(
  desk: Caller,
  filters: Omit<ListComplaintsInput, 'page' | 'pageSize'>,
): Promise<string[]> {
  const numbers: string[] = []
  let cursor: string | undefined
  do {
    const page = await desk.complaint.desk.list({ ...filters, pageSize: 200, cursor })
    numbers.push(...page.items.map((c) => c.number))
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  return numbers
}

describe.each(testDatabases())('streamed exports over HTTP on $name', (target) => {
  const s = useServedHarness(target)
  const get = (path: string, input: unknown, token: string | null, headers: Record<string, string> = {}) =>
    fetch(`${s.api.url}/export/${path}?input=${encodeURIComponent(JSON.stringify(input))}`, {
      headers: { ...(token ? { cookie: `asq_session=${token}` } : {}), ...headers },
    })
  const rowsOf = async (res: Response, format: 'csv' | 'xlsx') => {
    const bytes = new Uint8Array(await res.arrayBuffer())
    return format === 'csv' ? csvUploadRows(bytes).rows : await readXlsxRows(bytes)
  }

  it.each(['csv', 'xlsx'] as const)(
    'the desk downloads exactly the rows its list shows with the same filters (%s)',
    async (format) => {
      const token = await s.h.staffToken('service')
      const desk = await s.h.as(token)
      for (const filters of [{}, { status: 'closed' }, { q: '大灯' }, { overdue: true }] as const) {
        const res = await get('complaint.desk.export', { ...filters, format }, token)
        expect(res.status).toBe(200)
        expect(res.headers.get('content-disposition')).toBe(
          `attachment; filename="complaints-${chinaDate(s.h.now())}.${format}"; filename*=UTF-8''complaints-${chinaDate(s.h.now())}.${format}`,
        )
        expect(res.headers.get('content-type')).toContain(format === 'csv' ? 'text/csv' : 'spreadsheetml')
        const [header, ...rows] = await rowsOf(res, format)
        expect(header?.[0]).toBe('编号 Number')
        expect(rows.map((r) => r[0])).toEqual(await listed(desk, filters))
      }
    },
  )

  it('more than 10 000 complaints come out whole', async () => {
    await s.h.db.execute(sql`
      insert into complaints (number, channel, kind, severity, cause, status, customer_id, station_id,
        summary, description, opened_at)
      select 'BULK-' || lpad(g::text, 6, '0'), c.channel, c.kind, c.severity, c.cause, c.status,
        c.customer_id, c.station_id, '批量 bulk ' || g, '', c.opened_at - g * interval '1 second'
      from generate_series(1, 10500) g, (select * from complaints order by number limit 1) c`)
    const token = await s.h.staffToken('quality')
    const res = await get('complaint.desk.export', { format: 'csv', q: 'BULK-' }, token)
    const [, ...rows] = await rowsOf(res, 'csv')
    expect(rows).toHaveLength(10_500)
    expect(new Set(rows.map((r) => r[0])).size).toBe(10_500)
  }, 60_000)

  it('answers errors before the first byte as JSON: 401, 403, 400 naming the field, 404', async () => {
    const service = await s.h.staffToken('service')
    const anonymous = await get('complaint.desk.export', { format: 'csv' }, null)
    expect(anonymous.status).toBe(401)
    const station = await get('complaint.desk.export', { format: 'csv' }, await s.h.staffToken('bj.manager'))
    expect(station.status).toBe(403)
    const bad = await get('complaint.desk.export', { format: 'csv', status: 'nope' }, service)
    expect(bad.status).toBe(400)
    expect(((await bad.json()) as { error: { data: { field: string } } }).error.data.field).toBe('status')
    const noFormat = await get('complaint.desk.export', {}, service)
    expect(((await noFormat.json()) as { error: { data: { field: string } } }).error.data.field).toBe(
      'format',
    )
    const notJson = await fetch(`${s.api.url}/export/complaint.desk.export?input=%7B`, {
      headers: { cookie: `asq_session=${service}` },
    })
    expect(notJson.status).toBe(400)
    expect((await get('complaint.desk.list', { format: 'csv' }, service)).status).toBe(404)
    const crossSite = await get('complaint.desk.export', { format: 'csv' }, service, {
      'sec-fetch-site': 'cross-site',
    })
    expect(crossSite.status).toBe(403)
  })

  it.each([
    ['reimbursement.hq.exportQueue', 'finance', 'audit-queue', {}],
    ['reimbursement.hq.exportStatements', 'finance', 'statements', {}],
    ['reimbursement.dealer.exportStatements', 'bj.staff', 'statements', {}],
    ['reimbursement.dealer.exportAccount', 'bj.staff', 'ledger', {}],
    ['fee.hq.exportOldParts', 'quality', 'old-parts', { overdueOnly: true }],
    ['fee.station.exportOldParts', 'bj.staff', 'old-parts', {}],
    ['fee.hq.exportPartsRequests', 'finance', 'parts-requests', { status: 'shipped' }],
    ['fee.station.exportPartsRequests', 'bj.manager', 'parts-requests', {}],
    ['eightd.hq.exportClaims', 'quality', '8d-claims', { overdue: true }],
    ['eightd.supplier.exportClaims', 'lamp.supplier', '8d-claims', {}],
    ['survey.hq.exportComments', 'service', 'survey-answers', { source: 'campaign' }],
    ['platform.exportAudit', 'admin', 'audit-log', { entityType: 'user' }],
  ])(
    '%s streams over /export as %s: a file named in China local date, with rows; another role refused',
    async (path, user, name, filters) => {
      const token = await s.h.staffToken(user)
      for (const format of ['csv', 'xlsx'] as const) {
        const res = await get(path, { ...filters, format }, token)
        expect(res.status).toBe(200)
        expect(res.headers.get('content-disposition')).toContain(
          `filename="${name}-${chinaDate(s.h.now())}.${format}"`,
        )
        const [header, ...rows] = await rowsOf(res, format)
        expect(header!.length).toBeGreaterThan(4)
        expect(rows.length).toBeGreaterThan(0)
      }
      // Another role's export is refused before the first byte.
      const other = user === 'lamp.supplier' ? 'bj.manager' : 'lamp.supplier'
      expect((await get(path, { format: 'csv' }, await s.h.staffToken(other))).status).toBe(403)
    },
  )

  it('refuses export procedures on /trpc', async () => {
    const service = await s.h.staffToken('service')
    const input = encodeURIComponent(JSON.stringify({ json: { format: 'csv' } }))
    const res = await fetch(`${s.api.url}/trpc/complaint.desk.export?input=${input}`, {
      headers: { cookie: `asq_session=${service}` },
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toContain('HTTP.EXPORT_ONLY')
  })
})
