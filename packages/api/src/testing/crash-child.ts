import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { bundleForNode } from '@asq/node-bundle'

export type CrashChild = {
  proc: ChildProcess
  out: () => string
  /** Resolves once the child printed "ready" (database open); rejects if it exits before. */
  ready: Promise<void>
  exited: Promise<number | null>
}

/**
 * The job child (job-crash-child.ts) bundled into one module, so that each of the many restarts is a
 * plain `node` start rather than tsx transpiling the api again.
 */
export async function bundleJobChild(): Promise<string> {
  const out = join(mkdtempSync(join(tmpdir(), 'asq-crash-child-')), 'job-crash-child.mjs')
  await bundleForNode(fileURLToPath(new URL('./job-crash-child.ts', import.meta.url)), out)
  return out
}

/** Starts a crash-test child (plain node running the bundle, so SIGKILL reaches the job itself). */
export function startCrashChild(bundle: string, env: Record<string, string>): CrashChild {
  let out = ''
  const proc = spawn(process.execPath, [bundle], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)))
  const ready = new Promise<void>((resolve, reject) => {
    proc.stdout!.on('data', (d) => {
      out += d
      if (out.includes('ready')) resolve()
    })
    proc.stderr!.on('data', (d) => {
      out += d
    })
    void exited.then(() =>
      out.includes('ready') ? resolve() : reject(new Error(`child exited early:\n${out}`)),
    )
  })
  return { proc, out: () => out, ready, exited }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const commits = (c: CrashChild) =>
  c
    .out()
    .split('\n')
    .filter((l) => l === 'commit').length

/**
 * Kills a job `kills` times with SIGKILL: every other time at a random moment 0–`maxDelayMs` after its
 * database opened (before its first commit, or inside the first transactions), otherwise right after
 * its n-th commit plus a random moment (inside a later transaction), n = 1, 2, 3, … from one such
 * kill to the next, so that a job walking its work from the start again (the settlement passes the
 * dealers already settled) is killed further on each time. Returns the transactions committed so
 * far at each kill (counted from the children's "commit" lines: a lower bound). Throws when a child
 * finished before it could be killed: the scenario is then too small to prove anything.
 */
export async function killRepeatedly(
  start: () => CrashChild,
  kills: number,
  maxDelayMs = 50,
): Promise<number[]> {
  const committed: number[] = []
  let total = 0
  let nth = 0
  for (let k = 0; k < kills; k++) {
    const c = start()
    await c.ready
    const deadline = Date.now() + 60_000
    if (k % 2 === 1) nth += 1
    if (k % 2 === 1)
      while (commits(c) < nth && !c.out().includes('done') && Date.now() < deadline) await sleep(2)
    await sleep(Math.floor(Math.random() * maxDelayMs))
    if (c.out().includes('done')) throw new Error(`the job finished before kill ${k + 1}:\n${c.out()}`)
    c.proc.kill('SIGKILL')
    const code = await c.exited
    if (code !== null) throw new Error(`the child exited with ${code} instead of being killed:\n${c.out()}`)
    total += commits(c)
    committed.push(total)
  }
  return committed
}

/** Runs the job to its end; returns the count it printed with "done". */
export async function runToEnd(start: () => CrashChild): Promise<number> {
  const c = start()
  const code = await c.exited
  const done = /done (\d+)/.exec(c.out())
  if (code !== 0 || !done) throw new Error(`the job did not finish (exit ${code}):\n${c.out()}`)
  return Number(done[1])
}
