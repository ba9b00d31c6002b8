import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { animationsDone, launch, signInOn, snap } from './setup/browser'

/**
 * Issue 12, defect 1: a form checked with the domain's schema marks each bad field red with its message
 * under it, in Chinese, before any request; the first bad field is in view.
 */
let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(() => browser?.close())

/** The message Element Plus shows under the form item that carries `testid`. */
const fieldError = (page: Page, testid: string) =>
  page.locator(`.el-form-item.is-error[data-testid="${testid}"] .el-form-item__error`)

/** A station manager's page at `path` in the dealer portal, at desk width. */
async function dealerOn(path: string) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
  await signInOn(page, 'dealer', 'bj.manager', path)
  return page
}

describe('forms say which field is wrong, on the field', () => {
  it('an empty quote: product line and purchase date are red with "必填" under them, the missing work is said under the parts, and nothing is sent', async () => {
    const page = await dealerOn('/fees/quotes/new')
    await page.getByTestId('quote-price').waitFor()
    let sent = 0
    page.on('request', (r) => {
      if (r.url().includes('fee.station.quote')) sent++
    })
    await page.getByTestId('quote-price').click()
    await expect.poll(() => fieldError(page, 'repair-productLine-item').innerText()).toBe('必填')
    expect(await fieldError(page, 'repair-purchaseDate').innerText()).toBe('必填')
    expect(await page.getByTestId('repair-parts-error').locator('.el-form-item__error').innerText()).toBe(
      '请至少添加一个配件、工时、外出服务或附加服务',
    )
    expect(await page.locator('.el-form-item.is-error').first().isVisible()).toBe(true)
    expect(sent).toBe(0)
    expect(page.url()).toMatch(/\/fees\/quotes\/new$/)
    await animationsDone(page)
    await snap(page, 'forms-01-dealer-quote-empty')

    // With the unit filled but still no work, only the parts rule is left, in either language.
    await page.getByTestId('repair-productLine').click()
    await page.locator('.el-select-dropdown__item:visible').first().click()
    const purchase = page.locator('[data-testid="repair-purchaseDate"] input').first()
    await purchase.click()
    await purchase.fill('2024-06-20')
    await purchase.press('Enter')
    await page.keyboard.press('Escape')
    await page.getByTestId('quote-price').click()
    await expect
      .poll(() => page.getByTestId('repair-parts-error').locator('.el-form-item__error').innerText())
      .toBe('请至少添加一个配件、工时、外出服务或附加服务')
    expect(await page.locator('.el-form-item.is-error').count()).toBe(1)
    expect(sent).toBe(0)
    await page.getByTestId('lang-switch').click()
    await expect
      .poll(() => page.getByTestId('repair-parts-error').locator('.el-form-item__error').innerText())
      .toBe('Add at least one part, labour line, call-out or extra service')
    await page.getByTestId('lang-switch').click()
    await page.close()
  })

  it('an empty old-part registration: part code and serial are red with "必填" under them', async () => {
    const page = await dealerOn('/fees/old-parts')
    await page.getByTestId('old-part-register').click()
    await page.getByTestId('old-part-submit').click()
    await expect.poll(() => fieldError(page, 'old-part-partCode').innerText()).toBe('必填')
    expect(await fieldError(page, 'old-part-serial').innerText()).toBe('必填')
    await animationsDone(page)
    await snap(page, 'forms-02-dealer-old-part-empty')
    await page.close()
  })
})
