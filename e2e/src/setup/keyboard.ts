import type { Page } from 'playwright-core'

/** Is the focus on the element with this test id (or inside it, e.g. the input of a select)? */
const focusedOn = (page: Page, testId: string) =>
  page.evaluate((id) => {
    const el = document.querySelector(`[data-testid="${id}"]`)
    const active = document.activeElement
    return !!el && !!active && (el === active || el.contains(active))
  }, testId)

/**
 * Moves the focus with Tab (Shift+Tab when `back`) until it reaches the control, as a keyboard user
 * would; fails when the control is not in the tab order at all.
 */
export async function tabTo(page: Page, testId: string, { back = false, max = 80 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await focusedOn(page, testId)) return
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
  }
  throw new Error(`"${testId}" cannot be reached with the keyboard (${max} presses of Tab)`)
}

/**
 * The text of the option the keyboard is on in the focused Element Plus select, read in one step: the
 * focused input names it with aria-activedescendant, as a screen reader would read it (another select's
 * list may still be fading out, so a page-wide look for a hovered option can find the wrong one).
 */
const hoveredOption = (page: Page) =>
  page.evaluate(() => {
    const id = document.activeElement?.getAttribute('aria-activedescendant')
    const option = id ? document.getElementById(id) : null
    return option ? option.innerText : null
  })

/**
 * Picks an option of the focused Element Plus select with the arrow keys and Enter. The options may
 * still be loading when the list opens (a slow network, a busy machine), so an empty list is waited for
 * rather than counted as a step.
 */
export async function chooseWithKeys(page: Page, text: string, max = 40): Promise<void> {
  await page.keyboard.press('ArrowDown')
  for (let step = 0, waited = 0; step < max && waited < 100; ) {
    const current = await hoveredOption(page)
    if (current?.includes(text)) {
      await page.keyboard.press('Enter')
      return
    }
    if (current === null) {
      // Nothing under the keyboard yet: the list is opening or its options are on their way.
      waited++
      await page.waitForTimeout(100)
    } else step++
    await page.keyboard.press('ArrowDown')
  }
  throw new Error(`no option "${text}" reached with the arrow keys`)
}
