import { writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
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

type Sample = { ms: number; jsBytes: number; cssBytes: number }

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
      for (const e of entries) {
        if (/\.js$/.test(new URL(e.name).pathname)) jsBytes += e.encodedBodySize
        if (/\.css$/.test(new URL(e.name).pathname)) cssBytes += e.encodedBodySize
      }
      return { jsBytes, cssBytes }
    })
    return { ms, ...bytes }
  } finally {
    await browser.close()
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

const server = process.env.BASE_URL ? { url: process.env.BASE_URL, stop: () => {} } : await startServer()
const rows: string[] = []
try {
  for (const c of CASES) {
    const samples: Sample[] = []
    for (let i = 0; i < RUNS; i++) samples.push(await once(server.url, c))
    const ms = median(samples.map((s) => s.ms))
    const kb = (n: number) => (n / 1024).toFixed(1)
    const verdict = c.floorMs === null ? 'reported' : ms < c.floorMs ? 'met' : 'NOT met'
    const row = `| ${c.name} | ${(ms / 1000).toFixed(2)} s | ${c.floorMs ? `< ${c.floorMs / 1000} s` : '—'} | ${verdict} | ${kb(median(samples.map((s) => s.jsBytes)))} KB | ${kb(median(samples.map((s) => s.cssBytes)))} KB | ${samples.map((s) => (s.ms / 1000).toFixed(2)).join(', ')} |`
    console.log(row)
    rows.push(row)
  }
} finally {
  server.stop()
}

const report = `# First screen on a slow phone

Cold load (empty cache) to the first usable input of the login screen, Fast 3G (1.6 Mbit/s down,
150 ms latency) and CPU 4× slower, via the DevTools protocol; median of ${RUNS} runs. JS and CSS are
the compressed bytes that crossed the network. Run: \`pnpm bench:first-screen\` (builds must exist).

| screen | first usable input | floor | | JS (compressed) | CSS (compressed) | runs |
| --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load average ${loadavg()[0]?.toFixed(1)} (other work on the machine slows every figure), Node ${process.version}, ${new Date().toISOString()}.
`
writeFileSync(new URL('../../RESULTS-first-screen.md', import.meta.url), report)
console.log(report)
