import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

/**
 * axe-core's WCAG 2.0/2.1 level A and AA rules run inside a page the browser tests visit. Any violation
 * fails the test that showed the page, naming the rule, the element and what to fix.
 */
const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

type Violation = {
  id: string
  impact: string | null
  help: string
  nodes: { target: string; html: string }[]
}

/** States already checked and clean (URL + visible text), so repeated checks of one screen cost nothing. */
const clean = new Set<string>()

/** What this test file's checks covered: screens (distinct states) run through axe, their addresses, violations. */
const tally = { screens: 0, pages: new Set<string>(), violations: 0 }

export const a11ySummary = () =>
  `axe (WCAG 2 A/AA): ${tally.screens} screens on ${tally.pages.size} pages checked, ${tally.violations} violations`

/** Staff work at a desk, customers on a phone: each app is judged at the width it is used at. */
const WIDTH: Record<string, number> = { portal: 390, admin: 1440, dealer: 1440, supplier: 1440 }

async function inject(page: Page) {
  if (await page.evaluate(() => 'axe' in window)) return
  try {
    await page.addScriptTag({ path: AXE_PATH })
  } catch {
    // A Content-Security-Policy without inline scripts refuses the tag; the debugger protocol may still run it.
    await page.evaluate(readFileSync(AXE_PATH, 'utf8'))
  }
}

/** Waits until no finite CSS animation or transition is running (a half-faded dialog is not a real state). */
async function settle(page: Page) {
  await page
    .waitForFunction(
      () =>
        document
          .getAnimations()
          .every(
            (a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Number.POSITIVE_INFINITY,
          ),
      undefined,
      { timeout: 5_000 },
    )
    .catch(() => undefined)
}

async function run(page: Page): Promise<{ key: string; violations: Violation[] } | null> {
  await settle(page)
  // A PDF or image the app opened is the browser's viewer, not a page of ours.
  if (!(await page.evaluate(() => document.contentType === 'text/html'))) return null
  const key = await page.evaluate(() => `${location.href}\n${document.body?.innerText ?? ''}`)
  if (clean.has(key)) return null
  await inject(page)
  const violations = await page.evaluate(async (tags) => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is the global the injected script defines
    const axe = (window as any).axe
    // The whole document, nothing left out.
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    })
    return result.violations.map((v: { id: string; impact: string; help: string; nodes: unknown[] }) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: (v.nodes as { target: string[]; html: string }[]).map((n) => ({
        target: n.target.join(' '),
        html: n.html.slice(0, 160),
      })),
    }))
  }, TAGS)
  tally.screens++
  tally.pages.add(key.split('\n')[0]!.replace(/[?#].*$/, ''))
  tally.violations += violations.reduce((n: number, v: Violation) => n + v.nodes.length, 0)
  return { key, violations }
}

function checkWidth(page: Page) {
  const app = /^\/(\w+)\//.exec(new URL(page.url()).pathname)?.[1] ?? ''
  const want = WIDTH[app]
  const width = page.viewportSize()?.width
  if (want && width !== want)
    throw new Error(`${page.url()} is checked at ${width} px; the ${app} app is judged at ${want} px`)
}

/** Runs axe on what the page shows now; throws when any WCAG 2 A/AA rule is violated. */
export async function checkA11y(page: Page, where = ''): Promise<void> {
  if (page.isClosed() || page.url() === 'about:blank') return
  checkWidth(page)
  let outcome: Awaited<ReturnType<typeof run>> = null
  for (let attempt = 0; ; attempt++) {
    try {
      outcome = await run(page)
      break
    } catch (e) {
      // The page navigated while axe ran: check the page it arrived at instead.
      if (attempt >= 3 || !/context was destroyed|navigat/i.test(String(e))) throw e
      await page.waitForLoadState().catch(() => undefined)
    }
  }
  if (!outcome) return
  if (outcome.violations.length === 0) {
    clean.add(outcome.key)
    return
  }
  const lines = outcome.violations.flatMap((v) => [
    `  ${v.id} (${v.impact}): ${v.help}`,
    ...v.nodes.slice(0, 8).map((n) => `    ${n.target}  ${n.html}`),
  ])
  throw new Error(
    `accessibility violations on ${page.url()}${where ? ` (${where})` : ''}:\n${lines.join('\n')}`,
  )
}
