import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { baseUrl, codeSentTo, launch, signInOn, snap } from './setup/browser'

// Staff work at a desk, customers on a phone: each app is checked at the width it is used at.
const STAFF_VIEW = { viewport: { width: 1440, height: 900 } }
const viewFor = (app: string) => (app === 'portal' ? { viewport: { width: 390, height: 844 } } : STAFF_VIEW)

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(() => browser?.close())

const STAFF = [
  { app: 'admin', username: 'admin', name: '周总' },
  { app: 'admin', username: 'service', name: '吴敏' },
  { app: 'admin', username: 'quality', name: '郑工' },
  { app: 'admin', username: 'finance', name: '钱会计' },
  { app: 'dealer', username: 'bj.manager', name: '马站长' },
  { app: 'dealer', username: 'bj.staff', name: '何顾问' },
  { app: 'supplier', username: 'lamp.supplier', name: '星光质量部' },
]

describe('every app shows its login in Chinese, with an English switch', () => {
  for (const app of ['admin', 'dealer', 'supplier', 'portal']) {
    it(`/${app}/`, async () => {
      const page = await browser.newPage(viewFor(app))
      await page.goto(`${baseUrl()}/${app}/`)
      await page.getByTestId('lang-switch').waitFor()
      expect(await page.locator('h1, h2').first().innerText()).toMatch(/[\u4e00-\u9fff]/)
      await snap(page, `login-${app}-zh`)
      await page.close()
    })
  }
})

describe('each role signs in and sees its home', () => {
  for (const who of STAFF) {
    it(`${who.username} on /${who.app}/`, async () => {
      const page = await browser.newPage(STAFF_VIEW)
      await page.goto(`${baseUrl()}/${who.app}/`)
      await page.getByTestId('login-username').fill(who.username)
      await page.getByTestId('login-password').fill('demo123456')
      await page.getByTestId('login-submit').click()
      await expect.poll(() => page.getByTestId('home').innerText(), { timeout: 15_000 }).toContain(who.name)
      await snap(page, `home-${who.app}-${who.username}`)
      await page.getByTestId('logout').click()
      await page.getByTestId('login-username').waitFor()
      await page.close()
    })
  }

  it('a wrong password is refused with a message', async () => {
    const page = await browser.newPage(STAFF_VIEW)
    await page.goto(`${baseUrl()}/admin/`)
    await page.getByTestId('login-username').fill('admin')
    await page.getByTestId('login-password').fill('not-the-password')
    await page.getByTestId('login-submit').click()
    await page.getByTestId('login-error').waitFor()
    expect(await page.getByTestId('home').count()).toBe(0)
    await page.close()
  })
})

describe('customers sign in with a one-time code', () => {
  it('a right code opens the portal home', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } })
    await page.goto(`${baseUrl()}/portal/`)
    await page.getByTestId('login-contact').fill('13800000003')
    await page.getByTestId('login-request-code').click()
    await page.getByTestId('login-code').waitFor()
    await page.getByTestId('login-code').fill(await codeSentTo('13800000003'))
    await page.getByTestId('login-verify').click()
    await expect.poll(() => page.getByTestId('home').innerText(), { timeout: 15_000 }).toContain('王强')
    await snap(page, 'home-portal')
    await page.close()
  })

  it('a wrong code is refused', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } })
    await page.goto(`${baseUrl()}/portal/`)
    await page.getByTestId('login-contact').fill('13800000004')
    await page.getByTestId('login-request-code').click()
    await page.getByTestId('login-code').waitFor()
    const right = await codeSentTo('13800000004')
    await page.getByTestId('login-code').fill(right === '000000' ? '111111' : '000000')
    await page.getByTestId('login-verify').click()
    await page.getByTestId('login-error').waitFor()
    expect(await page.getByTestId('home').count()).toBe(0)
    await snap(page, 'portal-wrong-code')
    await page.close()
  })
})

describe('a page the role may not open', () => {
  it('finance opening the complaint desk sees which role it needs, not a silent home page', async () => {
    const page = await browser.newPage(STAFF_VIEW)
    await signInOn(page, 'admin', 'finance', '/complaints')
    const refused = page.getByTestId('no-permission')
    await refused.waitFor()
    const text = await refused.innerText()
    expect(text).toContain('无权访问此页面')
    expect(text).toContain('/complaints')
    expect(text).toContain('您当前的角色：总部财务')
    expect(page.url()).toContain('/admin/forbidden')
    await snap(page, 'no-permission-admin-finance')
    await page.getByRole('button', { name: '返回首页' }).click()
    await page.getByTestId('home').waitFor()
    await page.close()
  })
})
