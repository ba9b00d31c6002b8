import { postgresTestUrl } from '@asq/db/testing'
import { describe, expect, it } from 'vitest'
import { BENCHMARKS, runBenchmarks } from './runner'

/**
 * `pnpm bench --size tiny` inside the normal test command, so the generator and every benchmark keep
 * running: on PGlite, and on PostgreSQL when TEST_DATABASE_URL is set. Timings are NOT asserted (the
 * machine is shared); only that each benchmark ran and produced its rows. The embedded start builds
 * the server bundle and starts it: once, on the PGlite pass.
 */
const targets = [
  { name: 'pglite', serverUrl: undefined, skip: [] as string[] },
  ...(postgresTestUrl()
    ? [{ name: 'postgres', serverUrl: postgresTestUrl(), skip: ['embedded-start'] }]
    : []),
]

describe.each(targets)('pnpm bench --size tiny on $name', ({ serverUrl, skip }) => {
  it('runs every benchmark and renders a RESULTS row for each', async () => {
    const { rows, markdown } = await runBenchmarks({
      size: 'tiny',
      seed: 3,
      asOf: new Date('2026-06-01T00:00:00Z'),
      serverUrl,
      seconds: 0.3,
      connections: 4,
      skip,
    })
    expect(
      rows.filter((r) => r.figure.startsWith('error')).map((r) => `${r.benchmark}: ${r.figure}`),
    ).toEqual([])
    const ran = Object.keys(BENCHMARKS).filter((n) => !skip.includes(n))
    const prefixes: Record<string, string> = {
      'desk-list': 'desk list',
      'desk-search': 'desk search',
      'station-list': 'station list',
      'survey-eightd': 'survey results',
      'kpi-dashboard': 'KPI dashboard',
      'escalation-sweep': 'escalation sweep',
      settlement: 'settlement',
      'embedded-start': 'embedded start',
      'first-screen': 'first screen',
      engines: 'PGlite vs PostgreSQL',
    }
    for (const name of ran)
      expect(
        rows.some((r) => r.benchmark.startsWith(prefixes[name]!)),
        name,
      ).toBe(true)
    // No list call may fail: an error there is a broken route, not a slow one.
    expect(rows.filter((r) => / errors \(/.test(r.figure)).map((r) => r.figure)).toEqual([])
    expect(markdown).toMatch(/\| benchmark \| figure \| floor \| ratio \| goal \| goal met \|/)
    expect(markdown).toMatch(/load average/)
  }, 240_000)
})
