import { type ChildProcess, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const apiDir = fileURLToPath(new URL('../..', import.meta.url))

export type CrashChild = {
  proc: ChildProcess
  out: () => string
  /** Resolves once the child printed "ready" (connected); rejects if it exits before. */
  ready: Promise<void>
  exited: Promise<number | null>
}

/** Starts a crash-test child (node + tsx, so SIGKILL reaches the job itself) with extra environment. */
export function startCrashChild(script: string, env: Record<string, string>): CrashChild {
  let out = ''
  const proc = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: apiDir,
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
