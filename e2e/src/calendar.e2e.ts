import { randomUUID } from 'node:crypto'
import { chinaDateTime } from '@asq/domain'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { baseUrl, launch, snap } from './setup/browser'
import { mutate, query, type Session, signIn } from './setup/trpc'

/**
 * Issue 15 in the browser, on a laptop whose clock is on UTC (the browser context's time zone is
 * overridden to UTC): HQ loads the State Council's 2026 notice after previewing it as a year grid, sets
 * a station's opening hours (with a lunch break), and a complaint at that station shows a response
 * deadline inside those hours, printed in Beijing time. The station sees its hours read-only.
 */
const STATION = 'D-GZ01'
const HOURS = [
  ['09:00', '12:00'],
  ['13:00', '17:00'],
] as const
const WEEK = [1, 2, 3, 4, 5, 6, 0]
/** "09:30" → 570. */
const textMinutesOfDay = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3, 5))

let browser: Browser
let context: BrowserContext
let admin: Session
let stationId = ''
let policyBefore: { version: number; settings: Record<string, unknown> }

/** The input inside an Element Plus control that carries a data-testid (or the input itself). */
const field = (page: Page, id: string) =>
  page.locator(`input[data-testid="${id}"], [data-testid="${id}"] input`).first()

async function confirmBox(page: Page) {
  const ok = page.locator('.el-message-box__btns .el-button--primary')
  await ok.waitFor()
  await ok.click()
  await ok.waitFor({ state: 'hidden' })
}

async function signInOn(page: Page, app: 'admin' | 'dealer', username: string) {
  await page.goto(`${baseUrl()}/${app}/`)
  await page.getByTestId('login-username').fill(username)
  await page.getByTestId('login-password').fill('demo123456')
  await page.getByTestId('login-submit').click()
  await page.getByTestId('home').waitFor({ timeout: 20_000 })
}

beforeAll(async () => {
  browser = await launch()
  // The laptop is on UTC: the screens must still say what Beijing's clocks say.
  context = await browser.newContext({ timezoneId: 'UTC', viewport: { width: 1440, height: 900 } })
  admin = await signIn('admin')
  const orgs = await query<{ id: string; code: string }[]>(admin, 'identity.organisations', {
    kind: 'dealer',
  })
  stationId = orgs.find((o) => o.code === STATION)!.id
  policyBefore = await query(admin, 'sla.policy')
  // HQ's earlier decision (off-screen): a station answers within 2 of its working hours.
  await mutate(admin, 'sla.updatePolicy', {
    settings: { ...policyBefore.settings, response: { amount: 2, unit: 'working_hours' } },
    baseVersion: policyBefore.version,
  })
})
afterAll(async () => {
  const now = await query<{ version: number }>(admin, 'sla.policy')
  await mutate(admin, 'sla.updatePolicy', { settings: policyBefore.settings, baseVersion: now.version })
  await browser?.close()
})

