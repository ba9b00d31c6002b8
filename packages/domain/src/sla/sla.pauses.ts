import type { ClockEvent } from './sla.clocks'
import { type ClockName, PAUSABLE_STATES, type PausableState, type SlaSettings } from './sla.policy'

/**
 * Pauses of a clock: the spans during which the complaint sat in a state the policy says stops that
 * clock. Each keeps why and who, so the case history can show it.
 */
export type PauseRecord = {
  from: Date
  /** null while the pause lasts. */
  to: Date | null
  status: string
  reason: string | null
  by: string | null
  /** Countable time the pause took out of the clock (0 for a pause outside opening hours). */
  heldMs: number
}

type Interval = { from: Date; to: Date }
export type Pause = Interval & { status: string; reason: string | null; by: string | null; open: boolean }

/** Intervals during which `clock` is paused, from the status history and the policy. */
export function pausesOf(
  events: readonly ClockEvent[],
  clock: ClockName,
  settings: SlaSettings,
  now: Date,
): Pause[] {
  const pausing = (s: string) =>
    (PAUSABLE_STATES as readonly string[]).includes(s) && settings.pauses[s as PausableState].includes(clock)
  const out: Pause[] = []
  let since: Extract<ClockEvent, { type: 'status' }> | null = null
  for (const e of events) {
    if (e.type !== 'status') continue
    if (pausing(e.status) && !since) since = e
    else if (!pausing(e.status) && since) {
      out.push({
        from: since.at,
        to: e.at,
        status: since.status,
        reason: since.reason ?? null,
        by: since.by ?? null,
        open: false,
      })
      since = null
    }
  }
  if (since) {
    const to = new Date(Math.max(now.getTime(), since.at.getTime()))
    out.push({
      from: since.at,
      to,
      status: since.status,
      reason: since.reason ?? null,
      by: since.by ?? null,
      open: true,
    })
  }
  return out
}

export const clip = (p: Pause, from: Date, to: Date): Pause | null => {
  const a = Math.max(p.from.getTime(), from.getTime())
  const b = Math.min(p.to.getTime(), to.getTime())
  return a < b ? { ...p, from: new Date(a), to: new Date(b) } : null
}
