import { randomUUID } from 'node:crypto'
import { chinaDate, shiftPeriod } from '@asq/domain'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, signInOn, snap } from './setup/browser'
import { mutate, query, type Session, signIn } from './setup/trpc'

/**
 * Issue 14's early warning as HQ quality lives it: the Guangzhou station reports a burst of blower
 * motor failures (quality liaison letters count as events for their part, like claim lines); HQ
 * quality runs the check on the dashboard, sees the part over its control limit and opens an 8D with
 * the motor supplier in one click. The data is this test's own: vehicles in service for the H5 line
 * (which no other browser test reads) and letters from a station no other test lists letters for.
 */
const PART = 'H5BM001'
const today = chinaDate(new Date())
const month = today.slice(0, 7)
let browser: Browser
let quality: Session

beforeAll(async () => {
  browser = await launch()
  quality = await signIn('quality')
})
afterAll(() => browser?.close())

type Signal = { partCode: string; month: string; count: number; eightdClaimId: string | null }

describe('early warning', () => {
  it('a burst of reports on a part raises a signal; quality opens an 8D from it in one click', async () => {
    const admin = await signIn('admin')
    const lines = await query<{ id: string; code: string }[]>(admin, 'kpi.productLines')
    const h5 = lines.find((l) => l.code === 'H5')!
    // Exposure: 1 000 H5 vehicles in service in this month and each of the twelve before it.
    for (let i = -12; i <= 0; i++)
      await mutate(admin, 'kpi.setUnits', { month: shiftPeriod(month, i), productLineId: h5.id, units: 1000 })
    // Twelve letters this month: far past what a year of this part's history allows at that exposure.
    const gz = await signIn('gz.manager')
    for (let i = 0; i < 12; i++)
      await mutate(gz, 'improvement.liaison.station.submit', {
        partCode: PART,
        vins: [`LHX5H${String(90000 + i).padStart(12, '0')}`.slice(0, 17)],
        symptoms: `鼓风机低速档异响，拆检电机轴承磨损 Blower rattles at low speed (${i + 1})`,
        vehiclesAffected: 1,
        firstSeenOn: today,
        clientRequestId: randomUUID(),
      })

    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    await signInOn(page, 'admin', 'quality', '/kpi')
    const card = page.getByTestId('kpi-signals')
    await card.waitFor()
    await card.getByTestId('kpi-scan').click()
    const open = card.getByTestId(`kpi-signal-8d-${PART}`)
    await open.waitFor({ timeout: 30_000 })
    const raised = (await query<Signal[]>(quality, 'kpi.signals')).find(
      (s) => s.partCode === PART && s.month === month,
    )
    expect(raised?.eightdClaimId).toBeNull()
    // The part's claim lines of this month, if the demo data has any, count as well.
    expect(raised?.count).toBeGreaterThanOrEqual(12)
    await snap(page, 'kpi-signal')

    await open.click()
    await page.locator('.el-message-box__btns .el-button--primary').click()
    await page.waitForURL(/\/eightd\/[0-9a-f-]{36}/)
    await page.getByTestId('eightd-review').waitFor()
    await expect
      .poll(() => page.getByTestId('eightd-review').innerText())
      .toContain(`质量预警 ${PART} ${month}`)
    const after = (await query<Signal[]>(quality, 'kpi.signals')).find(
      (s) => s.partCode === PART && s.month === month,
    )
    expect(after?.eightdClaimId).toBe(page.url().match(/[0-9a-f-]{36}/)![0])
    // Raised once per part and month: a second check finds nothing new.
    expect(await mutate<{ raised: number }>(quality, 'kpi.scanSignals')).toEqual({ raised: 0 })
    await page.close()
  })
})
