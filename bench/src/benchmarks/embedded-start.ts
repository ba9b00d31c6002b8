import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BenchContext } from '../run/context'
import { ms } from '../run/load'
import type { Row } from '../run/results'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const SERVER = join(ROOT, 'apps/server')
const BARE = fileURLToPath(new URL('./bare-pglite-open.mjs', import.meta.url))

/** Resident memory of a process and its descendants, in MB (Linux /proc). */
function treeRssMb(pid: number): number {
  const status = (p: number) => {
    try {
      return readFileSync(`/proc/${p}/status`, 'utf8')
    } catch {
      return ''
    }
  }
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status(pid))?.[1] ?? 0)
  let children: number[] = []
  try {
    children = readdirSync(`/proc/${pid}/task`).flatMap((t) =>
      readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number),
    )
  } catch {}
  return kb / 1024 + children.reduce((s, c) => s + treeRssMb(c), 0)
}

type Started = { child: ChildProcess; ms: number; rssMb: number }

/** Spawns `args` and waits until `ready(output)` holds; then reads the tree's RSS. */
async function startUntil(args: string[], env: NodeJS.ProcessEnv, ready: (out: string) => Promise<boolean>) {
  const began = performance.now()
  let out = ''
  const child = spawn(process.execPath, args, { cwd: SERVER, env, stdio: ['ignore', 'pipe', 'pipe'] })
  for (const stream of [child.stdout!, child.stderr!]) stream.on('data', (d: Buffer) => (out += d))
  for (;;) {
    if (child.exitCode !== null) throw new Error(`exited before it was ready:\n${out.slice(-2000)}`)
    if (await ready(out)) break
    await new Promise((r) => setTimeout(r, 10))
  }
  const took = performance.now() - began
  await new Promise((r) => setTimeout(r, 300))
  return { child, ms: took, rssMb: treeRssMb(child.pid!) } satisfies Started
}

const stop = (s: Started) =>
  new Promise<void>((resolve) => {
    s.child.once('exit', () => resolve())
    s.child.kill('SIGTERM')
  })

// SEED_DEMO=true: the data exists (nothing is seeded again); without it production refuses the demo logins.
export const embeddedServerEnv = (dataDir: string): NodeJS.ProcessEnv => ({
  ...process.env,
  PORT: '0',
  HOST: '127.0.0.1',
  DATA_DIR: dataDir,
  DATABASE_URL: '',
  SEED_DEMO: 'true',
})

const healthy = async (out: string) => {
  const port = /"msg":"listening","port":(\d+)/.exec(out)?.[1]
  return (
    !!port &&
    fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    )
  )
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

/**
 * The compiled server (`node dist/main.mjs`, the production bundle) started on an existing embedded
 * database until /healthz answers, beside a bare PGlite open of the same directory; median of ROUNDS.
 */
export async function embeddedStart(ctx: BenchContext): Promise<Row[]> {
  const rounds = ctx.size === 'tiny' ? 1 : 5
  const build = spawnSync('pnpm', ['--filter', '@asq/server', 'build'], { cwd: ROOT, encoding: 'utf8' })
  if (build.status !== 0) throw new Error(`the server bundle did not build:\n${build.stderr}`)
  const dataDir = mkdtempSync(join(tmpdir(), 'asq-bench-start-'))
  try {
    await stop(await startUntil(['dist/main.mjs'], embeddedServerEnv(dataDir), healthy))
    const server: Started[] = []
    const bare: Started[] = []
    for (let i = 0; i < rounds; i++) {
      const s = await startUntil(['dist/main.mjs'], embeddedServerEnv(dataDir), healthy)
      server.push(s)
      await stop(s)
      const b = await startUntil([BARE, join(dataDir, 'pglite')], process.env, async (o) =>
        o.includes('ready'),
      )
      bare.push(b)
      await stop(b)
    }
    const sMs = median(server.map((s) => s.ms))
    const bMs = median(bare.map((s) => s.ms))
    const sMb = median(server.map((s) => s.rssMb))
    const bMb = median(bare.map((s) => s.rssMb))
    return [
      {
        benchmark: `embedded start on an existing database (node dist/main.mjs → /healthz), median of ${rounds}`,
        figure: `${ms(sMs)}, ${sMb.toFixed(0)} MB`,
        floor: `bare PGlite open + select 1: ${ms(bMs)}, ${bMb.toFixed(0)} MB`,
        ratio: sMs / bMs,
        goal: '≤ 1.3×, ≤ 100 MB above',
        met: sMs / bMs <= 1.3 && sMb - bMb <= 100,
      },
    ]
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}
