import type { ApiDeps } from '@asq/api'
import { runEscalationSweep } from '@asq/api'
import type { Logger } from '../logger'

/**
 * Runs the complaint escalation sweep every minute. Safe on several servers at once: each breach is
 * claimed by a unique row in the database, so it escalates once whoever sweeps first.
 */
export function startEscalationSweeper(deps: ApiDeps, log: Logger, everyMs = 60_000): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve()
  const tick = () => {
    running = running
      .then(async () => {
        const r = await runEscalationSweep(deps)
        if (r.escalated > 0) log({ msg: 'escalation sweep', ...r })
      })
      .catch((e) => log({ level: 'error', msg: 'escalation sweep failed', error: String(e) }))
  }
  const timer = setInterval(tick, everyMs)
  tick()
  return async () => {
    clearInterval(timer)
    await running
  }
}
