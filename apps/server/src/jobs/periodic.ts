import type { Logger } from '../logger'

/** A background job the server runs every `everyMs`; `run` returns counts worth logging (or nothing). */
export type PeriodicJob<D> = {
  name: string
  everyMs: number
  run: (deps: D) => Promise<Record<string, number> | undefined>
}

/**
 * Runs a job on a timer, one pass at a time (a tick that finds the previous pass still running is skipped, so passes never overlap or pile up),
 * logging a pass only when it did something. The returned stop function waits for the pass in flight,
 * so a graceful shutdown never cuts a transaction in half. Every job must itself be safe to run on
 * several servers at once: the timer is per process, the exactly-once guarantee is in the database.
 */
export function startPeriodicJob<D>(job: PeriodicJob<D>, deps: D, log: Logger): () => Promise<void> {
  let running: Promise<void> | null = null
  const tick = () => {
    if (running) return // the previous pass is still going: skip this tick rather than queue up
    // Started inside a promise, so even a job that throws before its first await is caught and logged.
    running = Promise.resolve()
      .then(() => job.run(deps))
      .then((counts) => {
        if (counts && Object.values(counts).some((n) => n > 0)) log({ msg: job.name, ...counts })
      })
      .catch((e) => log({ level: 'error', msg: `${job.name} failed`, error: String(e) }))
      .finally(() => {
        running = null
      })
  }
  const timer = setInterval(tick, job.everyMs)
  tick()
  return async () => {
    clearInterval(timer)
    await running
  }
}
