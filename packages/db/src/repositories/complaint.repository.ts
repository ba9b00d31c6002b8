import type { Complaint, ComplaintEvent, ComplaintRepository } from '@asq/domain'
import { and, asc, count, eq, inArray, isNotNull, lte, max, ne, sql } from 'drizzle-orm'
import type { Database } from '../client'
import { complaintCounters, complaintEscalations, complaintEvents, complaints } from '../schema'
import { listComplaints } from './complaint-list.query'

type Row = typeof complaints.$inferSelect

const toComplaint = (r: Row): Complaint => ({
  id: r.id,
  number: r.number,
  channel: r.channel as Complaint['channel'],
  kind: r.kind as Complaint['kind'],
  severity: r.severity as Complaint['severity'],
  cause: r.cause as Complaint['cause'],
  status: r.status as Complaint['status'],
  customerId: r.customerId,
  vehicleId: r.vehicleId,
  vin: r.vin,
  purchaseDate: r.purchaseDate,
  stationId: r.stationId,
  ownerId: r.ownerId,
  stationContact: (r.stationContact as Complaint['stationContact']) ?? null,
  responsibleUnit: r.responsibleUnit as Complaint['responsibleUnit'],
  summary: r.summary,
  description: r.description,
  story: r.story as Complaint['story'],
  mindsets: r.mindsets as Complaint['mindsets'],
  communicationStyle: r.communicationStyle as Complaint['communicationStyle'],
  solutions: r.solutions as Complaint['solutions'],
  result: r.result,
  followUp: r.followUp
    ? { ...(r.followUp as Complaint['followUp'] & object), at: new Date((r.followUp as { at: string }).at) }
    : null,
  escalationLevel: r.escalationLevel,
  openedAt: r.openedAt,
  closedAt: r.closedAt,
  nextDueAt: r.nextDueAt,
  version: r.version,
})

export const complaintRepository = (db: Database): ComplaintRepository => ({
  async nextSequence(year) {
    // One row per year, bumped under its row lock: concurrent filings get distinct numbers.
    const [r] = await db
      .insert(complaintCounters)
      .values({ year, last: 1 })
      .onConflictDoUpdate({
        target: complaintCounters.year,
        set: { last: sql`${complaintCounters.last} + 1` },
      })
      .returning()
    return r!.last
  },
  async create(c) {
    const [r] = await db
      .insert(complaints)
      .values({ ...c, status: 'new' })
      .onConflictDoNothing({ target: [complaints.customerId, complaints.clientRequestId] })
      .returning()
    return r ? toComplaint(r) : null
  },
  async byClientRequest(customerId, clientRequestId) {
    const [r] = await db
      .select()
      .from(complaints)
      .where(and(eq(complaints.customerId, customerId), eq(complaints.clientRequestId, clientRequestId)))
    return r ? toComplaint(r) : null
  },
  async byId(id) {
    const [r] = await db.select().from(complaints).where(eq(complaints.id, id))
    return r ? toComplaint(r) : null
  },
  async update(id, version, patch) {
    const { id: _id, version: _v, number: _n, ...rest } = patch
    const [r] = await db
      .update(complaints)
      .set({ ...rest, version: version + 1, updatedAt: new Date() })
      .where(and(eq(complaints.id, id), eq(complaints.version, version)))
      .returning()
    return r ? toComplaint(r) : null
  },
  list: (f) => listComplaints(db, f),
  async events(complaintId) {
    const rows = await db
      .select()
      .from(complaintEvents)
      .where(eq(complaintEvents.complaintId, complaintId))
      .orderBy(asc(complaintEvents.seq))
    return rows.map(
      (r): ComplaintEvent => ({
        id: r.id,
        complaintId: r.complaintId,
        at: r.at,
        type: r.type,
        visibility: r.visibility as ComplaintEvent['visibility'],
        actorLabel: r.actorLabel,
        data: r.data as Record<string, unknown>,
      }),
    )
  },
  async appendEvents(complaintId, at, actorLabel, events) {
    if (events.length === 0) return
    const [last] = await db
      .select({ seq: max(complaintEvents.seq) })
      .from(complaintEvents)
      .where(eq(complaintEvents.complaintId, complaintId))
    const start = (last?.seq ?? 0) + 1
    await db.insert(complaintEvents).values(
      events.map((e, i) => ({
        complaintId,
        seq: start + i,
        at,
        actorLabel,
        type: e.type,
        visibility: e.visibility,
        data: e.data,
      })),
    )
  },
  async dueForSweep(now, limit) {
    // Least recently checked first, then the lowest level, then the oldest deadline: a round robin
    // over the overdue cases, read from the partial index of open cases.
    const rows = await db
      .select()
      .from(complaints)
      .where(
        and(ne(complaints.status, 'closed'), isNotNull(complaints.nextDueAt), lte(complaints.nextDueAt, now)),
      )
      .orderBy(
        sql`${complaints.sweptAt} asc nulls first`,
        asc(complaints.escalationLevel),
        asc(complaints.nextDueAt),
      )
      .limit(limit)
    return rows.map(toComplaint)
  },
  async markSwept(ids, at) {
    if (ids.length === 0) return
    await db.update(complaints).set({ sweptAt: at }).where(inArray(complaints.id, ids))
  },
  async claimEscalation(e) {
    const rows = await db
      .insert(complaintEscalations)
      .values({ ...e, level: -1 })
      .onConflictDoNothing()
      .returning({ id: complaintEscalations.id })
    return rows[0]?.id ?? null
  },
  async raiseLevel(complaintId, escalationId, maxLevel) {
    const [r] = await db
      .update(complaints)
      .set({
        escalationLevel: sql`least(${complaints.escalationLevel} + 1, ${maxLevel})`,
        version: sql`${complaints.version} + 1`,
      })
      .where(eq(complaints.id, complaintId))
      .returning()
    await db
      .update(complaintEscalations)
      .set({ level: r!.escalationLevel })
      .where(eq(complaintEscalations.id, escalationId))
    return toComplaint(r!)
  },
  async escalationCount(complaintId) {
    const [r] = await db
      .select({ n: count() })
      .from(complaintEscalations)
      .where(eq(complaintEscalations.complaintId, complaintId))
    return r?.n ?? 0
  },
})
