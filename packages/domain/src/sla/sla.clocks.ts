import { advance, countable, type WorkingCalendar } from './sla.calendar'
import { clip, type Pause, type PauseRecord, pausesOf } from './sla.pauses'
import {
  budgetMs,
  type ClockName,
  clockOwner,
  measureOf,
  type SlaDuration,
  type SlaSettings,
} from './sla.policy'

export type { PauseRecord } from './sla.pauses'

/** The facts of a complaint's history that clocks depend on, oldest first. */
export type ClockEvent =
  | { type: 'opened'; at: Date; severity: 'general' | 'major'; hasStation: boolean }
  | { type: 'responded'; at: Date }
  | { type: 'status'; at: Date; status: string; reason?: string | null; by?: string | null }
  | { type: 'reclassified'; at: Date; severity: 'general' | 'major' }
  | { type: 'assigned'; at: Date }
  | { type: 'countermeasure'; at: Date }
  | { type: 'resolved'; at: Date }
  | { type: 'reopened'; at: Date }
  | { type: 'tech_requested'; at: Date }
  | { type: 'tech_answered'; at: Date }

export type ClockState = {
  clock: ClockName
  /** 1 for the first run; a reopened case starts cycle 2, and so on. */
  cycle: number
  startedAt: Date
  dueAt: Date
  stoppedAt: Date | null
  state: 'running' | 'paused' | 'met' | 'breached'
  /** Countable time left (negative once overdue), in ms. */
  remainingMs: number
  budgetMs: number
  nearBreach: boolean
  /** Whose calendar the clock runs on. */
  owner: 'station' | 'hq'
  /** The pauses of this run, each with why, who, and how much countable time it held back. */
  pauses: PauseRecord[]
}

/** HQ's desk calendar, and the station's (which inherits HQ's holidays) when the case has one. */
export type ClockCalendars = { hq: WorkingCalendar; station?: WorkingCalendar | null }

type Run = { clock: ClockName; cycle: number; start: Date; stop: Date | null }

/** Turns the history into runs: when each clock started and stopped, per cycle. */
function runsOf(events: readonly ClockEvent[]): Run[] {
  const runs: Run[] = []
  const open = new Map<ClockName, Run>()
  const cycles = new Map<ClockName, number>()
  const start = (clock: ClockName, at: Date) => {
    const cycle = (cycles.get(clock) ?? 0) + 1
    cycles.set(clock, cycle)
    const run = { clock, cycle, start: at, stop: null }
    runs.push(run)
    open.set(clock, run)
  }
  const stop = (clock: ClockName, at: Date) => {
    const run = open.get(clock)
    if (run) run.stop = at
    open.delete(clock)
  }
  let hasStation = false
  for (const e of events) {
    switch (e.type) {
      case 'opened':
        hasStation = e.hasStation
        start('response', e.at)
        start('resolution', e.at)
        if (hasStation) start('station_completion', e.at)
        break
      case 'responded':
        stop('response', e.at)
        break
      case 'assigned':
        if (!open.has('countermeasure')) start('countermeasure', e.at)
        break
      case 'countermeasure':
        stop('countermeasure', e.at)
        break
      case 'resolved':
        stop('resolution', e.at)
        stop('station_completion', e.at)
        break
      case 'reopened':
        start('resolution', e.at)
        if (hasStation) start('station_completion', e.at)
        break
      case 'tech_requested':
        if (!open.has('tech_support')) start('tech_support', e.at)
        break
      case 'tech_answered':
        stop('tech_support', e.at)
        break
      default:
        break
    }
  }
  return runs
}

function durationFor(clock: ClockName, severity: 'general' | 'major', s: SlaSettings): SlaDuration {
  switch (clock) {
    case 'response':
      return s.response
    case 'resolution':
      return severity === 'major' ? s.resolutionMajor : s.resolutionGeneral
    case 'countermeasure':
      return s.countermeasure
    case 'station_completion':
      return s.stationCompletion
    case 'tech_support':
      return s.techSupport
  }
}

/**
 * Every clock's latest run, recomputed from the history each time (never a stored counter that
 * drifts): a change of severity or policy simply gives new answers.
 */
export function computeClocks(
  events: readonly ClockEvent[],
  settings: SlaSettings,
  calendars: WorkingCalendar | ClockCalendars,
  now: Date,
): ClockState[] {
  let severity: 'general' | 'major' = 'general'
  let hasStation = false
  for (const e of events) if (e.type === 'opened' || e.type === 'reclassified') severity = e.severity
  for (const e of events) if (e.type === 'opened') hasStation = e.hasStation
  const both: ClockCalendars = 'hq' in calendars ? calendars : { hq: calendars, station: calendars }
  const latest = new Map<ClockName, Run>()
  for (const run of runsOf(events)) latest.set(run.clock, run)
  return [...latest.values()].map((run) => {
    const duration = durationFor(run.clock, severity, settings)
    const budget = budgetMs(duration)
    const measure = measureOf(duration)
    const owner = clockOwner(run.clock, hasStation)
    const calendar = (owner === 'station' ? both.station : null) ?? both.hq
    const end = run.stop ?? now
    const pauses = pausesOf(events, run.clock, settings, now)
      .map((p) => clip(p, run.start, new Date(Math.max(end.getTime(), run.start.getTime()))))
      .filter((p): p is Pause => p !== null)
    const held = pauses.map((p) => countable(calendar, p.from, p.to, measure))
    const consumed = countable(calendar, run.start, end, measure) - held.reduce((a, b) => a + b, 0)
    const dueAt = advance(calendar, run.start, budget, measure, pauses)
    const remainingMs = budget - consumed
    const pausedNow =
      run.stop === null &&
      pauses.some((p) => p.to.getTime() >= now.getTime() && p.from.getTime() <= now.getTime())
    // Late means the deadline has passed on the wall clock. Counting only the remaining countable
    // time would keep a working-day clock that fell due at the end of a Friday at exactly zero all
    // weekend: never breached, never escalated, until Monday's first working minute.
    const breached = end.getTime() > dueAt.getTime()
    const state = breached ? 'breached' : run.stop ? 'met' : pausedNow ? 'paused' : 'running'
    const nearBreach = !run.stop && !breached && remainingMs <= (budget * settings.nearBreachPercent) / 100
    return {
      clock: run.clock,
      cycle: run.cycle,
      startedAt: run.start,
      dueAt,
      stoppedAt: run.stop,
      state,
      remainingMs,
      budgetMs: budget,
      nearBreach,
      owner,
      pauses: pauses.map((p, i) => ({
        from: p.from,
        to: p.open && run.stop === null ? null : p.to,
        status: p.status,
        reason: p.reason,
        by: p.by,
        heldMs: held[i]!,
      })),
    }
  })
}

/** The nearest deadline among running clocks: what a queue sorts by and the sweep looks at. */
export function nextDue(clocks: readonly ClockState[]): Date | null {
  const running = clocks.filter((c) => c.stoppedAt === null)
  if (running.length === 0) return null
  return new Date(Math.min(...running.map((c) => c.dueAt.getTime())))
}

/** Clocks that have breached and are still running: each (clock, cycle) escalates once. */
export const breachesToEscalate = (clocks: readonly ClockState[]) =>
  clocks
    .filter((c) => c.stoppedAt === null && c.state === 'breached')
    .map((c) => ({ clock: c.clock, cycle: c.cycle }))
