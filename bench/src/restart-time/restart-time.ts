/**
 * Embedded restart after SIGKILL (issue 11, suite 3): builds the server bundle (`pnpm start` runs
 * it), starts it on a fresh data directory with the demo data, then RESTARTS times (default 20) signs
 * in (a commit), kills it with SIGKILL and starts it again, timing spawn → /healthz answering and
 * each startup phase from the server's own log (`startupMs` since the process started). Prints the
 * figures, writes them into docs/security.md between the restart-time markers, and exits 1 when the
 * median restart takes 10 s or more.
 *   pnpm --filter @asq/bench restart-time
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chinaDate } from '@asq/domain'
import { embeddedServerEnv } from '../benchmarks/embedded-start'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const SERVER = join(ROOT, 'apps/server')
const ROUNDS = Number(process.env.RESTARTS ?? 20)
const LIMIT_MS = 10_000
const PHASES = ['modules loaded', 'database open', 'migrations applied', 'listening']

type Started = { child: ChildProcess; url: string; ms: number; phases: Record<string, number> }

async function start(dataDir: string): Promise<Started> {
  const began = performance.now()
  let out = ''
  const child = spawn(process.execPath, ['dist/main.mjs'], {
    cwd: SERVER,
    env: embeddedServerEnv(dataDir),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout!.on('data', (d) => {
    out += d
  })
  child.stderr!.on('data', (d) => {
    out += d
  })
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited:\n${out}`)
    const port = /"msg":"listening","port":(\d+)/.exec(out)?.[1]
    const url = `http://127.0.0.1:${port}`
    if (
      port &&
      (await fetch(`${url}/healthz`).then(
        (r) => r.ok,
        () => false,
      ))
    ) {
      const phases: Record<string, number> = {}
      for (const m of out.matchAll(/"msg":"([a-z ]+)"[^\n]*"startupMs":(\d+)/g)) phases[m[1]!] = Number(m[2])
      return { child, url, ms: performance.now() - began, phases }
    }
    await new Promise((r) => setTimeout(r, 20))
  }
}

const kill = (s: Started) =>
  new Promise<void>((resolve) => {
    s.child.once('exit', () => resolve())
    s.child.kill('SIGKILL')
  })
const median = (xs: number[]) => Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!)

const build = spawnSync('pnpm', ['--filter', '@asq/server', 'build'], { cwd: ROOT, stdio: 'inherit' })
if (build.status !== 0) process.exit(1)
const dataDir = mkdtempSync(join(tmpdir(), 'asq-restart-bench-'))
let server = await start(dataDir)
const restarts: Started[] = []
for (let i = 0; i < ROUNDS; i++) {
  await fetch(`${server.url}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify({ json: { username: 'admin', password: 'demo123456' } }),
  })
  await kill(server)
  server = await start(dataDir)
  restarts.push(server)
}
await kill(server)
rmSync(dataDir, { recursive: true, force: true })

const ms = restarts.map((r) => r.ms)
const load = loadavg()[0]!.toFixed(1)
const phases = PHASES.map((p) => `${p} ${median(restarts.map((r) => r.phases[p]!))} ms`).join(', ')
const line = `Last \`pnpm --filter @asq/bench restart-time\` (${chinaDate(new Date())}, embedded PGlite, load average ${load} on ${process.env.BENCH_MACHINE ?? 'this machine'}): restart after SIGKILL, spawn → /healthz, median **${median(ms)} ms**, max ${Math.round(Math.max(...ms))} ms over ${ms.length}; median since process start: ${phases}.`
console.log(
  `[figure] embedded restart after SIGKILL: median ${median(ms)} ms, max ${Math.round(Math.max(...ms))} ms over ${ms.length} (${phases}; load average ${load})`,
)

const docs = join(ROOT, 'docs/security.md')
const text = readFileSync(docs, 'utf8')
const marked = /<!-- restart-time -->\n[\s\S]*?<!-- \/restart-time -->/
if (marked.test(text))
  writeFileSync(docs, text.replace(marked, `<!-- restart-time -->\n${line}\n<!-- /restart-time -->`))
if (median(ms) >= LIMIT_MS) {
  console.error(`the median restart took ${median(ms)} ms: over the ${LIMIT_MS} ms required`)
  process.exit(1)
}
