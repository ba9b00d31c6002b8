import type { CaseFacts, TeachingCase, TeachingCaseRecord, TeachingCaseRepository } from '@asq/domain'
import { offsetOf } from '@asq/domain'
import { and, count, desc, eq, getTableColumns, ilike, inArray, or, type SQL, sql } from 'drizzle-orm'
import type { Database } from '../../client'
import {
  complaintEvents,
  complaints,
  customers,
  feeParts,
  partsSupportRequests,
  teachingCaseSources,
  teachingCases,
  vehicles,
} from '../../schema'

type Row = typeof teachingCases.$inferSelect & {
  complaintId: string | null
  partNameZh: string | null
  partNameEn: string | null
}

const toRecord = (r: Row): TeachingCaseRecord => ({
  id: r.id,
  complaintId: r.complaintId,
  status: r.status as TeachingCase['status'],
  title: r.title,
  cause: r.cause as TeachingCase['cause'],
  partCode: r.partCode,
  customerType: r.customerType as TeachingCase['customerType'],
  communicationStyle: r.communicationStyle as TeachingCase['communicationStyle'],
  mindsets: r.mindsets as TeachingCase['mindsets'],
  story: r.story,
  actions: r.actions,
  lessons: r.lessons,
  createdBy: r.createdBy,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
  publishedAt: r.publishedAt,
  withdrawnAt: r.withdrawnAt,
  version: r.version,
  partNameZh: r.partNameZh,
  partNameEn: r.partNameEn,
})

const like = (q: string) => `%${q.replace(/[%_\\]/g, '\\$&')}%`

/** Teaching cases with their part's names; newest published (else created) first. */
export const teachingCaseRepository = (db: Database): TeachingCaseRepository => {
  const select = () =>
    db
      .select({
        ...getTableColumns(teachingCases),
        complaintId: teachingCaseSources.complaintId,
        partNameZh: feeParts.nameZh,
        partNameEn: feeParts.nameEn,
      })
      .from(teachingCases)
      .leftJoin(teachingCaseSources, eq(teachingCaseSources.teachingCaseId, teachingCases.id))
      .leftJoin(feeParts, eq(feeParts.code, teachingCases.partCode))
  const one = async (where: SQL) => {
    const [r] = await select().where(where).limit(1)
    return r ? toRecord(r) : null
  }
  const newest = [
    desc(sql`coalesce(${teachingCases.publishedAt}, ${teachingCases.createdAt})`),
    desc(teachingCases.id),
  ]

  return {
    async create({ complaintId, ...c }) {
      const [r] = await db.insert(teachingCases).values(c).returning({ id: teachingCases.id })
      if (complaintId) {
        const [linked] = await db
          .insert(teachingCaseSources)
          .values({ teachingCaseId: r!.id, complaintId })
          .onConflictDoNothing({ target: teachingCaseSources.complaintId })
          .returning()
        // The case has a teaching case already (made meanwhile): this one goes again.
        if (!linked) {
          await db.delete(teachingCases).where(eq(teachingCases.id, r!.id))
          return null
        }
      }
      return one(eq(teachingCases.id, r!.id))
    },
    byId: (id) => one(eq(teachingCases.id, id)),
    byComplaint: (complaintId) => one(eq(teachingCaseSources.complaintId, complaintId)),
    async update(id, version, patch) {
      const {
        id: _id,
        complaintId: _c,
        version: _v,
        partNameZh: _z,
        partNameEn: _e,
        ...rest
      } = patch as Partial<Row>
      const [r] = await db
        .update(teachingCases)
        .set({ ...rest, version: sql`${teachingCases.version} + 1` })
        .where(and(eq(teachingCases.id, id), eq(teachingCases.version, version)))
        .returning({ id: teachingCases.id })
      return r ? one(eq(teachingCases.id, r.id)) : null
    },
    async search(f) {
      const q = f.q ? like(f.q) : null
      const where = and(
        f.status ? eq(teachingCases.status, f.status) : undefined,
        f.cause ? eq(teachingCases.cause, f.cause) : undefined,
        f.partCode ? eq(teachingCases.partCode, f.partCode) : undefined,
        f.customerType ? eq(teachingCases.customerType, f.customerType) : undefined,
        q
          ? or(
              ilike(teachingCases.title, q),
              ilike(teachingCases.story, q),
              ilike(teachingCases.actions, q),
              ilike(teachingCases.lessons, q),
              ilike(teachingCases.partCode, q),
              ilike(feeParts.nameZh, q),
              ilike(feeParts.nameEn, q),
            )
          : undefined,
      )
      const [rows, [total]] = await Promise.all([
        select()
          .where(where)
          .orderBy(...newest)
          .limit(f.pageSize)
          .offset(offsetOf(f)),
        db
          .select({ n: count() })
          .from(teachingCases)
          .leftJoin(feeParts, eq(feeParts.code, teachingCases.partCode))
          .where(where),
      ])
      return { items: rows.map(toRecord), total: total?.n ?? 0, page: f.page, pageSize: f.pageSize }
    },
    async similarCandidates(f) {
      const rows = await select()
        .where(
          and(
            eq(teachingCases.status, 'published'),
            or(
              eq(teachingCases.cause, f.cause),
              f.partCodes.length ? inArray(teachingCases.partCode, [...f.partCodes]) : undefined,
            ),
          ),
        )
        .orderBy(...newest)
        .limit(200)
      return rows.map(toRecord)
    },
    async caseFacts(complaintId) {
      const [c] = await db
        .select({
          name: customers.name,
          phone: customers.phone,
          keyAccount: customers.keyAccount,
          plate: vehicles.plate,
          vin: sql<string | null>`coalesce(${complaints.vin}, ${vehicles.vin})`,
        })
        .from(complaints)
        .innerJoin(customers, eq(customers.id, complaints.customerId))
        .leftJoin(vehicles, eq(vehicles.id, complaints.vehicleId))
        .where(eq(complaints.id, complaintId))
      if (!c) return null
      // The catalogue parts the case concerned: its parts-support lines and its stock checks, first seen first.
      const [requests, checks] = await Promise.all([
        db
          .select({ lines: partsSupportRequests.lines })
          .from(partsSupportRequests)
          .where(eq(partsSupportRequests.complaintId, complaintId))
          .orderBy(partsSupportRequests.createdAt),
        db
          .select({ data: complaintEvents.data })
          .from(complaintEvents)
          .where(and(eq(complaintEvents.complaintId, complaintId), eq(complaintEvents.type, 'stock_checked')))
          .orderBy(complaintEvents.at),
      ])
      const mentioned = [
        ...requests.flatMap((r) => (r.lines as { partCode: string }[]).map((l) => l.partCode)),
        ...checks.map((e) => (e.data as { partCode?: string }).partCode ?? ''),
      ].filter(Boolean)
      const known = mentioned.length
        ? new Set(
            (
              await db
                .select({ code: feeParts.code })
                .from(feeParts)
                .where(inArray(feeParts.code, [...new Set(mentioned)]))
            ).map((p) => p.code),
          )
        : new Set<string>()
      const facts: CaseFacts = {
        personal: { name: c.name, phone: c.phone, plate: c.plate, vin: c.vin },
        keyAccount: c.keyAccount,
        partCodes: [...new Set(mentioned.filter((p) => known.has(p)))],
      }
      return facts
    },
    async partExists(code) {
      const [p] = await db
        .select({ code: feeParts.code })
        .from(feeParts)
        .where(eq(feeParts.code, code))
        .limit(1)
      return p !== undefined
    },
  }
}
