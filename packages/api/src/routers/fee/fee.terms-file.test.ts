import { testDatabases } from '@asq/db/testing'
import { TERMS_COLUMNS, termsToExport } from '@asq/domain'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, type Harness } from '../../testing/harness'

type Caller = Awaited<ReturnType<Harness['as']>>
const DAY = 86_400_000
const column = (key: string) => TERMS_COLUMNS.findIndex((c) => c.key === key) + 1

/** Changes the months of the product line's own terms (no part) in an exported XLSX, as Excel would. */
async function editMonths(base64: string, productLine: string, months: number) {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer)
  let edited = 0
  wb.worksheets[0]!.eachRow((row, n) => {
    const part = row.getCell(column('partCode')).value
    if (n > 1 && row.getCell(column('productLine')).value === productLine && !part) {
      row.getCell(column('months')).value = months
      edited++
    }
  })
  expect(edited).toBe(1)
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64')
}

describe.each(testDatabases())('the warranty terms round-trip on $name', (target) => {
  let h: Harness
  let admin: Caller
  const audits = async () => (await h.repos.audit.list({ limit: 1, offset: 0 })).total

  beforeAll(async () => {
    h = await createHarness(target, new Date('2026-11-24T02:00:00Z'))
    admin = await h.as(await h.staffToken('admin'))
    // A scheduled version too, so the file holds one of each kind.
    await admin.fee.hq.addTerms({
      productLineCode: 'X7',
      months: 30,
      usageLimit: 90_000,
      effectiveFrom: '2027-01-01',
    })
    h.advance(3 * DAY)
  })
  afterAll(() => h.close())

  it('an unchanged export (CSV and XLSX) imports as all unchanged and writes nothing', async () => {
    const terms = await admin.fee.hq.terms({})
    const expected = termsToExport(terms, '2026-11-27').length
    expect(expected).toBeGreaterThan(1)
    for (const format of ['csv', 'xlsx'] as const) {
      const out = await admin.fee.hq.exportTerms({ format })
      expect(out.filename).toBe(`warranty-terms-2026-11-27.${format}`)
      const contentBase64 = format === 'csv' ? Buffer.from(out.content).toString('base64') : out.content
      const before = await audits()
      const again = await admin.fee.hq.importTerms({ contentBase64 })
      expect(again).toEqual({
        imported: 0,
        total: expected,
        errors: [],
        summary: { added: 0, updated: 0, unchanged: expected },
      })
      expect(await audits()).toBe(before)
      expect(await admin.fee.hq.terms({})).toEqual(terms)
    }
  })

  it('months edited in the XLSX: one new version from today, the rest unchanged, one audit event', async () => {
    const out = await admin.fee.hq.exportTerms({ format: 'xlsx' })
    const total = termsToExport(await admin.fee.hq.terms({}), '2026-11-27').length
    const before = await audits()
    const r = await admin.fee.hq.importTerms({ contentBase64: await editMonths(out.content, 'H5', 37) })
    expect(r).toEqual({
      imported: 1,
      total,
      errors: [],
      summary: { added: 0, updated: 1, unchanged: total - 1 },
    })
    expect(await audits()).toBe(before + 1)
    const h5 = (await admin.fee.hq.terms({ productLineCode: 'H5' })).filter((t) => t.partCode === null)
    expect(h5.find((t) => t.effectiveFrom === '2026-11-27')).toMatchObject({ months: 37 })
  })

  it('a file with one bad row imports nothing and names the row and column', async () => {
    const out = await admin.fee.hq.exportTerms({ format: 'csv' })
    const lines = out.content.split('\r\n')
    const cells = lines[1]!.split(',')
    cells[column('usageUnit') - 1] = '英里'
    const bad = [lines[0], cells.join(','), ...lines.slice(2)].join('\r\n')
    const before = await admin.fee.hq.terms({})
    const r = await admin.fee.hq.importTerms({ contentBase64: Buffer.from(bad).toString('base64') })
    expect(r).toMatchObject({ imported: 0, errors: [{ row: 2, column: 'E', field: 'usageUnit' }] })
    expect(await admin.fee.hq.terms({})).toEqual(before)
  })
})
