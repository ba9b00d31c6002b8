import { randomUUID } from 'node:crypto'
import { testDatabases } from '@asq/db/testing'
import { CATALOGUE_COLUMNS, parseCsvRows, toCsv } from '@asq/domain'
import { TRPCError } from '@trpc/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { errorData } from '../../errors'
import { readXlsxRows, renderXlsx } from '../../reports/xlsx'
import { exportedBytes, exportedFile } from '../../testing/exported'
import { createHarness, type Harness } from '../../testing/harness'

type Caller = Awaited<ReturnType<Harness['as']>>
const HEADER = CATALOGUE_COLUMNS.map((c) => c.header)
const csv64 = (rows: string[][]) => Buffer.from(toCsv([HEADER, ...rows])).toString('base64')

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p
    return 'OK'
  } catch (e) {
    if (e instanceof TRPCError) return e.code
    throw e
  }
}

describe.each(testDatabases())('parts and warranty fees on $name', (target) => {
  let h: Harness
  let admin: Caller
  let finance: Caller
  let bj: Caller
  let bjStaff: Caller
  let sh: Caller
  let liNa: Caller
  let zhangWei: Caller
  let bjId: string
  let shId: string

  const repair = (r: Record<string, unknown> = {}) => ({
    productLineCode: 'H5',
    serial: 'LHX5TEST',
    purchaseDate: '2025-01-10',
    usage: 20_000,
    repairDate: '2026-11-24',
    parts: [{ partCode: 'T-HL-01', quantity: 1 }],
    labour: [{ hours: 1.5, partCode: 'T-HL-01' }],
    ...r,
  })

  beforeAll(async () => {
    h = await createHarness(target, new Date('2026-11-24T02:00:00Z'))
    // These tests build their own rules from nothing: the fee demo data is cleared first.
    await h.db.execute(
      'truncate table fee_station_stock, fee_old_parts, fee_parts_requests, fee_quotes, fee_standards, fee_warranty_terms, fee_return_deadlines, fee_part_prices, fee_parts cascade',
    )
    admin = await h.as(await h.staffToken('admin'))
    finance = await h.as(await h.staffToken('finance'))
    bj = await h.as(await h.staffToken('bj.manager'))
    bjStaff = await h.as(await h.staffToken('bj.staff'))
    sh = await h.as(await h.staffToken('sh.manager'))
    liNa = await h.as(await h.customerToken('13800000002'))
    zhangWei = await h.as(await h.customerToken('13800000001'))
    const orgs = await h.repos.organisations.list()
    bjId = orgs.find((o) => o.code === 'D-BJ01')!.id
    shId = orgs.find((o) => o.code === 'D-SH01')!.id
    // The rules these tests price with: two parts, H5 and X7 terms, with a card standard on H5.
    await admin.fee.hq.importCatalogue({
      format: 'csv',
      contentBase64: csv64([
        ['T-HL-01', '前大灯总成', 'Headlamp assembly', 'H5', '600', '980', '是', ''],
        ['T-BM-01', '鼓风机', 'Blower motor', 'X7', '700', '1080', '否', ''],
      ]),
    })
    for (const productLineCode of ['H5', 'X7'])
      await admin.fee.hq.addTerms({
        productLineCode,
        months: 36,
        usageLimit: 100_000,
        effectiveFrom: '2026-11-24',
        card: productLineCode === 'H5' ? { labourRateFen: 7000, partPrices: { 'T-HL-01': 90_000 } } : null,
      })
  })
  afterAll(() => h.close())

  describe('the catalogue', () => {
    it('imports CSV rows, lists them paged and searchable with the price in force', async () => {
      const page = await admin.fee.hq.catalogue({ q: '大灯', pageSize: 10 })
      expect(page.items.map((p) => [p.code, p.costFen, p.listFen, p.returnRequired])).toEqual([
        ['T-HL-01', 60_000, 98_000, true],
      ])
      expect((await bjStaff.fee.station.catalogue({ q: 'T-' })).total).toBe(2)
    })

    it('an XLSX file with one bad row: a per-row/column report and nothing imported', async () => {
      const before = (await admin.fee.hq.catalogue({ q: 'X-' })).total
      const xlsx = await renderXlsx([
        {
          name: 'parts',
          columns: CATALOGUE_COLUMNS.map((c) => ({ header: c.header, key: c.key })),
          rows: [
            {
              code: 'X-OK-1',
              nameZh: '滤清器',
              nameEn: 'Filter',
              productLine: 'H5',
              cost: '10',
              list: '20',
              returnRequired: '否',
              effectiveFrom: '',
            },
            {
              code: 'X-BAD',
              nameZh: '雨刮',
              nameEn: 'Wiper',
              productLine: 'Q9',
              cost: '-5',
              list: 'abc',
              returnRequired: '否',
              effectiveFrom: '',
            },
          ],
        },
      ])
      const out = await admin.fee.hq.importCatalogue({
        format: 'xlsx',
        contentBase64: xlsx.toString('base64'),
      })
      expect(out.imported).toBe(0)
      expect(out.errors.map((e) => [e.row, e.column, e.field])).toEqual([
        [3, 'D', 'productLine'],
        [3, 'E', 'cost'],
        [3, 'F', 'list'],
      ])
      expect((await admin.fee.hq.catalogue({ q: 'X-' })).total).toBe(before)
    })

    it('thousands of rows with one bad row at the end import nothing; without it, all in one go', async () => {
      const rows = Array.from({ length: 2500 }, (_, i) => [
        `BULK-${i}`,
        `配件${i}`,
        `Part ${i}`,
        'T3',
        '1.00',
        '2.00',
        '否',
        '',
      ])
      const bad = await admin.fee.hq.importCatalogue({
        format: 'csv',
        contentBase64: csv64([...rows, ['BULK-0', '重复', '', 'T3', '1', '2', '', '']]),
      })
      expect(bad.imported).toBe(0)
      expect(bad.errors).toEqual([expect.objectContaining({ row: 2502, column: 'A', field: 'code' })])
      expect((await admin.fee.hq.catalogue({ q: 'BULK-' })).total).toBe(0)
      const good = await admin.fee.hq.importCatalogue({ format: 'csv', contentBase64: csv64(rows) })
      expect(good).toMatchObject({ imported: 2500, errors: [] })
      expect((await admin.fee.hq.catalogue({ q: 'BULK-', pageSize: 200, page: 13 })).items).toHaveLength(100)
    })

    it('a failure inside the import transaction rolls every batch back', async () => {
      const rows = Array.from({ length: 1500 }, (_, i) => ({
        code: `RB-${i}`,
        nameZh: '回滚',
        nameEn: 'Rollback',
        productLineCode: 'T3',
        costFen: 1,
        listFen: 2,
        returnRequired: false,
        effectiveFrom: '2026-11-24',
        change: 'added' as const,
        writePrice: true,
      }))
      await expect(
        h.deps.uow.run(async (repos) => {
          await repos.fee.catalogue.importRows(rows, h.now())
          throw new Error('disk full')
        }),
      ).rejects.toThrow('disk full')
      expect((await admin.fee.hq.catalogue({ q: 'RB-' })).total).toBe(0)
    })

    it('exports never write a formula: cells starting with = + - @ come back quoted as text', async () => {
      await admin.fee.hq.upsertPart({
        code: 'F-1',
        productLineCode: 'H5',
        nameZh: '=HYPERLINK("http://x")',
        nameEn: '@SUM(A1)',
        returnRequired: false,
        costFen: 100,
        listFen: 250,
      })
      const out = await exportedFile(
        await admin.fee.hq.exportCatalogue({ productLineCode: 'H5', format: 'csv' }),
      )
      const row = parseCsvRows(out.text.slice(1)).find((r) => r[0] === 'F-1')!
      expect(row.slice(1, 3)).toEqual([`'=HYPERLINK("http://x")`, "'@SUM(A1)"])
      expect(row.slice(4, 6)).toEqual(['1.00', '2.50'])
      const xlsx = await admin.fee.hq.exportCatalogue({ productLineCode: 'H5', format: 'xlsx' })
      // An XLSX string cell never runs as a formula: the text is stored as it is, unprefixed.
      const xrow = (await readXlsxRows(await exportedBytes(xlsx))).find((r) => r[0] === 'F-1')!
      expect(xrow.slice(1, 3)).toEqual(['=HYPERLINK("http://x")', '@SUM(A1)'])
    })

    it('refuses retroactive prices and unknown product lines', async () => {
      const part = {
        code: 'F-2',
        productLineCode: 'H5',
        nameZh: '测试',
        returnRequired: false,
        costFen: 1,
        listFen: 2,
      }
      expect(await codeOf(admin.fee.hq.upsertPart({ ...part, effectiveFrom: '2026-01-01' }))).toBe(
        'BAD_REQUEST',
      )
      expect(await codeOf(admin.fee.hq.upsertPart({ ...part, productLineCode: 'Q9' }))).toBe('BAD_REQUEST')
      expect(await codeOf(admin.fee.hq.upsertPart({ ...part, costFen: -1 }))).toBe('BAD_REQUEST')
    })
  })

  describe('fee standards, quotes and the simulator', () => {
    let quoteId: string
    let standardId: string

    it('refuses a negative or absurd standard, and a staff member cannot propose', async () => {
      const s = { clientRequestId: randomUUID(), calloutFeeFen: 5000, effectiveFrom: '2026-11-24' }
      expect(await codeOf(bj.fee.station.proposeStandard({ ...s, labourRateFen: -8000 }))).toBe('BAD_REQUEST')
      expect(await codeOf(bj.fee.station.proposeStandard({ ...s, labourRateFen: 200_001 }))).toBe(
        'BAD_REQUEST',
      )
      expect(await codeOf(bjStaff.fee.station.proposeStandard({ ...s, labourRateFen: 8000 }))).toBe(
        'FORBIDDEN',
      )
    })

    it('a quote priced with an unapproved standard is flagged and cannot be finalised', async () => {
      const proposed = await bj.fee.station.proposeStandard({
        clientRequestId: randomUUID(),
        labourRateFen: 8000,
        calloutFeeFen: 5000,
        extras: [{ code: 'WASH', nameZh: '洗车', priceFen: 3000 }],
        effectiveFrom: '2026-11-24',
      })
      standardId = proposed.id
      expect(proposed).toMatchObject({ status: 'proposed', seq: 1 })
      const q = await bjStaff.fee.station.quote({ ...repair(), clientRequestId: randomUUID() })
      quoteId = q.id
      expect(q.priced.unapprovedStandard).toBe(true)
      expect(
        q.priced.lines.map((l) => [l.kind, l.inWarranty, l.unapprovedStandard, l.dealerReimbursementFen]),
      ).toEqual([
        ['part', true, false, 60_000],
        ['labour', true, true, 12_000],
      ])
      expect(
        await codeOf(
          bjStaff.fee.station.quote({ ...repair(), clientRequestId: randomUUID(), finalise: true }),
        ),
      ).toBe('PRECONDITION_FAILED')
      expect(await codeOf(bjStaff.fee.station.finaliseQuote({ id: q.id, version: q.version }))).toBe(
        'PRECONDITION_FAILED',
      )
    })

    it('HQ sees the impact on the open quote, approves, and the station can finalise', async () => {
      const impact = await admin.fee.hq.standardImpact({ id: standardId })
      expect(impact.quotes).toEqual([
        expect.objectContaining({
          quoteId,
          applies: true,
          becomesChargeable: true,
          deltaReimbursementFen: 0,
        }),
      ])
      // The station has no unsubmitted claim lines here (their re-pricing is unit-tested in the domain).
      expect(impact.claimLines).toEqual({ lines: [], affected: 0, deltaReimbursementFen: 0 })
      const queue = await admin.fee.hq.standards({ status: 'proposed' })
      const item = queue.items.find((s) => s.id === standardId)!
      expect(item.dealerCode).toBe('D-BJ01')
      expect(await codeOf(admin.fee.hq.approveStandard({ id: standardId, version: item.version + 1 }))).toBe(
        'CONFLICT',
      )
      expect(await codeOf(finance.fee.hq.approveStandard({ id: standardId, version: item.version }))).toBe(
        'FORBIDDEN',
      )
      const approved = await admin.fee.hq.approveStandard({ id: standardId, version: item.version })
      expect(approved).toMatchObject({ status: 'approved', effectiveFrom: '2026-11-24', decidedBy: 'admin' })
      const q = await bj.fee.station.quoteDetail({ id: quoteId })
      const done = await bj.fee.station.finaliseQuote({ id: quoteId, version: q.version })
      expect(done).toMatchObject({
        status: 'final',
        unapprovedStandard: false,
        dealerReimbursementFen: 72_000,
      })
    })

    it('out of warranty the customer pays the lower of standard and card, with explanations', async () => {
      const out = await admin.fee.hq.simulate({
        ...repair({ usage: 150_000, callout: true, extras: [{ code: 'WASH', quantity: 1 }] }),
        stationId: bjId,
      })
      expect(out.lines.map((l) => [l.kind, l.reason.code, l.customerChargeFen])).toEqual([
        ['part', 'OUT_BY_USAGE', 90_000], // card 900 < list 980
        ['labour', 'OUT_BY_USAGE', 10_500], // card 70/h < standard 80/h, × 1.5 h
        ['callout', 'OUT_BY_USAGE', 5000],
        ['extra', 'EXTRA_NOT_COVERED', 3000],
      ])
      expect(out.lines[1]!.explanation.version).toContain('fee-standard #1')
      expect(out.totals).toEqual({ customerChargeFen: 108_500, dealerReimbursementFen: 0 })
      // Another station has no standard at all: labour cannot be priced.
      expect(await codeOf(admin.fee.hq.simulate({ ...repair(), stationId: shId }))).toBe(
        'PRECONDITION_FAILED',
      )
    })

    it('re-pricing an old repair gives the old answer after the rules change', async () => {
      const old = await admin.fee.hq.simulate({ ...repair({ usage: 150_000 }), stationId: bjId })
      await admin.fee.hq.upsertPart({
        code: 'T-HL-01',
        productLineCode: 'H5',
        nameZh: '前大灯总成',
        nameEn: 'Headlamp assembly',
        returnRequired: true,
        costFen: 65_000,
        listFen: 120_000,
        effectiveFrom: '2026-12-01',
      })
      await admin.fee.hq.addTerms({
        productLineCode: 'H5',
        months: 24,
        usageLimit: 200_000,
        effectiveFrom: '2026-12-01',
      })
      h.setNow(new Date('2026-12-02T02:00:00Z'))
      expect(await admin.fee.hq.simulate({ ...repair({ usage: 150_000 }), stationId: bjId })).toEqual(old)
      const later = await admin.fee.hq.simulate({
        ...repair({ usage: 150_000, repairDate: '2026-12-02' }),
        stationId: bjId,
      })
      expect(later.lines[0]).toMatchObject({ inWarranty: true, dealerReimbursementFen: 65_000 })
      expect(later.lines[0]!.explanation.version).toContain('warranty-terms H5 v2 (2026-12-01)')
      const terms = await admin.fee.hq.terms({ productLineCode: 'H5' })
      expect(terms.filter((t) => t.partCode === null).map((t) => t.version)).toEqual([2, 1])
      expect(await codeOf(admin.fee.hq.removeTerms({ id: terms[0]!.id }))).toBe('PRECONDITION_FAILED')
    })

    it('a second version of the same terms on the same day is a conflict naming the date, not a 500', async () => {
      const again = { productLineCode: 'H5', months: 36, usageLimit: 100_000, effectiveFrom: '2027-03-01' }
      const first = await admin.fee.hq.addTerms(again)
      const err = await admin.fee.hq.addTerms({ ...again, months: 12 }).catch((e: unknown) => e)
      expect(err).toMatchObject({ code: 'CONFLICT' })
      expect(errorData(err as TRPCError).data).toMatchObject({
        domainCode: 'FEE.TERMS_DATE_TAKEN',
        field: 'effectiveFrom',
      })
      const onThatDay = (await admin.fee.hq.terms({ productLineCode: 'H5' })).filter(
        (t) => t.effectiveFrom === '2027-03-01',
      )
      expect(onThatDay.map((t) => [t.id, t.months])).toEqual([[first.id, 36]])
    })

    it('a quote for a customer vehicle takes its facts and shows the customer plain reasons', async () => {
      // 李娜's X7 (LHX7B2345N0000002, bought 2025-11-02) at 北京朝阳.
      const q = await bj.fee.station.quote({
        ...repair({
          productLineCode: 'H5',
          purchaseDate: '2000-01-01',
          repairDate: '2026-12-02',
          parts: [{ partCode: 'T-BM-01', quantity: 1 }],
          labour: [],
        }),
        vin: 'LHX7B2345N0000002',
        clientRequestId: randomUUID(),
      })
      expect(q.repair).toMatchObject({ productLineCode: 'X7', purchaseDate: '2025-11-02' })
      const mine = await liNa.fee.my.quotes({})
      expect(mine.items).toEqual([expect.objectContaining({ id: q.id, totalFen: 0 })])
      expect(mine.items[0]!.lines[0]!.reason.zh).toContain('在保修期内')
      expect(JSON.stringify(mine.items[0])).not.toContain('dealerReimbursement')
      expect((await zhangWei.fee.my.quotes({})).items).toEqual([])
      expect(
        await codeOf(bj.fee.station.quote({ ...repair(), vin: 'NOPE', clientRequestId: randomUUID() })),
      ).toBe('BAD_REQUEST')
    })

    it('tenant isolation: another station never sees these quotes or standards', async () => {
      expect(await codeOf(sh.fee.station.quoteDetail({ id: quoteId }))).toBe('NOT_FOUND')
      expect(await codeOf(sh.fee.station.finaliseQuote({ id: quoteId, version: 1 }))).toBe('NOT_FOUND')
      expect((await sh.fee.station.quotes({})).total).toBe(0)
      expect((await sh.fee.station.standards()).items).toEqual([])
      expect((await bj.fee.station.quotes({})).total).toBe(2)
      expect((await bj.fee.station.standards()).inForceId).toBe(standardId)
    })

    it('a retried quote (same request id) is stored once', async () => {
      const input = { ...repair({ repairDate: '2026-12-02' }), clientRequestId: randomUUID() }
      const a = await bj.fee.station.quote(input)
      const b = await bj.fee.station.quote(input)
      expect(b.id).toBe(a.id)
    })
  })

  describe('old parts and parts requests', () => {
    it('registers with a deadline from HQ settings, goes overdue, and is deducted at the list price', async () => {
      h.setNow(new Date('2026-12-02T02:00:00Z'))
      await admin.fee.hq.setReturnDeadline({ scope: 'part', key: 'T-HL-01', days: 7 })
      await admin.fee.hq.setReturnDeadline({ scope: 'default', key: '*', days: 20 })
      const hl = await bj.fee.station.registerOldPart({
        clientRequestId: randomUUID(),
        partCode: 'T-HL-01',
        quantity: 2,
        serial: 'LHX5TEST',
        replacedOn: '2026-12-01',
      })
      const bm = await bj.fee.station.registerOldPart({
        clientRequestId: randomUUID(),
        partCode: 'T-BM-01',
        quantity: 1,
        serial: 'LHX7TEST',
        replacedOn: '2026-12-01',
      })
      expect([hl.returnDeadline, bm.returnDeadline]).toEqual(['2026-12-08', '2026-12-21'])
      expect(hl.registrationNumber).toMatch(/^JJ\d{8}-[0-9A-F]{10}$/)
      h.setNow(new Date('2026-12-09T02:00:00Z'))
      const overdue = await bj.fee.station.overdueOldParts()
      // Out-of-warranty price in force on 2026-12-09: 1 200 yuan (from 2026-12-01) × 2.
      expect(overdue.lines.map((l) => [l.registrationNumber, l.amountFen, l.daysOverdue])).toEqual([
        [hl.registrationNumber, 240_000, 1],
      ])
      expect((await bj.fee.station.oldParts({ overdueOnly: true })).items.map((r) => r.id)).toEqual([hl.id])
      expect((await admin.fee.hq.oldPartDeductions({ dealerId: bjId })).totalFen).toBe(240_000)
      expect((await sh.fee.station.overdueOldParts()).lines).toEqual([])
      expect(await codeOf(sh.fee.station.reportOldPart({ id: hl.id, version: hl.version }))).toBe('NOT_FOUND')
      const reported = await bj.fee.station.reportOldPart({ id: hl.id, version: hl.version })
      expect(await codeOf(bj.fee.station.reportOldPart({ id: hl.id, version: hl.version }))).toBe('CONFLICT')
      expect((await bj.fee.station.overdueOldParts()).lines).toEqual([])
      const calledIn = await admin.fee.hq.callInOldPart({ id: hl.id, version: reported.version })
      const received = await finance.fee.hq.markOldPartReceived({ id: hl.id, version: calledIn.version })
      expect(received.status).toBe('received')
      expect(await codeOf(admin.fee.hq.markOldPartReceived({ id: bm.id, version: bm.version }))).toBe(
        'PRECONDITION_FAILED',
      )
      expect((await sh.fee.station.oldParts({})).total).toBe(0)
    })

    it('a parts request: confirmed with cost and ship date (the debit), shipped, received into stock', async () => {
      h.setNow(new Date('2026-12-10T02:00:00Z'))
      const r = await bjStaff.fee.station.raisePartsRequest({
        clientRequestId: randomUUID(),
        lines: [{ partCode: 'T-HL-01', quantity: 3 }],
        note: '常用件备货',
      })
      const listed = await admin.fee.hq.partsRequests({ status: 'requested' })
      expect(listed.items.find((i) => i.id === r.id)!.suggestedCostFen).toBe(195_000)
      expect(await codeOf(sh.fee.station.receivePartsRequest({ id: r.id, version: r.version }))).toBe(
        'NOT_FOUND',
      )
      expect(
        await codeOf(
          admin.fee.hq.confirmPartsRequest({
            id: r.id,
            version: r.version,
            costTotalFen: -1,
            estimatedShipDate: '2026-12-15',
          }),
        ),
      ).toBe('BAD_REQUEST')
      const c = await finance.fee.hq.confirmPartsRequest({
        id: r.id,
        version: r.version,
        costTotalFen: 190_000,
        estimatedShipDate: '2026-12-15',
      })
      expect(c).toMatchObject({ status: 'confirmed', costTotalFen: 190_000, confirmedBy: 'finance' })
      const debits = await admin.fee.hq.confirmedDebits({ dealerId: bjId, period: '2026-12' })
      expect(debits).toMatchObject({
        totalFen: 190_000,
        debits: [expect.objectContaining({ requestId: r.id, amountFen: 190_000 })],
      })
      expect((await admin.fee.hq.confirmedDebits({ dealerId: shId, period: '2026-12' })).debits).toEqual([])
      expect(await h.repos.fee.partsRequests.confirmedDebits(bjId, '2026-11')).toEqual([])
      expect(await codeOf(bj.fee.station.receivePartsRequest({ id: r.id, version: c.version }))).toBe(
        'PRECONDITION_FAILED',
      )
      const s = await admin.fee.hq.shipPartsRequest({ id: r.id, version: c.version })
      await bj.fee.station.receivePartsRequest({ id: r.id, version: s.version })
      expect(await bj.fee.station.stock()).toEqual([
        expect.objectContaining({ partCode: 'T-HL-01', quantity: 3 }),
      ])
      expect(await sh.fee.station.stock()).toEqual([])
      expect((await sh.fee.station.partsRequests({})).total).toBe(0)
    })
  })
})
