import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, signInOn, snap } from './setup/browser'
import { hqOpensVehicleFromCase } from './setup/vehicle-steps'

/**
 * Issue 17, the vehicle page: HQ searches the desk for 李娜's X7 by its VIN, opens the headlamp case,
 * follows the VIN to the vehicle and sees, newest first, the case and the station's warranty claim lines
 * for that headlamp, then the owner's page with all their vehicles; the station finds the same car
 * among those it served.
 */
const VIN = 'LHX7B2345N0000002'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(() => browser?.close())

describe('one vehicle’s whole history', () => {
  let hq: Page
  let number = ''

  it('HQ opens the vehicle page from the VIN on the case and sees the case and the claim lines', async () => {
    hq = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    await signInOn(hq, 'admin', 'service', '/complaints')
    number = await hqOpensVehicleFromCase(hq, VIN)
    const entries = hq.getByTestId('vehicle-entries')
    expect(await hq.getByTestId('vehicle-warranty').innerText()).toContain('在保')
    const text = await entries.innerText()
    expect(text.match(/BJ-RO-\d{6}-\d{3}/g)?.length).toBe(2)
    expect(text).toContain('X7HL001 ×1')
    await snap(hq, 'vehicles-01-admin-vehicle')

    // The case in the list links back to the desk.
    await hq.getByTestId(`vehicle-entry-${number}`).click()
    await hq.getByTestId('complaint-vin').waitFor()
    expect(hq.url()).toContain('/admin/complaints/')
  })

  it('HQ finds the car by the owner’s phone', async () => {
    await hq.goto(hq.url().replace(/\/admin\/.*$/, '/admin/vehicles'))
    await hq.getByTestId('vehicle-search-q').fill('138 0000 0002')
    await hq.getByTestId('vehicle-search-go').click()
    await hq.getByTestId(`vehicle-row-${VIN}`).waitFor()
    expect(hq.url()).toContain('q=138')
    await snap(hq, 'vehicles-02-admin-search')
    await hq.getByTestId(`vehicle-row-${VIN}`).click()
    await hq.getByTestId('vehicle-entries').waitFor()
  })

  it('HQ follows the owner to the customer page: their vehicles and one history naming each VIN', async () => {
    await hq.getByTestId('vehicle-customer').click()
    await hq.getByTestId('customer-history').waitFor()
    expect(await hq.getByTestId('customer-name').innerText()).toBe('李娜 Li Na')
    expect(await hq.getByTestId('customer-vehicles').innerText()).toContain(VIN)
    const text = await hq.getByTestId('vehicle-entries').innerText()
    expect(text).toContain(number)
    expect(text).toContain('BJ-RO-')
    expect(text).toContain(VIN)
    await snap(hq, 'vehicles-05-admin-customer')
    await hq.close()
  })

  it('the station finds the car it served; another station’s search does not show it', async () => {
    const beijing = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    await signInOn(beijing, 'dealer', 'bj.manager', '/vehicles?q=0000002')
    await beijing.getByTestId(`vehicle-row-${VIN}`).click()
    await beijing.getByTestId('vehicle-entries').waitFor()
    const text = await beijing.getByTestId('vehicle-entries').innerText()
    expect(text).toContain('保修索赔')
    // No 8D claim (HQ's business with the supplier) on the station's page.
    expect(text).not.toContain('8D 索赔')
    expect(text).not.toMatch(/8D-\d{4}-/)
    await snap(beijing, 'vehicles-03-dealer-vehicle')
    // The owner's page: the station's own case is there, the 8D claim is not.
    await beijing.getByTestId('vehicle-customer').click()
    await beijing.getByTestId('customer-history').waitFor()
    expect(await beijing.getByTestId('vehicle-entries').innerText()).not.toMatch(/8D-\d{4}-/)
    await snap(beijing, 'vehicles-06-dealer-customer')
    await beijing.close()

    const shanghai = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    await signInOn(shanghai, 'dealer', 'sh.manager', '/vehicles?q=0000002')
    await shanghai.getByText('没有找到符合条件的车辆').waitFor()
    await snap(shanghai, 'vehicles-04-dealer-none')
    await shanghai.close()
  })
})
