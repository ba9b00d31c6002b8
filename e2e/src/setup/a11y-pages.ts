import type { Browser, Page } from 'playwright-core'
import { checkA11y } from './axe'

/**
 * Every page the browser tests open is checked with axe: before it goes elsewhere (goto, reload), before
 * it closes, at each screenshot, and after each test for the pages still open (a11y-hooks.ts). So a new
 * screen in any e2e file is judged without the file asking for it.
 */
const open = new Set<Page>()

function watch(page: Page) {
  open.add(page)
  page.on('close', () => open.delete(page))
  const goto = page.goto.bind(page)
  const reload = page.reload.bind(page)
  const close = page.close.bind(page)
  page.goto = async (...args) => {
    await checkA11y(page, 'before leaving')
    return goto(...args)
  }
  page.reload = async (...args) => {
    await checkA11y(page, 'before reload')
    return reload(...args)
  }
  page.close = async (...args) => {
    await checkA11y(page, 'before closing').finally(() => close(...args))
  }
}

export function watchPages(browser: Browser): Browser {
  browser.on('context', (context) => context.on('page', watch))
  return browser
}

/** Checks every page still open (after each test). */
export async function checkOpenPages(): Promise<void> {
  for (const page of [...open]) await checkA11y(page, 'at the end of the test')
}
