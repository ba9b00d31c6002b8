import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { baseUrl, launch, signInOnPortal, snap } from './setup/browser'

/**
 * Issue 3's story end to end, in the built apps, as the people would do it: a customer files a parts
 * complaint with a photo; the station responds, records the story, checks stock and asks the regional
 * parts centre; HQ sees the case on its desk and the parts centre ships; the customer follows every
 * step on the timeline, answers "not solved" at follow-up, the case reopens, is fixed, and closes.
 */

// A 1×1 PNG: the server recognises it by its bytes, not its name.
const PHOTO = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082',
  'hex',
)
const CUSTOMER = '13800000005' // 陈杰, one of the demo customers (not used by the login test)
const SUMMARY = '车门饰板卡扣缺失 Door trim clip missing'

let browser: Browser
let customer: Page
let station: Page
let hq: Page
let number = ''

/** Confirms the Element Plus message box that is open (a confirmation before an irreversible step). */
async function confirmBox(page: Page) {
  const ok = page.locator('.el-message-box__btns .el-button--primary')
  await ok.waitFor()
  await ok.click()
  await ok.waitFor({ state: 'hidden' })
}

async function staffSignIn(app: 'dealer' | 'admin', username: string) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
  await page.goto(`${baseUrl()}/${app}/`)
  await page.getByTestId('login-username').fill(username)
  await page.getByTestId('login-password').fill('demo123456')
  await page.getByTestId('login-submit').click()
  await page.getByTestId('home').waitFor()
  return page
}

const statusOf = (page: Page) => page.getByTestId('complaint-status').innerText()
const timelineOf = (page: Page) => page.getByTestId('complaint-timeline').innerText()

/** The station opens the case from its queue. */
async function stationOpens() {
  await station.goto(`${baseUrl()}/dealer/complaints`)
  await station.getByTestId(`queue-row-${number}`).click()
  await station.getByTestId('station-actions').waitFor()
}

/** The customer reloads the case page (as people do) until its timeline shows `text`. */
async function customerSees(text: string) {
  const timeline = customer.getByTestId('complaint-timeline')
  try {
    await expect
      .poll(
        async () => {
          await customer.reload()
          return timeline.innerText({ timeout: 5_000 }).catch(() => '')
        },
        { timeout: 30_000 },
      )
      .toContain(text)
  } catch (e) {
    await snap(customer, 'complaint-failed-customer-view')
    throw e
  }
}

beforeAll(async () => {
  browser = await launch()
})
afterAll(() => browser?.close())

