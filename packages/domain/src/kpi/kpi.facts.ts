import type { ComplaintEvent } from '../complaint'
import { toClockEvents } from '../complaint'
import type { SlaSettings } from '../sla'
import { computeClocks, countable, type WorkingCalendar } from '../sla'
import { kpiDay } from './kpi.period'

export type ComplaintEventLike = Pick<ComplaintEvent, 'type' | 'at' | 'data'>

/** Whether a deadline was kept: met, missed (late, or still running past it), or not decided yet. */
export type ClockOutcome = 'met' | 'late' | 'pending'

/**
 * What one complaint contributes to the figures, filed under the China date it was opened (its
 * cohort). Recomputed from the complaint's history whenever it changes; the daily aggregates are sums
 * of these, so a figure over any set of days is the same whether read from aggregates or from facts.
 */
export type ComplaintFact = {
  complaintId: string
  openedDay: string
  stationId: string | null
  /** The station's region when the fact was computed. */
  region: string | null
  productLineId: string | null
  cause: string
  severity: string
  closed: boolean
  /** The first response clock (cycle 1). */
  response: ClockOutcome
  /** The resolution clock of the latest cycle (a reopened case is judged on its last run). */
  resolution: ClockOutcome
  /** Working minutes from opening to the first response (null before it). */
  responseMinutes: number | null
  /** Working minutes from opening to the first resolution (null before it). */
  resolutionMinutes: number | null
  reopened: boolean
  followedUp: boolean
  satisfied: boolean
}

export type ComplaintForFact = {
  id: string
  openedAt: Date
  stationId: string | null
  region: string | null
  productLineId: string | null
  cause: string
  severity: string
  status: string
  followUp: { satisfied: boolean } | null
}

const outcome = (c: { state: string; stoppedAt: Date | null } | undefined): ClockOutcome =>
  !c ? 'pending' : c.state === 'breached' ? 'late' : c.stoppedAt ? 'met' : 'pending'

const minutes = (ms: number) => Math.floor(ms / 60_000)

export function complaintFact(
  complaint: ComplaintForFact,
  events: readonly ComplaintEventLike[],
  settings: SlaSettings,
  calendar: WorkingCalendar,
  now: Date,
): ComplaintFact {
  const sorted = [...events].sort((a, b) => a.at.getTime() - b.at.getTime())
  const clocks = computeClocks(toClockEvents(sorted), settings, calendar, now)
  // computeClocks keeps each clock's latest cycle; the first response has only cycle 1.
  const response = clocks.find((c) => c.clock === 'response')
  const resolution = clocks.find((c) => c.clock === 'resolution')
  const firstAt = (type: string) => sorted.find((e) => e.type === type)?.at ?? null
  const responded = firstAt('responded')
  const resolved = firstAt('resolved')
  const work = (to: Date | null) =>
    to ? minutes(countable(calendar, complaint.openedAt, to, 'working_days')) : null
  return {
    complaintId: complaint.id,
    openedDay: kpiDay(complaint.openedAt),
    stationId: complaint.stationId,
    region: complaint.region,
    productLineId: complaint.productLineId,
    cause: complaint.cause,
    severity: complaint.severity,
    closed: complaint.status === 'closed',
    response: outcome(response),
    resolution: outcome(resolution),
    responseMinutes: work(responded),
    resolutionMinutes: work(resolved),
    reopened: sorted.some((e) => e.type === 'reopened'),
    followedUp: complaint.followUp !== null,
    satisfied: complaint.followUp?.satisfied === true,
  }
}
