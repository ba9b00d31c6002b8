import { randomUUID } from 'node:crypto'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { baseUrl, launch, signInOn, signInOnPortal, snap } from './setup/browser'
import { mutate, query, signIn } from './setup/trpc'
import { hqOpensVehicleFromCase } from './setup/vehicle-steps'

/**
 * Issue 17, the conversation on a case, with two people at once: 李娜 writes on her headlamp case from
 * her phone; the station advisor who owns the case, with the case page open, sees the bell count rise and
 * the message arrive without reloading, answers (and writes an internal note the customer never sees);
 * the customer's page shows the answer without reloading. Then HQ follows the VIN on the desk's case to
 * the vehicle page, which lists that case and the vehicle's claim lines.
 */
const CUSTOMER = '13800000002' // 李娜, owner of the X7 with the headlamp case at 北京朝阳
const VIN = 'LHX7B2345N0000002'
const QUESTION = '大灯还是闪，请问配件到了吗？'
const ANSWER = '配件明天到店，到后马上给您更换。'
const NOTE = '内部：催总部技术支持'

let browser: Browser
let phone: BrowserContext
let desk: BrowserContext
let customer: Page
let advisor: Page
let complaintId = ''

beforeAll(async () => {
  browser = await launch()
  phone = await browser.newContext({ viewport: { width: 390, height: 844 } })
  desk = await browser.newContext({ viewport: { width: 1440, height: 900 } })
})
afterAll(() => browser?.close())

const count = async (page: Page) => Number(await page.getByTestId('notification-count').innerText())

describe('customer and station talk on a case', () => {
  it('the customer opens the headlamp case on the phone', async () => {
    customer = await phone.newPage()
    await signInOnPortal(customer, CUSTOMER)
    await customer.goto(`${baseUrl()}/portal/complaints`)
    await customer.locator('[data-testid^="complaint-row-"]', { hasText: 'Headlamp' }).first().click()
    await customer.getByTestId('complaint-thread').waitFor()
    complaintId = /complaints\/([0-9a-f-]{36})/.exec(customer.url())![1]!
  })

  it('the advisor owns the case and has it open, with the bell at its count', async () => {
    // Off screen: the advisor took the case (assignment), so the customer's message is theirs.
    const staff = await signIn('bj.staff')
    const { complaint } = await query<{ complaint: { version: number } }>(staff, 'complaint.station.get', {
      id: complaintId,
    })
    await mutate(staff, 'complaint.station.takeCase', {
      id: complaintId,
      version: complaint.version,
      idempotencyKey: randomUUID(),
    })
    advisor = await desk.newPage()
    await signInOn(advisor, 'dealer', 'bj.staff', `/complaints/${complaintId}`)
    await advisor.getByTestId('complaint-thread').waitFor()
    await advisor.getByTestId('notification-count').waitFor()
  })

  it('the customer writes; the advisor’s bell rises and the message appears, without a reload', async () => {
    const before = await count(advisor)
    await customer.getByTestId('thread-body').fill(QUESTION)
    await customer.getByTestId('thread-send').click()
    await customer.getByTestId('thread-message').filter({ hasText: QUESTION }).waitFor()
    await snap(customer, 'conversation-01-portal-question')

    await expect.poll(() => count(advisor), { timeout: 30_000 }).toBe(before + 1)
    await advisor.getByTestId('thread-message').filter({ hasText: QUESTION }).waitFor({ timeout: 40_000 })
  })

  it('the advisor answers and adds an internal note; the customer sees the answer only', async () => {
    await advisor.getByTestId('thread-body').fill(ANSWER)
    await advisor.getByTestId('thread-send').click()
    await advisor.getByTestId('thread-message').filter({ hasText: ANSWER }).waitFor()
    await advisor.getByTestId('thread-visibility-internal').click()
    await advisor.getByTestId('thread-body').fill(NOTE)
    await advisor.getByTestId('thread-send').click()
    const note = advisor.getByTestId('thread-message').filter({ hasText: NOTE })
    await note.waitFor()
    expect(await note.getAttribute('data-visibility')).toBe('internal')
    await snap(advisor, 'conversation-02-station-thread')

    await customer.getByTestId('thread-message').filter({ hasText: ANSWER }).waitFor({ timeout: 40_000 })
    expect(await customer.getByTestId('complaint-thread').innerText()).not.toContain(NOTE)
    await snap(customer, 'conversation-03-portal-answer')
  })

  it('HQ reads the thread on the desk and follows the VIN to the vehicle page', async () => {
    // HQ in a browser of its own (the advisor's session stays where it is).
    const office = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    const hq = await office.newPage()
    await signInOn(hq, 'admin', 'service', `/complaints/${complaintId}`)
    const thread = hq.getByTestId('complaint-thread')
    await thread.getByText(NOTE).waitFor()
    expect(await thread.innerText()).toContain(QUESTION)
    await hq.goto(`${baseUrl()}/admin/complaints`)
    const number = await hqOpensVehicleFromCase(hq, VIN)
    expect(number).toMatch(/^CP-/)
    await snap(hq, 'conversation-04-admin-vehicle')
  })
})
