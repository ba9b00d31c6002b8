import { execSync } from 'node:child_process'
import { existsSync, statSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { startServer } from './start-server'

/**
 * Cold load of a login screen to its first usable input on a slow phone: Fast 3G (1.6 Mbit/s down,
 * 750 kbit/s up, 150 ms latency) through the DevTools protocol and the CPU slowed 4×, empty cache.
 * Measured from navigation start to the moment the input is visible and enabled (sampled every frame),
 * with the bytes of JavaScript that crossed the network. Median of RUNS runs. Floor: 3 s for the portal.
 */
const RUNS = Number(process.env.RUNS ?? 5)
const FAST_3G = {
  offline: false,
  latency: 150,
  downloadThroughput: 1_600_000 / 8,
  uploadThroughput: 750_000 / 8,
}
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run']
const CASES = [
  {
    name: 'customer portal /portal/ (390 px)',
    path: '/portal/',
    input: 'login-contact',
    width: 390,
    floorMs: 3000,
  },
  {
    name: 'HQ admin /admin/ (1440 px)',
    path: '/admin/',
    input: 'login-username',
    width: 1440,
    floorMs: null,
  },
]

type Sample = { ms: number; jsBytes: number; cssBytes: number; jsGzip: number }

const appsDir = fileURLToPath(new URL('../../../apps', import.meta.url))
const APP_DIRS: Record<string, string> = {
  portal: 'customer-portal',
  admin: 'admin',
  dealer: 'dealer-portal',
  supplier: 'supplier-portal',
}

/** The gzip size of a built file the page fetched (the .gz beside it; small files are sent as they are). */
function gzipBytes(path: string): number {
  const [, app, ...rest] = path.split('/')
  const file = `${appsDir}/${APP_DIRS[app ?? ''] ?? app}/dist/${rest.join('/')}`
  return existsSync(`${file}.gz`) ? statSync(`${file}.gz`).size : existsSync(file) ? statSync(file).size : 0
}

async function once(url: string, c: (typeof CASES)[number]): Promise<Sample> {
  // A fresh browser per run: nothing cached, no connection kept warm. QUIC off so throttling applies.
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  })
  try {
    const page = await browser.newPage({ viewport: { width: c.width, height: 844 } })
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    await cdp.send('Network.emulateNetworkConditions', FAST_3G)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    await page.goto(`${url}${c.path}`, { waitUntil: 'commit' })
    // Polled every animation frame; the value is the page's clock (ms since navigation start) at the
    // first frame where the input is visible and enabled. No named inner functions: tsx would wrap them.
    const handle = await page.waitForFunction(
      (testId) => {
        const root = document.querySelector(`[data-testid="${testId}"]`)
        const input = root?.matches('input') ? root : root?.querySelector('input')
        const ok = input instanceof HTMLInputElement && !input.disabled && input.getClientRects().length > 0
        return ok ? performance.now() : false
      },
      c.input,
      { polling: 'raf', timeout: 120_000 },
    )
    const ms = (await handle.jsonValue()) as number
    const bytes = await page.evaluate(() => {
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[]
      let jsBytes = 0
      let cssBytes = 0
      const js: string[] = []
      for (const e of entries) {
        const path = new URL(e.name).pathname
        if (/\.js$/.test(path)) {
          jsBytes += e.encodedBodySize
          js.push(path)
        }
        if (/\.css$/.test(path)) cssBytes += e.encodedBodySize
      }
      return { jsBytes, cssBytes, js }
    })
    const jsGzip = bytes.js.reduce((n, path) => n + gzipBytes(path), 0)
    return { ms, jsBytes: bytes.jsBytes, cssBytes: bytes.cssBytes, jsGzip }
  } finally {
    await browser.close()
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

const loadBefore = loadavg()[0] ?? 0
const commit = (() => {
  try {
    return execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim()
  } catch {
    return 'unknown'
  }
})()
const server = process.env.BASE_URL ? { url: process.env.BASE_URL, stop: () => {} } : await startServer()
const rows: string[] = []
try {
  for (const c of CASES) {
    const samples: Sample[] = []
    for (let i = 0; i < RUNS; i++) samples.push(await once(server.url, c))
    const ms = median(samples.map((s) => s.ms))
    const kb = (n: number) => (n / 1024).toFixed(1)
    const verdict = c.floorMs === null ? 'reported' : ms < c.floorMs ? 'met' : 'NOT met'
    const row = `| ${c.name} | ${(ms / 1000).toFixed(2)} s | ${c.floorMs ? `< ${c.floorMs / 1000} s` : '—'} | ${verdict} | ${kb(median(samples.map((s) => s.jsBytes)))} KB | ${kb(median(samples.map((s) => s.jsGzip)))} KB | ${kb(median(samples.map((s) => s.cssBytes)))} KB | ${samples.map((s) => (s.ms / 1000).toFixed(2)).join(', ')} |`
    console.log(row)
    rows.push(row)
  }
} finally {
  server.stop()
}

const report = `# First screen on a slow phone

Cold load (empty cache) to the first usable input of the login screen, Fast 3G (1.6 Mbit/s down,
150 ms latency) and CPU 4× slower, via the DevTools protocol; median of ${RUNS} runs. JS and CSS are
the compressed bytes that crossed the network (brotli: chromium asks for it); "JS gzip" is the same
files' gzip size, the unit of the ≤ 100 KB budget. Run: \`pnpm bench:first-screen\` (builds must exist).

| screen | first usable input | floor | | JS (brotli, sent) | JS gzip | CSS (sent) | runs |
| --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load average ${loadBefore.toFixed(1)} at the start and ${loadavg()[0]?.toFixed(1)} at the end (other work on the machine slows every figure), Node ${process.version}, commit ${commit}, ${new Date().toISOString()}.
`
writeFileSync(new URL('../../RESULTS-first-screen.md', import.meta.url), report)
console.log(report)
