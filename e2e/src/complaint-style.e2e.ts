import { randomUUID } from 'node:crypto'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { animationsDone, launch, signInOn, snap } from './setup/browser'
import { mutate, query, signIn } from './setup/trpc'

/**
 * Issue 18, "explore the customer's mindset" (探心態): while recording the story the station reads the
 * customer's communication style, sees the handling tips for it, and the case page keeps the style with
 * its tips for whoever handles the case next — the station and HQ's desk alike.
 */
let browser: Browser
let complaintId = ''

beforeAll(async () => {
  browser = await launch()
  const admin = await signIn('admin')
  const service = await signIn('service')
  const station = await signIn('bj.manager')
  const dealers = await query<{ id: string; code: string }[]>(admin, 'identity.organisations', {
    kind: 'dealer',
  })
  const filed = await mutate<{ id: string; version: number }>(service, 'complaint.desk.intake', {
    clientRequestId: randomUUID(),
    cause: 'fees',
    severity: 'general',
    stationId: dealers.find((d) => d.code === 'D-BJ01')!.id,
    summary: '首保收费不理解 First service charged',
    description: '客户不理解首次保养为何收费，要求说明收费依据。',
    channel: 'phone',
    customerName: '孙立',
    customerContact: '13900007777',
  })
  complaintId = filed.id
  const responded = await mutate<{ version: number }>(station, 'complaint.station.respond', {
    id: filed.id,
    version: filed.version,
    contactChannel: 'phone',
    note: '已致电客户 Called the customer',
  })
  await mutate(station, 'complaint.station.startHandling', { id: filed.id, version: responded.version })
})
afterAll(() => browser?.close())

const newPage = () => browser.newPage({ viewport: { width: 1440, height: 900 } })

describe("the customer's communication style in the mindset step", () => {
  it('the station picks a style, reads its tips, and the case page keeps them', async () => {
    const page = await newPage()
    await signInOn(page, 'dealer', 'bj.staff', `/complaints/${complaintId}`)
    await page.getByTestId('action-story').click()
    const dialog = page.getByTestId('dialog-story')
    await dialog.getByTestId('field-what').fill('客户要求看到首保收费的书面依据和明细。')
    expect(await dialog.getByTestId('field-communicationStyle-hint').count()).toBe(0)
    await dialog.getByTestId('field-communicationStyle-amiable').click()
    await expect
      .poll(() => dialog.getByTestId('field-communicationStyle-hint').innerText())
      .toContain('保持微笑')
    // The handler changes their mind: the tips follow the style chosen.
    await dialog.getByTestId('field-communicationStyle-analytical').click()
    await expect
      .poll(() => dialog.getByTestId('field-communicationStyle-hint').innerText())
      .toContain('事实和数据')
    await animationsDone(page)
    await snap(page, 'style-01-station-picks')
    await page.screenshot({ path: '/tmp/exam-style-picker.png', fullPage: true })
    await dialog.getByTestId('command-submit').click()
    await dialog.waitFor({ state: 'hidden' })
    const style = page.getByTestId('complaint-style')
    await style.getByText('分析型').waitFor()
    expect(await style.innerText()).toContain('书面')
    await snap(page, 'style-02-station-case')
    await page.screenshot({ path: '/tmp/exam-style-case.png', fullPage: true })
    await page.close()
  })

  it("HQ's desk reads the style and its tips in English on the case page", async () => {
    const page = await newPage()
    await signInOn(page, 'admin', 'service', `/complaints/${complaintId}`)
    await page.getByTestId('lang-switch').click()
    const style = page.getByTestId('complaint-style')
    await style.getByText('Analytical').waitFor()
    expect(await style.innerText()).toContain('facts and figures')
    await snap(page, 'style-03-desk-case')
    await page.screenshot({ path: '/tmp/exam-style-desk.png', fullPage: true })
    await page.close()
  })
})
