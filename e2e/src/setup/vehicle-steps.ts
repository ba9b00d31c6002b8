import type { Page } from 'playwright-core'
import { expect } from 'vitest'

/**
 * HQ on the desk: finds the one case of `vin` by the desk search, opens it, follows the VIN on the case to
 * the vehicle page and checks that it lists that case and the vehicle's claim lines. Returns the case
 * number. Shared by the vehicle story and the conversation story (issue 17).
 */
export async function hqOpensVehicleFromCase(hq: Page, vin: string): Promise<string> {
  await hq.getByTestId('desk-search').fill(vin)
  await hq.getByTestId('desk-search').press('Enter')
  // The desk narrows to the one case of that VIN (the unfiltered first page is there until then).
  const rows = hq.locator('[data-testid^="desk-row-CP-"]')
  await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(1)
  const row = rows.first()
  const number = (await row.innerText()).trim()
  await row.click()
  await hq.getByTestId('complaint-vin').click()

  const entries = hq.getByTestId('vehicle-entries')
  await entries.waitFor()
  expect(await hq.getByTestId('vehicle-vin').innerText()).toBe(vin)
  await hq.getByTestId(`vehicle-entry-${number}`).waitFor()
  const text = await entries.innerText()
  expect(text).toContain('投诉')
  expect(text).toContain('保修索赔')
  return number
}