describe('a complaint from the portal to a closed case', () => {
  it('the customer files a complaint with a photo on the phone', async () => {
    customer = await browser.newPage({ viewport: { width: 390, height: 844 } })
    await signInOnPortal(customer, CUSTOMER)

    await customer.getByTestId('complaint-file').click()
    await customer.getByTestId('complaint-form').waitFor()
    await customer.getByTestId('complaint-station').click()
    await customer.locator('.el-select-dropdown__item:visible', { hasText: '北京朝阳' }).click()
    await customer.getByTestId('complaint-cause').click()
    await customer.locator('.el-select-dropdown__item:visible', { hasText: '配件供应' }).click()
    await customer.getByTestId('complaint-summary').fill(SUMMARY)
    await customer
      .getByTestId('complaint-description')
      .fill('保养时发现左前门饰板卡扣缺失，服务站说没有库存。')
    await customer
      .getByTestId('complaint-photo-input')
      .setInputFiles({ name: 'clip.png', mimeType: 'image/png', buffer: PHOTO })
    // The picker checks (and shrinks large) photos before showing them: wait for the preview.
    await customer.locator('img[alt="clip.png"]').waitFor()
    await snap(customer, 'complaint-01-portal-form')
    await customer.getByTestId('complaint-submit').click()

    await customer.getByTestId('complaint-progress').waitFor()
    number = await customer.getByTestId('complaint-number').innerText()
    expect(number).toMatch(/^CP-\d{4}-\d{6}$/)
    expect(await statusOf(customer)).toContain('新建')
    expect(await customer.getByTestId('complaint-attachments').innerText()).toContain('clip.png')
    await expect.poll(() => timelineOf(customer)).toContain('投诉已受理')
    // A new case promises the first contact, not the completion.
    expect(await customer.getByTestId('complaint-progress').innerText()).toContain('预计首次联系时限')
    await snap(customer, 'complaint-02-portal-filed')
  })

  it('the station responds, records the story, checks stock and raises a parts request', async () => {
    station = await staffSignIn('dealer', 'bj.staff')
    await station.goto(`${baseUrl()}/dealer/complaints`)
    await station.getByTestId(`queue-row-${number}`).waitFor()
    await snap(station, 'complaint-03-dealer-queue')
    await stationOpens()

    await station.getByTestId('action-respond').click()
    await station.getByTestId('field-note').fill('已致电客户致歉，约定明天到店检查。')
    await station.getByTestId('command-submit').click()
    await station.getByTestId('action-start').click()
    await confirmBox(station)
    await station.getByTestId('action-resolve').waitFor()

    await station.getByTestId('action-story').click()
    await station.getByTestId('field-what').fill('左前门饰板卡扣缺失，饰板松动异响。')
    await station.getByTestId('field-where').fill('北京朝阳服务站')
    await station.getByTestId('command-submit').click()
    await station.getByTestId('complaint-story').waitFor()

    await station.getByTestId('action-check-stock').click()
    await station.getByTestId('field-partCode').fill('DT-CLIP-01')
    await station.getByTestId('field-partName').fill('车门饰板卡扣')
    await station.getByTestId('field-result-out_of_stock').click()
    await station.getByTestId('command-submit').click()
    await expect.poll(() => station.getByTestId('complaint-history').innerText()).toContain('DT-CLIP-01')

    await station.getByTestId('action-parts-request').click()
    // The form starts from the part just checked; the station orders four.
    expect(await station.getByTestId('parts-code-0').inputValue()).toBe('DT-CLIP-01')
    // Issue 12, defect 3: a second line left empty is named by its row and marked red; nothing is sent.
    await station.getByTestId('parts-add-line').click()
    await station.getByTestId('parts-submit').click()
    await expect
      .poll(() => station.getByTestId('parts-errors').innerText())
      .toBe('第 2 行：配件编号不能为空\n第 2 行：配件名称不能为空')
    expect(await station.locator('[data-testid="parts-code-item-1"].is-error').count()).toBe(1)
    expect(await station.locator('[data-testid="parts-name-item-1"].is-error').count()).toBe(1)
    expect(await station.locator('[data-testid="parts-dialog"] .is-error').count()).toBe(2)
    await snap(station, 'complaint-04a-dealer-parts-request-row-error')
    await station.getByTestId('parts-dialog').getByRole('button', { name: '删除' }).last().click()
    await station.getByTestId('parts-qty-0').locator('input').fill('4')
    await snap(station, 'complaint-04-dealer-parts-request')
    await station.getByTestId('parts-submit').click()
    await confirmBox(station)
    await station.getByTestId('waiting-parts').waitFor()
    expect(await statusOf(station)).toContain('等待配件')
    await snap(station, 'complaint-05-dealer-awaiting-parts')
  })

  it('the customer sees the response and the parts order on the timeline', async () => {
    await customerSees('已向区域配件中心申请配件')
    const timeline = await timelineOf(customer)
    expect(timeline).toContain('服务站已与您联系')
    expect(timeline).toContain('车门饰板卡扣 ×4')
    expect(await customer.getByTestId('complaint-next-step').innerText()).toContain('配件到货后')
    await snap(customer, 'complaint-06-portal-awaiting-parts')
  })

  it('HQ sees the case on the desk and the parts centre confirms and ships', async () => {
    hq = await staffSignIn('admin', 'service')
    await hq.goto(`${baseUrl()}/admin/complaints`)
    await hq.getByTestId('desk-search').fill(number)
    await hq.getByTestId('desk-search').press('Enter')
    await expect.poll(() => hq.getByTestId('desk-table').innerText()).toContain(SUMMARY)
    await snap(hq, 'complaint-07-admin-desk')
    await hq.getByTestId(`desk-row-${number}`).click()
    await hq.getByTestId('desk-actions').waitFor()
    expect(await statusOf(hq)).toContain('等待配件')
    expect(await hq.getByTestId('complaint-parts-requests').innerText()).toContain('DT-CLIP-01')
    await snap(hq, 'complaint-08-admin-case')

    await hq.goto(`${baseUrl()}/admin/complaint-queues`)
    await hq.locator('.el-tabs__item', { hasText: '配件支援申请' }).click()
    const request = `PR-${number.slice(3)}-1`
    await hq.getByTestId(`parts-confirm-${request}`).click()
    await confirmBox(hq) // the estimated ship date is prefilled
    await hq.getByTestId('parts-status-filter').click()
    await hq.locator('.el-select-dropdown__item:visible', { hasText: '已确认' }).click()
    await hq.getByTestId(`parts-ship-${request}`).click()
    await confirmBox(hq)
    await snap(hq, 'complaint-09-admin-parts-shipped')
  })

  it('the parts arrive, the station fixes it and starts the follow-up', async () => {
    await stationOpens()
    await station.getByTestId('action-receive-parts').click()
    await confirmBox(station)
    await station.getByTestId('action-resolve').waitFor()
    await station.getByTestId('action-resolve').click()
    await station.getByTestId('field-result').fill('配件到货，已安装新卡扣，饰板牢固无异响。')
    await station.getByTestId('command-submit').click()
    await confirmBox(station)
    await station.getByTestId('action-start-follow-up').click()
    await confirmBox(station)
    await station.getByTestId('action-record-follow-up').waitFor()
    expect(await statusOf(station)).toContain('回访中')
    // The six steps follow the case (issue 12, defect 4): following the customer is current; the
    // mindset, the solutions and calming were never recorded on this case, so they show as missed.
    const state = (s: string) => station.getByTestId(`six-step-${s}`).getAttribute('data-state')
    expect(
      await Promise.all(['listen', 'mindset', 'evidence', 'solution', 'calm', 'follow'].map(state)),
    ).toEqual(['done', 'missed', 'done', 'missed', 'missed', 'current'])
    // A disabled action says why.
    expect(await station.getByTestId('action-solutions').isDisabled()).toBe(true)
    await station.getByTestId('action-solutions-wrap').hover()
    await station.locator('.el-popper').getByText('需在“处理中”状态进行').waitFor()
    await snap(station, 'complaint-06b-dealer-six-steps-follow-up')
  })

  it('the customer says "not solved" and the case reopens', async () => {
    await customerSees('回访：请确认是否已解决')
    expect(await timelineOf(customer)).toContain('配件进度更新')
    await customer.getByTestId('complaint-confirm').waitFor()
    await snap(customer, 'complaint-10-portal-follow-up')
    await customer.getByTestId('complaint-confirm-comment').fill('还是有异响。')
    await customer.getByTestId('complaint-not-solved').click()
    await confirmBox(customer)
    await expect.poll(() => statusOf(customer), { timeout: 15_000 }).toContain('处理中')
    await expect.poll(() => timelineOf(customer)).toContain('案件重新处理')
    expect(await customer.getByTestId('complaint-confirm').count()).toBe(0)
    // Their own words come back to them; the old result no longer stands; the date is a completion date.
    expect(await timelineOf(customer)).toContain('您的说明：还是有异响。')
    expect(await customer.getByText('处理结果', { exact: true }).count()).toBe(0)
    expect(await customer.getByTestId('complaint-progress').innerText()).toContain('预计完成时限')
    await snap(customer, 'complaint-11-portal-reopened')
  })

  it('after the real fix the follow-up call is satisfied and the case closes', async () => {
    await stationOpens()
    expect(await statusOf(station)).toContain('处理中')
    await station.getByTestId('action-resolve').click()
    await station.getByTestId('field-result').fill('重新固定饰板并加装缓冲垫，路试无异响。')
    await station.getByTestId('command-submit').click()
    await confirmBox(station)
    await station.getByTestId('action-start-follow-up').click()
    await confirmBox(station)
    await station.getByTestId('action-record-follow-up').click()
    await station.getByTestId('field-satisfied-true').click()
    await station.getByTestId('field-note').fill('客户确认异响消失，非常满意。')
    await station.getByTestId('command-submit').click()
    await confirmBox(station)
    await expect.poll(() => statusOf(station)).toContain('已关闭')
    await snap(station, 'complaint-12-dealer-closed')

    await customerSees('已结案')
    expect(await statusOf(customer)).toContain('已关闭')
    const timeline = await timelineOf(customer)
    for (const step of [
      '投诉已受理',
      '服务站已与您联系',
      '已向区域配件中心申请配件',
      '问题已处理',
      '案件重新处理',
      '已结案',
    ])
      expect(timeline).toContain(step)
    // Internal notes and the station's story never reach the customer.
    expect(timeline).not.toContain('饰板松动异响')
    await snap(customer, 'complaint-13-portal-closed')

    await hq.goto(`${baseUrl()}/admin/complaints`)
    await hq.getByTestId('desk-search').fill(number)
    await hq.getByTestId('desk-search').press('Enter')
    await expect.poll(() => hq.getByTestId('desk-table').innerText()).toContain('已关闭')
  })
})

