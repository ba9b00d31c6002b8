import { readFileSync } from 'node:fs'
import { testDatabases } from '@asq/db/testing'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportedBase64 } from '../../testing/exported'
import { createHarness, type Harness } from '../../testing/harness'

type Caller = Awaited<ReturnType<Harness['as']>>
const fixture = (name: string) =>
  readFileSync(new URL(`../../uploads/fixtures/${name}`, import.meta.url)).toString('base64')
const DAY = 86_400_000

/** Sets one cell of the first sheet of an XLSX (base64) as a user would in Excel, keeping the rest. */
async function editXlsx(base64: string, code: string, column: number, value: number) {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer)
  wb.worksheets[0]!.eachRow((row) => {
    if (row.getCell(1).value === code) row.getCell(column).value = value
  })
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64')
}

describe.each(testDatabases())('the price list round-trips on $name', (target) => {
  let h: Harness
  let admin: Caller
  const audits = async () => (await h.repos.audit.list({ limit: 1, offset: 0 })).total
  const ours = async () => (await admin.fee.hq.catalogue({ q: 'FX-', pageSize: 50 })).items

  beforeAll(async () => {
    h = await createHarness(target, new Date('2026-11-24T02:00:00Z'))
    admin = await h.as(await h.staffToken('admin'))
  })
  afterAll(() => h.close())

  it('a GB18030 file and a UTF-8 file with a BOM import identically', async () => {
    const first = await admin.fee.hq.importCatalogue({ contentBase64: fixture('catalogue.utf8-bom.csv') })
    expect(first).toMatchObject({ errors: [], summary: { added: 4, updated: 0, unchanged: 0 } })
    const parts = await ours()
    expect(parts.map((p) => [p.code, p.nameZh, p.nameEn])).toEqual([
      ['FX-BM-01', '鼓风机电机', 'Blower motor'],
      ['FX-CV-01', '等速万向节𠀀', 'CV joint, outer'],
      ['FX-EQ-01', '=HYPERLINK("http://x","y")', 'Formula-looking name'],
      ['FX-HL-01', '前大灯总成（左）', 'Headlamp assembly (left)'],
    ])
    const before = await audits()
    const again = await admin.fee.hq.importCatalogue({ contentBase64: fixture('catalogue.gb18030.csv') })
    expect(again).toMatchObject({ imported: 0, errors: [], summary: { added: 0, updated: 0, unchanged: 4 } })
    expect(await ours()).toEqual(parts)
    expect(await audits()).toBe(before)
  })

  it('an unchanged export, weeks later, imports as all unchanged and writes nothing', async () => {
    h.advance(30 * DAY) // every price now took effect in the past
    const all = (await admin.fee.hq.catalogue({ pageSize: 1 })).total
    for (const format of ['csv', 'xlsx'] as const) {
      const contentBase64 = await exportedBase64(await admin.fee.hq.exportCatalogue({ format }))
      const before = await audits()
      const again = await admin.fee.hq.importCatalogue({ contentBase64 })
      expect(again).toMatchObject({
        imported: 0,
        errors: [],
        summary: { added: 0, updated: 0, unchanged: all },
      })
      expect(await audits()).toBe(before)
    }
  })

  it('one price edited in the XLSX: 1 updated, the rest unchanged, the new price in force from today', async () => {
    const all = (await admin.fee.hq.catalogue({ pageSize: 1 })).total
    const out = await exportedBase64(await admin.fee.hq.exportCatalogue({ format: 'xlsx' }))
    const edited = await editXlsx(out, 'FX-HL-01', 6, 1024.5)
    const r = await admin.fee.hq.importCatalogue({ contentBase64: edited })
    expect(r).toMatchObject({
      imported: 1,
      errors: [],
      summary: { added: 0, updated: 1, unchanged: all - 1 },
    })
    const part = await admin.fee.hq.part({ code: 'FX-HL-01' })
    expect(part.prices.map((p) => [p.effectiveFrom, p.listFen])).toEqual([
      ['2026-11-24', 98_000],
      ['2026-12-24', 102_450],
    ])
  })

  it('refuses what is neither UTF-8 nor GB18030, and a legacy .xls, with a message that says why', async () => {
    const latin1 = Buffer.from('code,name\r\nP-1,caf\xe9 na\xefve', 'latin1')
    for (const bytes of [latin1, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])])
      await expect(admin.fee.hq.importCatalogue({ contentBase64: bytes.toString('base64') })).rejects.toThrow(
        /UTF-8|\.xls/,
      )
  })
})
