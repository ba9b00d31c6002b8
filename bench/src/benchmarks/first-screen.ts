import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Row } from '../run/results'

const FILE = fileURLToPath(new URL('../../RESULTS-first-screen.md', import.meta.url))
const BUDGET_KB = 250

/**
 * First screens (issue 13 goal 6: ≤ 250 KB gzipped JS per app). A browser run needs built apps and
 * chromium, so `pnpm bench` takes the figures of the last `pnpm bench:first-screen`
 * (bench/RESULTS-first-screen.md, which names its own commit and load) rather than rerunning it.
 */
export async function firstScreen(): Promise<Row[]> {
  if (!existsSync(FILE)) return []
  const text = readFileSync(FILE, 'utf8')
  const made = /commit (\w+), ([\d-]+)/.exec(text)
  const from = made ? `last \`pnpm bench:first-screen\` (commit ${made[1]}, ${made[2]})` : 'last run'
  return text
    .split('\n')
    .filter((l) => /^\| (customer|HQ|dealer|supplier)/.test(l))
    .map((l) => {
      const [screen, first, floor, , , gzip] = l
        .split('|')
        .slice(1)
        .map((c) => c.trim()) as string[]
      const kb = Number.parseFloat(gzip ?? '')
      return {
        benchmark: `first screen: ${screen} (${from})`,
        figure: `${gzip} JS gzip; first usable input ${first} on Fast 3G, CPU 4×`,
        floor: floor === '—' ? '—' : `${floor} to the first input`,
        ratio: null,
        goal: `≤ ${BUDGET_KB} KB gzipped JS`,
        met: Number.isFinite(kb) ? kb <= BUDGET_KB : null,
      }
    })
}
