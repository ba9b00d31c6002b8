import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Browser, chromium, type Page } from 'playwright-core'
import { inject } from 'vitest'
import { watchPages } from './a11y-pages'
import { checkA11y } from './axe'
import { CHROMIUM } from './chromium'

export const artifacts = fileURLToPath(new URL('../../artifacts', import.meta.url))

/** Debian's chromium; every page opened in it is checked with axe (see a11y-pages.ts). */
export async function launch(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  return watchPages(browser)
}

export const baseUrl = () => inject('baseUrl')

/** Keeps a screenshot of what the user saw, for people reviewing the run, and checks it with axe. */
export async function snap(page: Page, name: string) {
  mkdirSync(artifacts, { recursive: true })
  await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true })
  await checkA11y(page, name)
}

/**
 * Waits (on a condition, not a clock) until every finite CSS transition and animation on the page has
 * ended; endless ones (loading spinners) are left out, or the wait would never end.
 */
export async function animationsDone(page: Page) {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Number.POSITIVE_INFINITY,
      ),
  )
}

/** The newest login code sent to a contact, read the way an HQ admin would: the outbox. */
export async function codeSentTo(contact: string): Promise<string> {
  const url = baseUrl()
  const login = await fetch(`${url}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ json: { username: 'admin', password: 'demo123456' } }),
  })
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!
  const input = encodeURIComponent(JSON.stringify({ json: { recipient: contact, pageSize: 1 } }))
  const res = await fetch(`${url}/trpc/platform.outbox?input=${input}`, { headers: { cookie } })
  const body = (await res.json()) as { result: { data: { json: { items: { body: string }[] } } } }
  const m = /(\d{6})/.exec(body.result.data.json.items[0]?.body ?? '')
  if (!m) throw new Error(`no code in the outbox for ${contact}`)
  return m[1]!
}

/** Signs in on a staff app's login page as a person would, then opens `path` in that app. */
export async function signInOn(
  page: Page,
  app: 'admin' | 'dealer' | 'supplier',
  username: string,
  path: string,
) {
  await page.goto(`${baseUrl()}/${app}/`)
  await page.getByTestId('login-username').fill(username)
  await page.getByTestId('login-password').fill('demo123456')
  await page.getByTestId('login-submit').click()
  await page.getByTestId('home').waitFor({ timeout: 20_000 })
  await page.goto(`${baseUrl()}/${app}${path}`)
}

/** Signs a customer in on the portal with the code the outbox holds for their phone, as a person would. */
export async function signInOnPortal(page: Page, phone: string) {
  await page.goto(`${baseUrl()}/portal/`)
  await page.getByTestId('login-contact').fill(phone)
  await page.getByTestId('login-request-code').click()
  await page.getByTestId('login-code').waitFor()
  await page.getByTestId('login-code').fill(await codeSentTo(phone))
  await page.getByTestId('login-verify').click()
  await page.getByTestId('home').waitFor()
}