describe('two people on one case', () => {
  it('a stale edit is refused in plain words and the page reloads, never overwriting', async () => {
    await station.goto(`${baseUrl()}/dealer/complaints`)
    const first = station.locator('[data-testid^="queue-row-"]').first()
    const other = (await first.innerText()).trim()
    const manager = await staffSignIn('dealer', 'bj.manager')
    for (const page of [station, manager]) {
      await page.goto(`${baseUrl()}/dealer/complaints`)
      await page.getByTestId(`queue-row-${other}`).click()
      await page.getByTestId('station-actions').waitFor()
    }
    // The advisor adds a note; the manager, still looking at the older version, adds another.
    await station.getByTestId('action-note').click()
    await station.getByTestId('field-note').fill('已再次致电客户，说明总部技术支持进度。')
    await station.getByTestId('command-submit').click()
    await expect
      .poll(() => station.getByTestId('complaint-history').innerText())
      .toContain('说明总部技术支持进度')

    await manager.getByTestId('action-note').click()
    await manager.getByTestId('field-note').fill('站长：明天亲自回访。')
    await manager.getByTestId('command-submit').click()
    const box = manager.locator('.el-message-box')
    await box.waitFor()
    expect(await box.innerText()).toContain('已被他人修改')
    await snap(manager, 'complaint-14-dealer-stale')
    await confirmBox(manager)
    // The page now shows the advisor's note; the manager's was not written.
    await expect
      .poll(() => manager.getByTestId('complaint-history').innerText())
      .toContain('说明总部技术支持进度')
    expect(await manager.getByTestId('complaint-history').innerText()).not.toContain('明天亲自回访')
    // Submitting again, on the fresh version, works.
    await manager.getByTestId('command-submit').click()
    await expect.poll(() => manager.getByTestId('complaint-history').innerText()).toContain('明天亲自回访')
    // People appear by name, not as login names (defect 8).
    const history = await manager.getByTestId('complaint-history').innerText()
    expect(history).toContain('马站长')
    expect(history).toContain('何顾问')
    expect(history).not.toMatch(/@(dealer|hq|supplier)\b/)
    await manager.close()
  })
})
