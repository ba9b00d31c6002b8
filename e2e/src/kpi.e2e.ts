import { addDays, chinaDate } from '@asq/domain'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, signInOn, snap } from './setup/browser'
import { query, type Session, signIn } from './setup/trpc'

/**
 * Issue 14 as HQ lives it: the quality engineer opens the dashboard for the last year, clicks the
 * tallest Pareto bar and lands on exactly those complaints on the desk.
 */
let browser: Browser
let quality: Session
const today = chinaDate(new Date())
const period = { from: addDays(today, -364), to: today }

type Dashboard = { pending: number; pareto: { key: string; count: number }[] }

/** The KPI job counts the seeded complaints within a minute of the start: wait until nothing is pending. */
async function countedDashboard(): Promise<Dashboard> {
  for (const deadline = Date.now() + 120_000; ; ) {
    const d = await query<Dashboard>(quality, 'kpi.dashboard', { period, scope: { kind: 'all' } })
    if (d.pending === 0 && d.pareto.length > 0) return d
    if (Date.now() > deadline) throw new Error(`KPI aggregates still pending: ${JSON.stringify(d)}`)
    await new Promise((r) => setTimeout(r, 1000))
  }
}

beforeAll(async () => {
  browser = await launch()
  quality = await signIn('quality')
})
afterAll(() => browser?.close())

/** Clicks the first (tallest) bar of the Pareto chart, just above its axis: the canvas has no elements. */
async function clickFirstBar(page: Page, bars: number) {
  const chart = page.getByTestId('kpi-pareto')
  const box = (await chart.boundingBox())!
  // The chart's grid: 44 px left, 48 px right, 56 px bottom (charts.ts).
  const width = box.width - 44 - 48
  await chart.click({ position: { x: 44 + width / bars / 2, y: box.height - 56 - 4 } })
}

describe('the quality dashboard', () => {
  it('HQ opens the dashboard, clicks the tallest Pareto bar and lands on those cases on the desk', async () => {
    const d = await countedDashboard()
    const top = d.pareto[0]!
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    await signInOn(page, 'admin', 'quality', `/kpi?mode=range&from=${period.from}&to=${period.to}`)
    await page.getByTestId('kpi-card-closure_rate').waitFor()
    await page.getByTestId('kpi-pareto').waitFor()
    await snap(page, 'kpi-dashboard')
    await clickFirstBar(page, d.pareto.length)
    await page.waitForURL(/\/complaints\?/)
    const url = new URL(page.url())
    expect(url.searchParams.get('cause')).toBe(top.key)
    expect(url.searchParams.get('openedFrom')).toBe(period.from)
    await page.getByTestId('desk-drill-cause').waitFor()
    const rows = page.locator('[data-testid="desk-table"] .el-table__body tr')
    await expect.poll(() => rows.count()).toBe(Math.min(top.count, 20))
    await snap(page, 'kpi-drill-desk')
    await page.close()
  })
})
