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

/** Picks an option of the focused Element Plus select with the arrow keys and Enter. */
export async function chooseWithKeys(page: Page, text: string, max = 40): Promise<void> {
  await page.keyboard.press('ArrowDown')
  const hovered = page.locator('.el-select-dropdown__item.is-hovering:visible')
  for (let i = 0; i < max; i++) {
    if (((await hovered.count()) > 0 && (await hovered.first().innerText()).includes(text)) === true) {
      await page.keyboard.press('Enter')
      return
    }
    await page.keyboard.press('ArrowDown')
  }
  throw new Error(`no option "${text}" reached with the arrow keys`)
}
