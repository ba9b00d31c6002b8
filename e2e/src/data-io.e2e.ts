import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chinaDate, chinaMonth, IMPORT_COLUMNS } from '@asq/domain'
import ExcelJS from 'exceljs'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { animationsDone, launch, signInOn, snap } from './setup/browser'

/**
 * Issue 16 in the browser: data goes out and comes back. HQ downloads the price list as XLSX from the
 * catalogue's 导出 menu, changes one price in the file and imports it back (one row updated, the rest
 * recognised as unchanged); a station imports claim lines from a CSV that Excel on a Chinese Windows
 * saved in GB18030, and the Chinese text of the file shows intact on the claim.
 */
let browser: Browser
const dir = mkdtempSync(join(tmpdir(), 'asq-data-io-'))
const SFX = String(Date.now() % 100_000).padStart(5, '0')

/**
 * GB18030 bytes of a text, without an encoder in the platform: every two-byte GBK code is decoded once
 * to learn which character it stands for (ASCII is itself). Enough for the common Chinese of the file.
 */
function gb18030(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030')
  const table = new Map<string, [number, number]>()
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue
      const ch = decoder.decode(new Uint8Array([lead, trail]))
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [lead, trail])
    }
  const out: number[] = []
  for (const ch of text) {
    const code = ch.codePointAt(0)!
    if (code < 0x80) out.push(code)
    else {
      const bytes = table.get(ch)
      if (!bytes) throw new Error(`no two-byte GB18030 code for ${ch}`)
      out.push(...bytes)
    }
  }
  return new Uint8Array(out)
}

beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

describe('data goes out and comes back', () => {
  it('HQ exports the catalogue as XLSX, edits one price, imports it back: 1 updated, the rest unchanged', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true })
    await signInOn(page, 'admin', 'admin', '/fees')
    await page.getByTestId('catalogue-table').waitFor()
    await page.getByTestId('catalogue-export').click()
    await page.getByTestId('catalogue-export-xlsx').waitFor()
    await snap(page, 'data-io-01-admin-export-menu')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('catalogue-export-xlsx').click(),
    ])
    expect(download.suggestedFilename()).toBe(`parts-${chinaDate(new Date())}.xlsx`)
    const file = join(dir, download.suggestedFilename())
    await download.saveAs(file)

    // Edit one list price (column F) in the file, as a person would in Excel.
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer)
    const ws = wb.worksheets[0]!
    expect(ws.getRow(1).getCell(6).value).toBe('保外价(元) List price (yuan)')
    const parts = ws.rowCount - 1
    expect(parts).toBeGreaterThan(1)
    const row = ws.getRow(2)
    const code = String(row.getCell(1).value)
    const price = Number(row.getCell(6).value)
    expect(Number.isFinite(price)).toBe(true)
    row.getCell(6).value = price + 1.5
    const edited = join(dir, 'parts-edited.xlsx')
    writeFileSync(edited, Buffer.from(await wb.xlsx.writeBuffer()))

    await page.getByTestId('import-open').click()
    await page.getByTestId('import-file').setInputFiles(edited)
    await page.getByTestId('import-start').click()
    const done = page.getByTestId('import-done')
    await done.waitFor()
    expect(await done.innerText()).toContain(`未变 ${parts - 1} 行，更新 1 行，新增 0 行`)
    await animationsDone(page) // the progress bar finishes its animation before the screenshot
    await snap(page, 'data-io-02-admin-import-one-updated')
    await page.getByRole('button', { name: '关闭' }).last().click()

    await page
      .locator('input[data-testid="catalogue-search"], [data-testid="catalogue-search"] input')
      .first()
      .fill(code)
    const shown = page.getByTestId('catalogue-table').locator('.el-table__body tr.el-table__row').first()
    const yuan = (price + 1.5).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
    await expect.poll(() => shown.innerText()).toContain(`¥${yuan}`)
    await page.close()
  })

  it('a station imports a GB18030 CSV of claim lines and sees its Chinese intact on the claim', async () => {
    const period = chinaMonth(new Date())
    const day = chinaDate(new Date())
    const header = IMPORT_COLUMNS.slice(0, 6).map((c) => c.header)
    const ros = [`沪浦东维修-${SFX}-1`, `前刹车片更换-${SFX}-2`]
    const lines = ros.map((ro) => [ro, day, 'LHX7D4567N0000004', 'X7BP001', '1', '1.5'])
    const text = `${[header, ...lines].map((r) => r.join(',')).join('\r\n')}\r\n`
    const bytes = gb18030(text)
    // Truly GB18030, not UTF-8: the file would not read as UTF-8.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow()
    const file = join(dir, 'claim-lines.gb18030.csv')
    writeFileSync(file, bytes)

    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    await signInOn(page, 'dealer', 'sh.manager', `/reimbursement?period=${period}`)
    await page.getByTestId('claim-status').waitFor()
    await page.getByTestId('import-open').click()
    await page.getByTestId('import-file').setInputFiles(file)
    await page.getByTestId('import-start').click()
    await page.getByTestId('import-message').getByText('已导入 2 行').waitFor()
    await animationsDone(page)
    await snap(page, 'data-io-03-dealer-gb18030-imported')
    await page.keyboard.press('Escape')
    const table = page.getByTestId('claim-lines')
    for (const ro of ros) await table.getByText(ro).waitFor()
    await snap(page, 'data-io-04-dealer-claim-lines')
    await page.close()
  })
})
