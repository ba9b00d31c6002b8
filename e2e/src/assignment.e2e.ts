import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, signInOn, snap } from './setup/browser'

/**
 * Issue 17, assignment: 马站长 (bj.manager) opens an unassigned case of 北京朝阳 and assigns it to 何顾问
 * (bj.staff); the advisor signs in and finds it under "my cases", owned by them.
 */
let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(() => browser?.close())

describe('a case assigned to an advisor', () => {
  let number = ''

  it('the station manager assigns an unassigned case to the advisor', async () => {
    const manager: Page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    await signInOn(manager, 'dealer', 'bj.manager', '/complaints')
    await manager.getByTestId('queue-owner-view-unassigned').click()
    const row = manager.locator('[data-testid^="queue-row-CP-"]').first()
    await row.waitFor({ timeout: 30_000 })
    number = (await row.innerText()).trim()
    await row.click()
    await manager.getByTestId('owner-assign').click()
    await manager.getByTestId('owner-select').click()
    await manager.getByRole('option', { name: '何顾问' }).click()
    await manager.getByTestId('owner-submit').click()
    await manager
      .getByRole('button', { name: /确定|确认|Confirm|OK/ })
      .last()
      .click()
    await expect.poll(() => manager.getByTestId('owner-name').innerText(), { timeout: 20_000 }).toBe('何顾问')
    await snap(manager, 'assignment-01-manager-assigned')
    await manager.close()
  })

  it('the advisor signs in and sees it under "my cases"', async () => {
    const advisor: Page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    await signInOn(advisor, 'dealer', 'bj.staff', '/complaints')
    await advisor.getByTestId('queue-owner-view-mine').click()
    await advisor.getByTestId(`queue-row-${number}`).waitFor({ timeout: 30_000 })
    expect(await advisor.getByTestId('queue-table').innerText()).toContain('何顾问')
    await snap(advisor, 'assignment-02-advisor-my-cases')
    await advisor.close()
  })
})
