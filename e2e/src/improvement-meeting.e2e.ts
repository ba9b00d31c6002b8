import { randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { addMonths, chinaDate, chinaMonth } from '@asq/domain'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { animationsDone, launch, signInOn, snap } from './setup/browser'
import { mutate, query, signIn } from './setup/trpc'

/**
 * Issue 18, the review meeting: HQ generates this month's pack on the meeting page, a resolution gives
 * 北京朝阳 (马站长) an action, the station completes it on its Actions page with evidence (a text and a
 * file HQ then downloads), and next month's pack opens with the action done.
 */
let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

type Meeting = { id: string; version: number }
/** The station's evidence: a PNG signature and a few bytes, read back byte for byte from HQ's download. */
const SIGN_IN_SHEET = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 7, 7, 7])

describe('the complaint review meeting', () => {
  it('pack → resolution with an action → the station completes it → the next pack shows it done', async () => {
    const hq = await signIn('admin')
    const today = chinaDate(new Date())
    const month = chinaMonth(new Date())
    const m = await mutate<Meeting>(hq, 'improvement.meeting.schedule', {
      idempotencyKey: randomUUID(),
      period: { kind: 'month', month },
      meetingDate: today,
    })
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    await signInOn(page, 'admin', 'admin', `/meetings/${m.id}`)
    await page.getByTestId('pack-generate').click()
    await page.getByTestId('pack-sections').waitFor()
    await animationsDone(page)
    await snap(page, 'meeting-01-pack')

    const got = await query<Meeting>(hq, 'improvement.meeting.get', { id: m.id })
    const units = await query<{ id: string; code: string }[]>(hq, 'improvement.meeting.units')
    const bj = units.find((u) => u.code === 'D-BJ01')!
    const people = await query<{ id: string; displayName: string }[]>(hq, 'improvement.meeting.unitPeople', {
      orgId: bj.id,
    })
    const title = `接车话术培训 ${randomUUID().slice(0, 6)}`
    await mutate(hq, 'improvement.meeting.recordResolution', {
      id: m.id,
      version: got.version,
      idempotencyKey: randomUUID(),
      text: '首保收费须在接车时说明',
      actions: [
        {
          title,
          ownerOrgId: bj.id,
          ownerUserId: people.find((p) => p.displayName === '马站长')!.id,
          dueDate: today,
        },
      ],
    })
    await page.reload()
    await page.getByTestId('actions-table').getByText(title).waitFor()

    const station = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    await signInOn(station, 'dealer', 'bj.manager', '/actions')
    const row = station.getByTestId('actions-table').locator('.el-table__row', { hasText: title })
    await row.getByTestId('action-complete').click()
    await station.getByTestId('action-evidence').fill('全员培训已完成，签到表存档')
    await station
      .getByTestId('action-files')
      .setInputFiles({ name: '签到表.png', mimeType: 'image/png', buffer: SIGN_IN_SHEET })
    await animationsDone(station)
    await snap(station, 'meeting-02-complete')
    await station.getByTestId('action-complete-submit').click()
    await station.getByTestId('actions-filter').getByText('全部').click()
    await expect.poll(() => row.getByTestId('action-status').innerText()).toBe('已完成')

    // HQ opens the evidence the station sent, on the meeting's action list.
    await page.reload()
    const hqRow = page.getByTestId('actions-table').locator('.el-table__row', { hasText: title })
    const [sheet] = await Promise.all([
      page.waitForEvent('download'),
      hqRow.getByTestId('evidence-file').filter({ hasText: '签到表.png' }).click(),
    ])
    expect(sheet.suggestedFilename()).toBe('签到表.png')
    expect(await readFile((await sheet.path())!)).toEqual(SIGN_IN_SHEET)

    const next = await mutate<Meeting>(hq, 'improvement.meeting.schedule', {
      idempotencyKey: randomUUID(),
      period: { kind: 'month', month: addMonths(`${month}-01`, 1).slice(0, 7) },
      meetingDate: addMonths(`${month}-01`, 1),
    })
    await page.goto(page.url().replace(m.id, next.id))
    await page.getByTestId('pack-generate').click()
    const previous = page.getByTestId('pack-previous').locator('.el-table__row', { hasText: title })
    await expect.poll(() => previous.getByTestId('previous-status').innerText()).toBe('已完成')
    await snap(page, 'meeting-03-next-pack')
  }, 180_000)
})
