import type { Complaint, Repositories } from '@asq/domain'
import {
  complaintClocks,
  customerProgress,
  customerTimeline,
  normalizeContact,
  usernameOfActorLabel,
  yearsWithoutCalendar,
} from '@asq/domain'
import { loadSla } from './complaint.service'

/** Staff (station and HQ) see the whole case: history, clocks, children, the customer's contact. */
export async function staffView(repos: Repositories, c: Complaint, now: Date) {
  const [events, sla, customer, attachments, partsRequests, techRequests, compensations] = await Promise.all([
    repos.complaints.events(c.id),
    loadSla(repos),
    repos.customers.byId(c.customerId),
    repos.complaintAttachments.list(c.id),
    repos.partsSupportRequests.forComplaint(c.id),
    repos.techSupportRequests.forComplaint(c.id),
    repos.compensations.forComplaint(c.id),
  ])
  const station = c.stationId ? await repos.organisations.byId(c.stationId) : null
  const { clocks } = complaintClocks(events, sla.settings, sla.calendarFor(c.stationId), now)
  return {
    complaint: c,
    /** Who did what, by name: each staff actor label in the history and the pauses → display name. */
    actorNames: await namesOfActors(repos, events),
    customer: customer
      ? { id: customer.id, name: customer.name, phone: customer.phone, email: customer.email }
      : null,
    station: station
      ? { id: station.id, nameZh: station.nameZh, nameEn: station.nameEn, region: station.region }
      : null,
    events,
    clocks,
    /** Years its deadlines are counted across with no holiday calendar loaded (HQ is warned). */
    calendarMissingYears: yearsWithoutCalendar(
      sla.loadedYears,
      c.openedAt,
      new Date(Math.max(c.openedAt.getTime(), ...clocks.map((k) => k.dueAt.getTime()))),
    ),
    attachments,
    partsRequests,
    techRequests,
    compensations,
  }
}

async function namesOfActors(repos: Repositories, events: readonly { actorLabel: string }[]) {
  const byUsername = new Map<string, string>()
  for (const e of events) {
    const username = usernameOfActorLabel(e.actorLabel)
    if (username) byUsername.set(username, e.actorLabel)
  }
  const names = await repos.users.displayNames([...byUsername.keys()])
  return Object.fromEntries([...names].map(([username, name]) => [byUsername.get(username)!, name]))
}

/**
 * A station's view. A case the station took itself shows the name and contact it typed, without the
 * customer id: the matched profile (its name, its e-mail, whether there was one) stays server-side.
 */
export async function stationView(repos: Repositories, c: Complaint, now: Date) {
  const view = await staffView(repos, c, now)
  const typed = c.stationContact
  if (!typed) return view
  const { customerId: _, ...complaint } = c
  const isPhone = normalizeContact(typed.contact).type === 'phone'
  return {
    ...view,
    complaint,
    customer: {
      id: null,
      name: typed.name,
      phone: isPhone ? typed.contact : null,
      email: isPhone ? null : typed.contact,
    },
  }
}

/** The customer's view: their words, the customer-facing timeline, what is next — no internal notes. */
export async function customerView(repos: Repositories, c: Complaint, now: Date) {
  const [events, sla, attachments] = await Promise.all([
    repos.complaints.events(c.id),
    loadSla(repos),
    repos.complaintAttachments.list(c.id),
  ])
  const station = c.stationId ? await repos.organisations.byId(c.stationId) : null
  const { clocks } = complaintClocks(events, sla.settings, sla.calendarFor(c.stationId), now)
  return {
    id: c.id,
    number: c.number,
    kind: c.kind,
    cause: c.cause,
    status: c.status,
    summary: c.summary,
    description: c.description,
    stationName: station ? { zh: station.nameZh, en: station.nameEn } : null,
    openedAt: c.openedAt,
    closedAt: c.closedAt,
    result: c.result,
    solutions: c.solutions,
    version: c.version,
    progress: customerProgress(c, clocks),
    timeline: customerTimeline(events),
    attachments: attachments
      .filter((a) => a.uploadedBy.startsWith('customer:'))
      .map(({ id, filename, mime, size, createdAt }) => ({ id, filename, mime, size, createdAt })),
    canConfirm: c.status === 'follow_up',
  }
}

/** One row of a customer's list. */
export const customerListItem = (
  c: Pick<Complaint, 'id' | 'number' | 'summary' | 'status' | 'openedAt'> & { stationName: string | null },
) => ({
  id: c.id,
  number: c.number,
  summary: c.summary,
  status: c.status,
  openedAt: c.openedAt,
  stationName: c.stationName,
})
