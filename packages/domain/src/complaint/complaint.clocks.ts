import type { SlaSettings, WorkingCalendar } from '../sla'
import { type ClockCalendars, type ClockEvent, type ClockState, computeClocks, nextDue } from '../sla'
import type { ComplaintEvent } from './complaint.entity'
import type { Severity } from './complaint.vocabulary'

/** Reads the clock-relevant facts out of a complaint's stored history. */
type StoredEvent = Pick<ComplaintEvent, 'type' | 'at' | 'data'> & { actorLabel?: string | null }

export function toClockEvents(events: readonly StoredEvent[]): ClockEvent[] {
  const out: ClockEvent[] = []
  for (const e of [...events].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    const d = e.data
    switch (e.type) {
      case 'opened':
        out.push({
          type: 'opened',
          at: e.at,
          severity: d.severity as Severity,
          hasStation: Boolean(d.hasStation),
        })
        break
      case 'responded':
        out.push({ type: 'responded', at: e.at })
        break
      case 'status':
        out.push({
          type: 'status',
          at: e.at,
          status: d.to as string,
          reason: typeof d.reason === 'string' ? d.reason : null,
          by: e.actorLabel ?? null,
        })
        break
      case 'reclassified':
        out.push({ type: 'reclassified', at: e.at, severity: d.severity as Severity })
        break
      case 'assigned':
        out.push({ type: 'assigned', at: e.at })
        break
      case 'countermeasure':
        out.push({ type: 'countermeasure', at: e.at })
        break
      case 'resolved':
        out.push({ type: 'resolved', at: e.at })
        break
      case 'reopened':
        out.push({ type: 'reopened', at: e.at })
        break
      case 'tech_requested':
        out.push({ type: 'tech_requested', at: e.at })
        break
      case 'tech_answered':
        out.push({ type: 'tech_answered', at: e.at })
        break
      default:
        break
    }
  }
  return out
}

export function complaintClocks(
  events: readonly StoredEvent[],
  settings: SlaSettings,
  calendar: WorkingCalendar | ClockCalendars,
  now: Date,
): { clocks: ClockState[]; nextDueAt: Date | null } {
  const clocks = computeClocks(toClockEvents(events), settings, calendar, now)
  return { clocks, nextDueAt: nextDue(clocks) }
}
