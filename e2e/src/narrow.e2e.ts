import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { animationsDone, artifacts, baseUrl, launch, signInOn } from './setup/browser'

/**
 * Issue 12, defect 9: staff lists on a phone. A station manager checks the queue in the workshop and an
 * HQ manager glances at the desk on the train; at 390 px nothing may stick out past the screen — a wide
 * table scrolls inside its own box, the page itself never sideways. Each list is also screenshotted at
 * 390 px for the gallery. (Staff apps are judged by axe at the desk width, 1440 px: each page is
 * opened there, looked at narrow, and put back.)
 */
const LISTS: { app: 'admin' | 'dealer' | 'supplier'; username: string; paths: string[] }[] = [
  {
    app: 'admin',
    username: 'admin',
    paths: [
      '/complaints',
      '/vehicles?q=0000',
      '/escalations',
      '/complaint-queues',
      '/eightd',
      '/fees',
      '/fees/old-parts',
      '/fees/parts-requests',
      '/reimbursement',
      '/reimbursement/statements',
      '/reimbursement/accounts',
      '/surveys',
      '/users',
      '/outbox',
      '/audit',
      '/meetings',
      '/notices',
      '/liaison',
      '/learning/cases',
      '/learning/questions',
      '/reports',
    ],
  },
  {
    app: 'dealer',
    username: 'bj.manager',
    paths: [
      '/complaints',
      '/vehicles?q=0000',
      '/fees',
      '/reimbursement',
      '/staff',
      '/surveys',
      '/actions',
      '/notices',
      '/liaison',
    ],
  },
  { app: 'supplier', username: 'lamp.supplier', paths: ['/claims'] },
]

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(() => browser?.close())

/** Everything drawn past the right edge of the screen that no scrolling box of its own contains. */
const stickingOut = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth
    const scrolls = (el: Element) =>
      ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(el).overflowX)
    const contained = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement)
        if (scrolls(p)) return true
      return false
    }
    const out = Array.from(document.body.querySelectorAll('*'))
      .filter((el) => {
        const r = el.getBoundingClientRect()
        return r.width > 0 && r.height > 0 && r.right > width + 1 && getComputedStyle(el).position !== 'fixed'
      })
      .filter((el) => !contained(el))
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${Array.from(el.classList).join('.')} (${Math.round(el.getBoundingClientRect().right)} px)`,
      )
    return { page: document.documentElement.scrollWidth - width, out: out.slice(0, 5) }
  })

describe('staff lists on a 390 px phone', () => {
  for (const { app, username, paths } of LISTS)
    it(`${app}: ${paths.join(', ')}`, async () => {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
      await signInOn(page, app, username, paths[0]!)
      const problems: string[] = []
      for (const path of paths) {
        if (page.url() !== `${baseUrl()}/${app}${path}`) await page.goto(`${baseUrl()}/${app}${path}`)
        // The list has arrived: its table body or its empty state is on screen.
        await page
          .locator('.el-table__body:visible, .el-empty:visible, [data-testid="no-permission"]')
          .first()
          .waitFor()
        // …and has finished loading its rows (a loading mask over an empty table is not the list).
        await page.waitForFunction(() =>
          Array.from(document.querySelectorAll<HTMLElement>('.el-loading-mask')).every(
            (m) => m.offsetParent === null,
          ),
        )
        if (await page.getByTestId('no-permission').isVisible())
          problems.push(`${path}: ${username} may not open it`)
        await page.setViewportSize({ width: 390, height: 844 })
        await animationsDone(page)
        const found = await stickingOut(page)
        if (found.page > 0 || found.out.length)
          problems.push(`${path}: the page is ${found.page} px too wide; ${found.out.join(', ')}`)
        const name = `narrow-${app}${path.replace(/\?.*$/, '').replaceAll('/', '-')}-390`
        await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true })
        await page.setViewportSize({ width: 1440, height: 900 })
      }
      await page.close()
      expect(problems).toEqual([])
    })
})
