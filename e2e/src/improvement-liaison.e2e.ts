import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { artifacts, launch, signInOn, snap } from './setup/browser'

/**
 * Issue 18, quality liaison letters (品质联络书) as their people live them: a Beijing advisor reports
 * fogging headlamps that no customer has complained about; HQ quality finds the letter in its inbox,
 * answers it, links the complaint on the same vehicle and opens an 8D with the lamp supplier; the
 * station reads the answer and the 8D's number.
 */
let browser: Browser
let letterNumber = ''
let eightdNumber = ''
const VIN = 'LHX5C3456M0000003'
const SYMPTOMS = '雨后 LED 前大灯内部起雾，灯壳密封圈有压痕 Headlamps fog inside after rain'
const ANSWER = '请检查同批次密封圈并拍照上报；出现闪烁按保修更换并回收旧件'
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

beforeAll(async () => {
  browser = await launch()
})
afterAll(() => browser?.close())

const newPage = () => browser.newPage({ viewport: { width: 1440, height: 900 } })
/** The shared screenshot and axe check, with a copy in /tmp for the people reviewing this screen. */
async function shot(page: Page, name: string) {
  await snap(page, `liaison-${name}`)
  copyFileSync(join(artifacts, `liaison-${name}.png`), `/tmp/liaison-${name}.png`)
}

describe('a station reports a suspected quality problem; HQ quality answers it and opens an 8D', () => {
  it('the station writes the letter; a VIN named twice is refused beside that VIN', async () => {
    const page = await newPage()
    await signInOn(page, 'dealer', 'bj.staff', '/liaison')
    await page.getByTestId('station-liaison').waitFor()
    await page.getByTestId('liaison-create').click()
    const form = page.getByTestId('liaison-new')
    await form.waitFor()
    // Nothing filled in: the schema's messages stand beside the fields before anything is sent.
    await page.getByTestId('liaison-submit').click()
    await page.getByTestId('liaison-part-item').locator('.el-form-item__error').waitFor()
    await page.getByTestId('liaison-part').fill('X7HL001')
    await page
      .locator('.el-autocomplete-suggestion li[role="option"]:visible')
      .filter({ hasText: 'X7HL001' })
      .first()
      .click()
    await page.getByTestId('liaison-vin-0').fill(VIN)
    await page.getByTestId('liaison-add-vin').click()
    await page.getByTestId('liaison-vin-1').fill(VIN.toLowerCase())
    await page.getByTestId('liaison-count').locator('input').fill('3')
    await page.getByTestId('liaison-symptoms').fill(SYMPTOMS)
    await page
      .getByTestId('liaison-photo-input')
      .setInputFiles({ name: '大灯起雾.png', mimeType: 'image/png', buffer: PNG })
    await form.getByText('大灯起雾.png').waitFor()
    await page.getByTestId('liaison-submit').click()
    // Only the server knows the VIN is named twice: its refusal lands on the second VIN, in Chinese.
    const second = page.getByTestId('liaison-vin-item-1')
    await second.getByText('该 VIN 已在联络书中').waitFor()
    expect(await page.getByTestId('liaison-vin-item-0').locator('.el-form-item__error').count()).toBe(0)
    await shot(page, 'station-new-refused')
    await second.getByRole('button').click()
    await page.getByTestId('liaison-submit').click()
    const letter = page.getByTestId('station-liaison-letter')
    await letter.getByTestId('liaison-number').waitFor()
    letterNumber = (await letter.getByTestId('liaison-number').innerText()).trim()
    expect(letterNumber).not.toBe('')
    await letter.getByTestId('liaison-no-answer').waitFor()
    expect(await letter.getByTestId('liaison-photos').innerText()).toContain('大灯起雾.png')
    await shot(page, 'station-letter-sent')

    await page.getByRole('button', { name: '返回列表' }).click()
    await page.getByTestId('liaison-search').fill(letterNumber)
    await page.getByTestId('liaison-search').press('Enter')
    const row = page.getByTestId('liaison-table').locator('tr', { hasText: letterNumber })
    await row.getByText('已提交').waitFor()
    await expect.poll(() => page.getByTestId('liaison-table').locator('tbody tr').count()).toBe(1)
    await shot(page, 'station-list')
    await page.close()
  })

  it('HQ quality finds it, answers, links the complaint on the same vehicle and opens an 8D after confirming', async () => {
    const page = await newPage()
    await signInOn(page, 'admin', 'quality', '/liaison')
    await page.getByTestId('liaison-inbox').waitFor()
    await page.getByTestId('liaison-state-filter').click()
    await page.locator('.el-select-dropdown__item:visible', { hasText: '已提交' }).click()
    const row = page.getByTestId('liaison-table').locator('tr', { hasText: letterNumber })
    await row.waitFor()
    await shot(page, 'hq-inbox')
    await row.getByTestId('liaison-row').click()

    const letter = page.getByTestId('hq-liaison-letter')
    await letter.getByTestId('liaison-symptoms').getByText(SYMPTOMS).waitFor()
    await page.getByTestId('liaison-answer-input').fill(ANSWER)
    await page.getByTestId('liaison-answer-send').click()
    await letter.getByTestId('liaison-answer').getByText(ANSWER).waitFor()
    await letter.getByTestId('liaison-state').getByText('已答复').waitFor()

    // The headlamp complaint is on the letter's VIN: offered, marked, and linked.
    const candidate = page.getByTestId('liaison-candidates').locator('tr', { hasText: '本函 VIN' }).first()
    await candidate.getByTestId('liaison-link').click()
    await page.getByTestId('liaison-linked').locator('tbody tr', { hasText: VIN }).waitFor()
    await shot(page, 'hq-answered')

    // The supplier of the part's latest 8D is suggested; opening asks first.
    await page.getByTestId('liaison-eightd-card').getByText('（建议：该配件最近一份 8D 的供应商）').waitFor()
    await page.getByTestId('liaison-open-eightd').click()
    const box = page.locator('.el-message-box')
    await box.getByText('确定开立').waitFor()
    await shot(page, 'hq-confirm')
    await box.locator('.el-button--primary').click()
    const link = letter.getByTestId('liaison-eightd-link')
    await link.waitFor()
    eightdNumber = (await link.innerText()).trim()
    expect(eightdNumber).toMatch(/^8D-\d{4}-\d{5}$/)
    await letter.getByTestId('liaison-state').getByText('已转 8D').waitFor()
    await shot(page, 'hq-escalated')

    // The 8D exists: its page opens from the letter.
    await link.click()
    await page.getByTestId('hq-claim-number').getByText(eightdNumber).waitFor()
    await shot(page, 'hq-eightd')
    await page.close()
  })

  it('the station reads the answer and the 8D opened from its letter', async () => {
    const page = await newPage()
    await signInOn(page, 'dealer', 'bj.staff', '/liaison')
    await page
      .getByTestId('liaison-table')
      .locator('tr', { hasText: letterNumber })
      .getByTestId('liaison-row')
      .click()
    const letter = page.getByTestId('station-liaison-letter')
    await letter.getByTestId('liaison-answer').getByText(ANSWER).waitFor()
    expect(await letter.getByTestId('liaison-eightd').innerText()).toBe(eightdNumber)
    await letter.getByTestId('liaison-state').getByText('已转 8D').waitFor()
    await shot(page, 'station-answered')
    await page.close()
  })
})
