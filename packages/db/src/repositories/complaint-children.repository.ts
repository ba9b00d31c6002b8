import type {
  Attachment,
  Compensation,
  CompensationRepository,
  ComplaintAttachmentRepository,
  PartsSupportRequest,
  PartsSupportRequestRepository,
  TechSupportRequestRepository,
  VehicleRepository,
} from '@asq/domain'
import { and, asc, count, desc, eq, isNull } from 'drizzle-orm'
import type { Database } from '../client'
import {
  compensations,
  complaintAttachments,
  complaints,
  partsSupportRequests,
  techSupportRequests,
  vehicles,
} from '../schema'

const attachmentMeta = {
  id: complaintAttachments.id,
  complaintId: complaintAttachments.complaintId,
  filename: complaintAttachments.filename,
  mime: complaintAttachments.mime,
  size: complaintAttachments.size,
  sha256: complaintAttachments.sha256,
  uploadedBy: complaintAttachments.uploadedBy,
  createdAt: complaintAttachments.createdAt,
}

export const complaintAttachmentRepository = (db: Database): ComplaintAttachmentRepository => ({
  async add({ at, ...a }) {
    // The same file uploaded twice by the same uploader is stored once (content hash); another
    // uploader's identical bytes are an attachment of their own.
    const [r] = await db
      .insert(complaintAttachments)
      .values({ ...a, createdAt: at })
      .onConflictDoNothing()
      .returning(attachmentMeta)
    if (r) return r as Attachment
    const [existing] = await db
      .select(attachmentMeta)
      .from(complaintAttachments)
      .where(
        and(
          eq(complaintAttachments.complaintId, a.complaintId),
          eq(complaintAttachments.uploadedBy, a.uploadedBy),
          eq(complaintAttachments.sha256, a.sha256),
        ),
      )
    return existing as Attachment
  },
  async list(complaintId) {
    return (await db
      .select(attachmentMeta)
      .from(complaintAttachments)
      .where(eq(complaintAttachments.complaintId, complaintId))
      .orderBy(asc(complaintAttachments.createdAt))) as Attachment[]
  },
  async content(id) {
    const [r] = await db.select().from(complaintAttachments).where(eq(complaintAttachments.id, id))
    return r ? { ...(r as Attachment), content: r.content ? new Uint8Array(r.content) : null } : null
  },
})

type PRow = typeof partsSupportRequests.$inferSelect
const toParts = (r: PRow): PartsSupportRequest => ({
  ...r,
  lines: r.lines as PartsSupportRequest['lines'],
  status: r.status as PartsSupportRequest['status'],
})

export const partsSupportRequestRepository = (db: Database): PartsSupportRequestRepository => ({
  async create(r) {
    const [row] = await db
      .insert(partsSupportRequests)
      .values({ ...r, updatedAt: r.createdAt })
      .returning()
    return toParts(row!)
  },
  async byId(id) {
    const [r] = await db.select().from(partsSupportRequests).where(eq(partsSupportRequests.id, id))
    return r ? toParts(r) : null
  },
  async forComplaint(complaintId) {
    return (
      await db
        .select()
        .from(partsSupportRequests)
        .where(eq(partsSupportRequests.complaintId, complaintId))
        .orderBy(asc(partsSupportRequests.createdAt))
    ).map(toParts)
  },
  async list({ status, stationId, limit, offset }) {
    const w = and(
      status ? eq(partsSupportRequests.status, status) : undefined,
      stationId ? eq(partsSupportRequests.stationId, stationId) : undefined,
    )
    const items = await db
      .select()
      .from(partsSupportRequests)
      .where(w)
      .orderBy(desc(partsSupportRequests.createdAt))
      .limit(limit)
      .offset(offset)
    const [total] = await db.select({ n: count() }).from(partsSupportRequests).where(w)
    return { items: items.map(toParts), total: total?.n ?? 0 }
  },
  async step(id, from, to, eta, at) {
    const [r] = await db
      .update(partsSupportRequests)
      .set({ status: to, updatedAt: at, ...(eta ? { eta } : {}) })
      .where(and(eq(partsSupportRequests.id, id), eq(partsSupportRequests.status, from)))
      .returning()
    return r ? toParts(r) : null
  },
})

export const techSupportRequestRepository = (db: Database): TechSupportRequestRepository => ({
  async create(r) {
    const [row] = await db.insert(techSupportRequests).values(r).returning()
    return row!
  },
  async byId(id) {
    const [r] = await db.select().from(techSupportRequests).where(eq(techSupportRequests.id, id))
    return r ?? null
  },
  async forComplaint(complaintId) {
    return db
      .select()
      .from(techSupportRequests)
      .where(eq(techSupportRequests.complaintId, complaintId))
      .orderBy(asc(techSupportRequests.askedAt))
  },
  async listOpen(limit, offset) {
    const w = isNull(techSupportRequests.answeredAt)
    const items = await db
      .select()
      .from(techSupportRequests)
      .where(w)
      .orderBy(asc(techSupportRequests.askedAt))
      .limit(limit)
      .offset(offset)
    const [total] = await db.select({ n: count() }).from(techSupportRequests).where(w)
    return { items, total: total?.n ?? 0 }
  },
  async answer(id, answer, by, at) {
    const [r] = await db
      .update(techSupportRequests)
      .set({ answer, answeredBy: by, answeredAt: at })
      .where(and(eq(techSupportRequests.id, id), isNull(techSupportRequests.answeredAt)))
      .returning()
    return r ?? null
  },
})

type CRow = typeof compensations.$inferSelect
const toComp = (r: CRow): Compensation => ({
  ...r,
  type: r.type as Compensation['type'],
  status: r.status as Compensation['status'],
})

export const compensationRepository = (db: Database): CompensationRepository => ({
  async create(c) {
    const [r] = await db.insert(compensations).values(c).returning()
    return toComp(r!)
  },
  async byId(id) {
    const [r] = await db.select().from(compensations).where(eq(compensations.id, id))
    return r ? toComp(r) : null
  },
  async forComplaint(complaintId) {
    return (
      await db
        .select()
        .from(compensations)
        .where(eq(compensations.complaintId, complaintId))
        .orderBy(asc(compensations.createdAt))
    ).map(toComp)
  },
  async listPending(limit, offset) {
    const w = eq(compensations.status, 'pending_approval')
    const rows = await db
      .select({ c: compensations, complaintNumber: complaints.number, stationId: complaints.stationId })
      .from(compensations)
      .innerJoin(complaints, eq(complaints.id, compensations.complaintId))
      .where(w)
      .orderBy(asc(compensations.createdAt))
      .limit(limit)
      .offset(offset)
    const [total] = await db.select({ n: count() }).from(compensations).where(w)
    return {
      items: rows.map((r) => ({
        ...toComp(r.c),
        complaintNumber: r.complaintNumber,
        stationId: r.stationId,
      })),
      total: total?.n ?? 0,
    }
  },
  async decide(id, status, by, note, at) {
    const [r] = await db
      .update(compensations)
      .set({ status, decidedBy: by, decisionNote: note, decidedAt: at })
      .where(and(eq(compensations.id, id), eq(compensations.status, 'pending_approval')))
      .returning()
    return r ? toComp(r) : null
  },
})

export const vehicleRepository = (db: Database): VehicleRepository => ({
  async byId(id) {
    const [r] = await db.select().from(vehicles).where(eq(vehicles.id, id))
    return r ?? null
  },
  async forCustomer(customerId) {
    return db.select().from(vehicles).where(eq(vehicles.customerId, customerId)).orderBy(asc(vehicles.vin))
  },
})
