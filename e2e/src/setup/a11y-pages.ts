import type { Browser, Locator, Page } from 'playwright-core'
import { checkA11y } from './axe'

/**
 * Every page the browser tests open is checked with axe, without the test asking: on arrival at each
 * new address (a full load or a client-side route change), once the test has found there what it
 * waited for and before it acts (clicks, types, uploads…); before it leaves (goto, reload) or closes;
 * at each screenshot; and after each test for the pages still open (a11y-hooks.ts). So a new screen
 * in any e2e file is judged, dialogs and toasts included when they are on screen at those moments.
 */
const open = new Set<Page>()
/** Pages that arrived at an address not checked since. */
const arrived = new WeakSet<Page>()

/** Locator actions that mean "the test is now working on this screen". */
const ACTIONS = [
  'click',
  'dblclick',
  'tap',
  'hover',
  'fill',
  'clear',
  'press',
  'pressSequentially',
  'type',
  'check',
  'uncheck',
  'setChecked',
  'selectOption',
  'setInputFiles',
  'focus',
  'selectText',
  'dragTo',
] as const

type Action = (this: Locator, ...args: unknown[]) => Promise<unknown>

async function checkOnArrival(page: Page, target?: Locator) {
  if (!arrived.has(page)) return
  arrived.delete(page)
  // The state the test is about to act on: the element it targets is there.
  await target?.waitFor({ state: 'attached', timeout: 30_000 }).catch(() => undefined)
  await checkA11y(page, 'on arrival')
}

let patched = false
function patchLocators(sample: Locator) {
  if (patched) return
  patched = true
  const proto = Object.getPrototypeOf(sample) as Record<string, Action>
  for (const name of ACTIONS) {
    const original = proto[name]
    if (typeof original !== 'function') continue
    proto[name] = async function (this: Locator, ...args: unknown[]) {
      await checkOnArrival(this.page(), this)
      return original.apply(this, args)
    }
  }
}

function watch(page: Page) {
  open.add(page)
  page.on('close', () => open.delete(page))
  patchLocators(page.locator('body'))
  let address = ''
  page.on('framenavigated', (frame) => {
    if (frame !== page.mainFrame()) return
    const url = new URL(frame.url())
    const next = `${url.origin}${url.pathname}${url.search}`
    if (next !== address) arrived.add(page)
    address = next
  })
  const goto = page.goto.bind(page)
  const reload = page.reload.bind(page)
  const close = page.close.bind(page)
  const press = page.keyboard.press.bind(page.keyboard)
  const type = page.keyboard.type.bind(page.keyboard)
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
  // Keyboard-only stories act through the page's keyboard, not a locator.
  page.keyboard.press = async (...args) => {
    await checkOnArrival(page)
    return press(...args)
  }
  page.keyboard.type = async (...args) => {
    await checkOnArrival(page)
    return type(...args)
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
