import type {
  Actor,
  AuditEvent,
  ClockCalendars,
  Complaint,
  ComplaintEvent,
  Decision,
  Repositories,
  SlaSettings,
  WorkingCalendar,
} from '@asq/domain'
import {
  actorLabel,
  complaintClocks,
  DEFAULT_SLA_SETTINGS,
  makeCalendar,
  notFound,
  staleVersion,
  stationCalendar,
} from '@asq/domain'
import type { Context } from '../../context'
import { onComplaintClosed } from '../survey/survey.triggers'

/** Whose complaints a caller may touch: a customer their own, a station its own, HQ all. */
export type Scope =
  | { kind: 'customer'; customerId: string }
  | { kind: 'station'; stationId: string }
  | { kind: 'hq' }

function inScope(c: Pick<Complaint, 'customerId' | 'stationId'>, scope: Scope): boolean {
  if (scope.kind === 'customer') return c.customerId === scope.customerId
  if (scope.kind === 'station') return c.stationId === scope.stationId
  return true
}

/** Loads a complaint the caller may see; anything else (missing or not theirs) is NOT_FOUND. */
export async function loadScoped(repos: Repositories, id: string, scope: Scope): Promise<Complaint> {
  const c = await repos.complaints.byId(id)
  if (!c || !inScope(c, scope)) throw notFound('complaint')
  return c
}

export type SlaContext = {
  settings: SlaSettings
  /** HQ's desk calendar. */
  calendar: WorkingCalendar
  /** The calendars a complaint's clocks run on: HQ's, and its station's (HQ holidays, own hours). */
  calendarFor: (stationId: string | null) => ClockCalendars
  version: number
  /** The years (China time) for which a holiday calendar is loaded. */
  loadedYears: ReadonlySet<number>
}

export async function loadSla(repos: Repositories): Promise<SlaContext> {
  // In turn, not at once: inside a transaction these share one connection (see kpi.refresh.ts).
  const policy = await repos.sla.currentPolicy()
  const days = await repos.sla.allCalendarDays()
  const hours = await repos.sla.allOpeningHours()
  const desk = hours.find((h) => h.orgKind === 'hq')
  const calendar = makeCalendar({
    holidays: days.filter((d) => d.kind === 'holiday').map((d) => d.date),
    makeupWorkdays: days.filter((d) => d.kind === 'workday').map((d) => d.date),
    ...(desk ? { hours: desk.hours, closures: desk.closures } : {}),
  })
  const stations = new Map(
    hours
      .filter((h) => h.orgKind === 'dealer')
      .map((h) => [h.orgId, stationCalendar(calendar, { hours: h.hours, closures: h.closures })]),
  )
  return {
    settings: policy?.settings ?? DEFAULT_SLA_SETTINGS,
    version: policy?.version ?? 0,
    loadedYears: new Set(days.map((d) => Number(d.date.slice(0, 4)))),
    calendar,
    calendarFor: (stationId) => ({
      hq: calendar,
      station: (stationId && stations.get(stationId)) || calendar,
    }),
  }
}

/** What the audit trail keeps of a complaint before and after a change. */
export const auditView = (c: Complaint) => ({
  status: c.status,
  severity: c.severity,
  kind: c.kind,
  stationId: c.stationId,
  ownerId: c.ownerId,
  responsibleUnit: c.responsibleUnit,
  result: c.result,
  escalationLevel: c.escalationLevel,
  version: c.version,
})

/**
 * Persists one decision inside the caller's transaction: the optimistic update (refused when the
 * caller's version is stale), the new history, the recomputed nearest deadline and the audit event.
 */
export async function persistDecision(
  tx: { repos: Repositories; audit(e: AuditEvent): Promise<void> },
  ctx: Pick<Context, 'clock'> & { actor: Actor | null },
  c: Complaint,
  expectedVersion: number,
  decision: Decision,
  action: string,
): Promise<Complaint> {
  if (expectedVersion !== c.version) throw staleVersion('complaint')
  const now = ctx.clock()
  const sla = await loadSla(tx.repos)
  const history: Pick<ComplaintEvent, 'type' | 'at' | 'data'>[] = [
    ...(await tx.repos.complaints.events(c.id)),
    ...decision.events.map((e) => ({ type: e.type, at: now, data: e.data })),
  ]
  const { nextDueAt } = complaintClocks(history, sla.settings, sla.calendarFor(c.stationId), now)
  const updated = await tx.repos.complaints.update(c.id, expectedVersion, {
    ...decision.patch,
    nextDueAt: decision.patch.status === 'closed' ? null : nextDueAt,
  })
  if (!updated) throw staleVersion('complaint')
  await tx.repos.complaints.appendEvents(c.id, now, actorLabel(ctx.actor), decision.events)
  await tx.audit({
    action: `complaint.${action}`,
    entityType: 'complaint',
    entityId: c.id,
    before: auditView(c),
    after: auditView(updated),
  })
  if (updated.status === 'closed' && c.status !== 'closed') await onComplaintClosed(tx, updated, now)
  return updated
}