describe('the working calendar and opening hours, seen from a UTC laptop', () => {
  let page: Page

  it('HQ previews the 2026 State Council notice as a year grid and loads it', async () => {
    page = await context.newPage()
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe('UTC')
    await signInOn(page, 'admin', 'admin')
    await page.goto(`${baseUrl()}/admin/sla`)
    await page.getByRole('tab', { name: '工作日历' }).click()
    const year = field(page, 'calendar-year')
    await year.fill('2026')
    await year.press('Enter')
    await page.getByTestId('notice-load').click()
    const dialog = page.getByTestId('notice-dialog')
    await dialog.getByTestId('year-grid-month-12').waitFor()
    expect(await dialog.locator('[data-testid^="year-grid-month-"]').count()).toBe(12)
    expect(await dialog.locator('td.is-holiday').count()).toBe(33)
    expect(await dialog.locator('td.is-makeup').count()).toBe(6)
    await expect
      .poll(() => dialog.locator('td[data-date="2026-02-17"]').getAttribute('class'))
      .toBe('is-holiday')
    await snap(page, 'calendar-notice-preview')
    await dialog.getByTestId('notice-save').click()
    await confirmBox(page)
    await dialog.waitFor({ state: 'hidden' })

    const grid = page.getByTestId('sla-calendar').getByTestId('year-grid')
    await expect.poll(() => grid.locator('td.is-holiday').count()).toBe(33)
    expect(await grid.locator('td[data-date="2026-10-01"]').getAttribute('class')).toBe('is-holiday')
    expect(await grid.locator('td[data-date="2026-02-14"]').getAttribute('class')).toBe('is-makeup')
    expect(await grid.locator('td[data-date="2026-02-14"]').innerText()).toContain('班')
    await snap(page, 'calendar-year-grid')
  })

  it("HQ sets the station's opening hours, with a lunch break, every day of the week", async () => {
    await page.getByRole('tab', { name: '营业时间' }).click()
    await page.getByTestId('hours-org').click()
    await page.locator('.el-select-dropdown__item', { hasText: STATION }).click()
    await page.getByTestId('hours-inherited').waitFor()
    for (const d of WEEK)
      for (const [i, [from, to]] of HOURS.entries()) {
        await page.getByTestId(`hours-${d}-add`).click()
        await field(page, `hours-${d}-${i}-from`).fill(from)
        await field(page, `hours-${d}-${i}-to`).fill(to)
      }
    await snap(page, 'calendar-opening-hours-editor')
    await page.getByTestId('hours-save').click()
    await expect
      .poll(
        async () =>
          (await query<{ hours: unknown[][] } | null>(admin, 'sla.openingHours', { orgId: stationId }))
            ?.hours[3],
      )
      .toEqual([
        { from: 540, to: 720 },
        { from: 780, to: 1020 },
      ])
  })

  it('a complaint at that station is due within its hours, shown in Beijing time on the UTC laptop', async () => {
    const desk = await signIn('service')
    const { id } = await mutate<{ id: string }>(desk, 'complaint.desk.intake', {
      clientRequestId: randomUUID(),
      channel: 'phone',
      cause: 'waiting_time',
      stationId,
      customerName: '孙女士',
      customerContact: '13900000415',
      summary: '保养等待过久 Waited too long for a service',
      description: '预约九点，十一点仍未开始。Booked for nine, not started at eleven.',
    })
    const view = await query<{ clocks: { clock: string; dueAt: string }[] }>(desk, 'complaint.desk.get', {
      id,
    })
    const due = new Date(view.clocks.find((c) => c.clock === 'response')!.dueAt)
    const beijing = chinaDateTime(due) // "YYYY-MM-DD HH:mm", Beijing wall time
    const minute = textMinutesOfDay(beijing.slice(11))
    expect(
      HOURS.some(([a, b]) => textMinutesOfDay(a) < minute && minute <= textMinutesOfDay(b)),
      `${beijing} lies within ${HOURS.map((h) => h.join('–')).join(', ')}`,
    ).toBe(true)

    await page.goto(`${baseUrl()}/admin/complaints/${id}`)
    const cell = page.getByTestId('clock-due-response')
    await cell.waitFor()
    const shown = (await cell.innerText()).trim() // zh-CN: "YYYY/MM/DD HH:mm:ss"
    expect(shown.replaceAll('/', '-').slice(0, 16)).toBe(beijing)
    // The same instant in the laptop's own zone would read eight hours earlier.
    const utc = await page.evaluate(
      (iso) => new Date(iso).toLocaleString('sv-SE').slice(0, 16),
      due.toISOString(),
    )
    expect(utc).not.toBe(beijing)
    expect(await page.getByTestId('complaint-clocks').innerText()).toContain('北京时间')
    await snap(page, 'calendar-complaint-deadline-beijing-time')
  })

  it('the station sees its own hours, read-only', async () => {
    const station = await context.newPage()
    await signInOn(station, 'dealer', 'gz.manager')
    await station.goto(`${baseUrl()}/dealer/hours`)
    const monday = station.getByTestId('weekly-hours-1')
    await monday.waitFor()
    expect(await monday.innerText()).toBe('09:00–12:00, 13:00–17:00')
    expect(await station.locator('[data-testid="station-hours"] input').count()).toBe(0)
    await snap(station, 'calendar-station-hours')
  })
})
