import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { baseUrl, codeSentTo, launch, snap } from './setup/browser'
import { chooseWithKeys, tabTo } from './setup/keyboard'

/**
 * Without a mouse: a customer files a complaint on the phone and the station answers it, every step
 * with Tab, arrow keys, Enter, Space and Escape only (no click anywhere in this file).
 */
const CUSTOMER = '13800000006' // 一 demo customer no other browser test signs in as
const SUMMARY = '仪表盘异响 Dashboard rattle (keyboard)'

let browser: Browser
let customer: Page
let station: Page
let number = ''

beforeAll(async () => {
  browser = await launch()
})
afterAll(() => browser?.close())

describe('a complaint filed and answered with the keyboard only', () => {
  it('the customer signs in and files the complaint on the phone', async () => {
    customer = await browser.newPage({ viewport: { width: 390, height: 844 } })
    await customer.goto(`${baseUrl()}/portal/`)
    await tabTo(customer, 'login-contact')
    await customer.keyboard.type(CUSTOMER)
    await tabTo(customer, 'login-request-code')
    await customer.keyboard.press('Enter')
    await customer.getByTestId('login-code').waitFor()
    await tabTo(customer, 'login-code')
    await customer.keyboard.type(await codeSentTo(CUSTOMER))
    await customer.keyboard.press('Enter')
    await customer.getByTestId('home').waitFor()

    await tabTo(customer, 'complaint-file')
    await customer.keyboard.press('Enter')
    await customer.getByTestId('complaint-form').waitFor()
    await tabTo(customer, 'complaint-station')
    await chooseWithKeys(customer, '北京朝阳')
    await tabTo(customer, 'complaint-cause')
    await chooseWithKeys(customer, '维修质量')
    await tabTo(customer, 'complaint-summary')
    await customer.keyboard.type(SUMMARY)
    await tabTo(customer, 'complaint-description')
    await customer.keyboard.type('行驶中仪表盘右侧有持续异响。')
    await snap(customer, 'keyboard-01-portal-form')
    await tabTo(customer, 'complaint-submit')
    await customer.keyboard.press('Enter')

    await customer.getByTestId('complaint-progress').waitFor()
    number = await customer.getByTestId('complaint-number').innerText()
    expect(number).toMatch(/^CP-\d{4}-\d{6}$/)
    expect(await customer.locator('h1.summary').innerText()).toContain('仪表盘异响')
  })

  it('the station signs in, opens the case from its queue and responds', async () => {
    station = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    await station.goto(`${baseUrl()}/dealer/`)
    await tabTo(station, 'login-username')
    await station.keyboard.type('bj.staff')
    await tabTo(station, 'login-password')
    await station.keyboard.type('demo123456')
    await station.keyboard.press('Enter')
    await station.getByTestId('home').waitFor()

    await station.goto(`${baseUrl()}/dealer/complaints`)
    await station.getByTestId(`queue-row-${number}`).waitFor()
    await tabTo(station, `queue-row-${number}`)
    await station.keyboard.press('Enter')
    await station.getByTestId('station-actions').waitFor()

    // A dialog opened by keyboard keeps the focus inside and closes with Escape.
    await tabTo(station, 'action-respond')
    await station.keyboard.press('Enter')
    await station.getByTestId('field-note').waitFor()
    await station.keyboard.press('Escape')
    await station.getByTestId('field-note').waitFor({ state: 'hidden' })

    await tabTo(station, 'action-respond', { back: true })
    await station.keyboard.press('Space')
    await station.getByTestId('field-note').waitFor()
    await tabTo(station, 'field-note')
    await station.keyboard.type('已致电客户，约定明天到店检查。')
    await tabTo(station, 'command-submit')
    await station.keyboard.press('Enter')
    await expect
      .poll(() => station.getByTestId('complaint-history').innerText())
      .toContain('约定明天到店检查')
    await snap(station, 'keyboard-02-dealer-responded')
  })

  it('the customer sees the answer on the timeline', async () => {
    await expect
      .poll(
        async () => {
          await customer.reload()
          return customer
            .getByTestId('complaint-timeline')
            .innerText({ timeout: 5_000 })
            .catch(() => '')
        },
        { timeout: 30_000 },
      )
      .toContain('服务站已与您联系')
    await snap(customer, 'keyboard-03-portal-answered')
  })
})

describe('HQ and the supplier reach their cases with the keyboard only', () => {
  /** Signs a staff member in on an app's login page with Tab, typing and Enter. */
  async function signInByKeyboard(page: Page, app: 'admin' | 'supplier', username: string) {
    await page.goto(`${baseUrl()}/${app}/`)
    await tabTo(page, 'login-username')
    await page.keyboard.type(username)
    await tabTo(page, 'login-password')
    await page.keyboard.type('demo123456')
    await page.keyboard.press('Enter')
    await page.getByTestId('home').waitFor()
  }

  it("HQ finds the customer's case at the desk by its number and opens it", async () => {
    const hq = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    await signInByKeyboard(hq, 'admin', 'service')
    await hq.goto(`${baseUrl()}/admin/complaints`)
    await hq.getByTestId('desk-table').waitFor()
    await tabTo(hq, 'desk-search')
    await hq.keyboard.type(number)
    await hq.keyboard.press('Enter')
    await hq.getByTestId(`desk-row-${number}`).waitFor()
    await tabTo(hq, `desk-row-${number}`)
    await hq.keyboard.press('Enter')
    await hq.getByTestId('desk-complaint').waitFor()
    expect(await hq.getByTestId('complaint-number').innerText()).toBe(number)
    await snap(hq, 'keyboard-04-admin-case')
    await hq.close()
  })

  it('the supplier opens a claim from its inbox', async () => {
    const supplier = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    await signInByKeyboard(supplier, 'supplier', 'lamp.supplier')
    await supplier.goto(`${baseUrl()}/supplier/claims`)
    await supplier.getByTestId('claims-table').waitFor()
    const first = await supplier.getByTestId('claim-row').first().innerText()
    await tabTo(supplier, 'claim-row')
    await supplier.keyboard.press('Enter')
    await supplier.getByTestId('claim-detail').waitFor()
    expect(await supplier.getByTestId('claim-number').innerText()).toBe(first)
    await snap(supplier, 'keyboard-05-supplier-claim')
    await supplier.close()
  })
})
