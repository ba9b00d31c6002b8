import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, signInOn, snap } from './setup/browser'
import { fileAndCloseAtBeijing } from './setup/case-steps'
import { query, signIn } from './setup/trpc'

/**
 * Issue 18, reward/penalty notices (奖罚通知单) as their people live them: a serious case of the Beijing
 * station closes, HQ's service desk issues a penalty and submits it, the general manager approves it, and
 * only the Beijing station sees it, on its notices and on its scorecard, where HQ sees it too.
 */
let browser: Browser
let complaintNumber = ''
let stationId = ''
const REASON = '重大抱怨处理延误 Serious case handled late'

beforeAll(async () => {
  browser = await launch()
  const admin = await signIn('admin')
  const service = await signIn('service')
  const station = await signIn('bj.manager')
  const closed = await fileAndCloseAtBeijing(service, admin, station, {
    cause: 'repair_quality',
    severity: 'major',
    summary: '返修三次仍漏油 Oil leak after three repairs',
    description: '客户来电：发动机漏油，返修三次未解决。',
    customerName: '钱进',
    customerContact: '13900008888',
    result: '更换油封 Oil seal replaced',
    followUp: '客户确认 Customer confirms',
  })
  complaintNumber = closed.number
  const dealers = await query<{ id: string; code: string }[]>(admin, 'identity.organisations', {
    kind: 'dealer',
  })
  stationId = dealers.find((d) => d.code === 'D-BJ01')!.id
})
afterAll(() => browser?.close())

const newPage = () => browser.newPage({ viewport: { width: 1440, height: 900 } })
const noticeRow = (page: Page) => page.getByTestId('notice-table').locator('tr', { hasText: complaintNumber })

describe('a penalty notice for a serious case goes through the general manager to that station only', () => {
  it("HQ's service desk issues a penalty for the month's serious case and submits it", async () => {
    const page = await newPage()
    await signInOn(page, 'admin', 'service', '/notices')
    const serious = page.getByTestId('serious-cases').locator('tr', { hasText: complaintNumber })
    await serious.waitFor()
    await serious.getByTestId('notice-issue').click()
    const dialog = page.getByTestId('notice-dialog')
    await dialog.getByTestId('notice-save').click()
    // The amount and the reason are checked before anything is sent, beside their fields.
    await dialog.locator('.el-form-item.is-error').first().waitFor()
    await dialog.getByTestId('notice-amount').fill('1234.5')
    await dialog.getByTestId('notice-reason').fill(REASON)
    await snap(page, 'notice-hq-issue')
    await dialog.getByTestId('notice-save').click()
    await dialog.waitFor({ state: 'hidden' })
    await noticeRow(page).getByTestId('notice-state').getByText('草稿').waitFor()
    expect(await noticeRow(page).innerText()).toContain('¥1,234.50')
    await noticeRow(page).getByTestId('notice-submit').click()
    await noticeRow(page).getByTestId('notice-state').getByText('待审批').waitFor()
    // The issuer is not the approver: no approve button for the service desk.
    expect(await noticeRow(page).getByTestId('notice-approve').count()).toBe(0)
    await snap(page, 'notice-hq-submitted')
    await page.close()
  })

  it('the general manager approves it after a confirmation', async () => {
    const page = await newPage()
    await signInOn(page, 'admin', 'gm', '/notices')
    await noticeRow(page).getByTestId('notice-approve').click()
    await page.locator('.el-message-box').getByText('确定批准').waitFor()
    await page.locator('.el-message-box .el-button--primary').click()
    await noticeRow(page).getByTestId('notice-state').getByText('已批准').waitFor()
    await snap(page, 'notice-gm-approved')
    await page.close()
  })

  it('the Beijing station sees the approved notice; Shanghai sees neither it in its list nor its page', async () => {
    const page = await newPage()
    await signInOn(page, 'dealer', 'bj.manager', '/notices')
    const row = page.getByTestId('station-notice-table').locator('tr', { hasText: complaintNumber })
    await row.waitFor()
    await row.getByTestId('station-notice-open').click()
    await page.getByTestId('station-notice').getByText(REASON).waitFor()
    await page.getByTestId('station-notice-kind').getByText('处罚').waitFor()
    const noticeUrl = page.url()
    expect(noticeUrl).toMatch(/\/dealer\/notices\/[0-9a-f-]{36}$/)
    await snap(page, 'notice-station-bj')
    await page.close()

    const other = await newPage()
    await signInOn(other, 'dealer', 'sh.manager', '/notices')
    await other.getByTestId('station-notices').waitFor()
    await other.waitForLoadState('networkidle')
    expect(await other.getByTestId('station-notices').innerText()).not.toContain(complaintNumber)
    await other.goto(noticeUrl)
    await other.getByTestId('station-notice').locator('.el-alert--error').waitFor()
    expect(await other.getByTestId('station-notice').innerText()).not.toContain(REASON)
    await snap(other, 'notice-station-sh')
    await other.close()
  })

  it("the notice shows on the Beijing station's scorecard and on HQ's view of it", async () => {
    const page = await newPage()
    await signInOn(page, 'dealer', 'bj.manager', '/scorecard')
    const notices = page.getByTestId('scorecard-notices')
    await notices.getByText(REASON).waitFor()
    expect(await notices.getByTestId('scorecard-notices-total').innerText()).toContain('-¥1,234.50')
    await snap(page, 'notice-station-scorecard')
    await page.screenshot({ path: '/tmp/exam-notice-station-scorecard.png', fullPage: true })
    await notices.getByTestId('scorecard-notice').filter({ hasText: REASON }).click()
    await page.getByTestId('station-notice').getByText(REASON).waitFor()
    await page.close()

    const hq = await newPage()
    await signInOn(hq, 'admin', 'service', `/kpi/stations/${stationId}`)
    await hq.getByTestId('scorecard-notices').getByText(REASON).waitFor()
    await snap(hq, 'notice-hq-scorecard')
    await hq.screenshot({ path: '/tmp/exam-notice-hq-scorecard.png', fullPage: true })
    await hq.close()
  })
})
