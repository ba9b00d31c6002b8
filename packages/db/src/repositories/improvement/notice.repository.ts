import type {
  NoticeRepository,
  Responsibility,
  RewardPenaltyNotice,
  SeriousClosedCase,
  StoredNotice,
} from '@asq/domain'
import { and, asc, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import type { Database } from '../../client'
import {
  complaints,
  improvementNotices,
  improvementResponsibilities,
  organisations,
  users,
} from '../../schema'

type NoticeRow = typeof improvementNotices.$inferSelect
type ResponsibilityRow = typeof improvementResponsibilities.$inferSelect

const toNotice = (r: NoticeRow): StoredNotice => ({
  id: r.id,
  complaintId: r.complaintId,
  kind: r.kind as StoredNotice['kind'],
  amountFen: r.amountFen,
  reason: r.reason,
  unitOrgId: r.unitOrgId,
  personName: r.personName,
  state: r.state as StoredNotice['state'],
  issuedBy: r.issuedBy,
  submittedAt: r.submittedAt,
  decidedBy: r.decidedBy,
  decidedAt: r.decidedAt,
  rejectionReason: r.rejectionReason,
  version: r.version,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
})

const toResponsibility = (r: ResponsibilityRow): Responsibility => ({
  ...r,
  causeCode: r.causeCode as Responsibility['causeCode'],
})

const fieldsOf = (n: RewardPenaltyNotice) => ({
  kind: n.kind,
  amountFen: n.amountFen,
  reason: n.reason,
  unitOrgId: n.unitOrgId,
  personName: n.personName,
  state: n.state,
  submittedAt: n.submittedAt,
  decidedBy: n.decidedBy,
  decidedAt: n.decidedAt,
  rejectionReason: n.rejectionReason,
})

/** Reward/penalty notices and the responsibility of serious cases (issue 18). */
export const noticeRepository = (db: Database): NoticeRepository => ({
  async responsibilityOf(complaintId) {
    const [r] = await db
      .select()
      .from(improvementResponsibilities)
      .where(eq(improvementResponsibilities.complaintId, complaintId))
    return r ? toResponsibility(r) : null
  },
  async saveResponsibility(r, baseVersion) {
    if (baseVersion === 0) {
      const [row] = await db.insert(improvementResponsibilities).values(r).onConflictDoNothing().returning()
      return row ? toResponsibility(row) : null
    }
    const [row] = await db
      .update(improvementResponsibilities)
      .set({ ...r, version: baseVersion + 1 })
      .where(
        and(
          eq(improvementResponsibilities.complaintId, r.complaintId),
          eq(improvementResponsibilities.version, baseVersion),
        ),
      )
      .returning()
    return row ? toResponsibility(row) : null
  },
  async seriousClosed({ from, to }) {
    const rows = await db
      .select({ c: complaints, r: improvementResponsibilities })
      .from(complaints)
      .leftJoin(improvementResponsibilities, eq(improvementResponsibilities.complaintId, complaints.id))
      .where(
        and(
          eq(complaints.severity, 'major'),
          eq(complaints.status, 'closed'),
          gte(complaints.closedAt, from),
          lt(complaints.closedAt, to),
        ),
      )
      .orderBy(asc(complaints.closedAt), asc(complaints.id))
    return rows.map(
      ({ c, r }): SeriousClosedCase => ({
        complaintId: c.id,
        number: c.number,
        summary: c.summary,
        cause: c.cause as SeriousClosedCase['cause'],
        stationId: c.stationId,
        closedAt: c.closedAt!,
        responsibility: r ? toResponsibility(r) : null,
      }),
    )
  },
  async insert(n, at) {
    const [row] = await db
      .insert(improvementNotices)
      .values({
        id: n.id,
        complaintId: n.complaintId,
        issuedBy: n.issuedBy,
        ...fieldsOf(n),
        createdAt: at,
        updatedAt: at,
      })
      .returning()
    return toNotice(row!)
  },
  async byId(id) {
    const [r] = await db.select().from(improvementNotices).where(eq(improvementNotices.id, id))
    return r ? toNotice(r) : null
  },
  async update(n, version, at) {
    const [row] = await db
      .update(improvementNotices)
      .set({ ...fieldsOf(n), version: version + 1, updatedAt: at })
      .where(and(eq(improvementNotices.id, n.id), eq(improvementNotices.version, version)))
      .returning()
    return row ? toNotice(row) : null
  },
  async list(f) {
    const where: SQL[] = []
    if (f.state) where.push(eq(improvementNotices.state, f.state))
    if (f.unitOrgId) where.push(eq(improvementNotices.unitOrgId, f.unitOrgId))
    const cond = where.length ? and(...where) : undefined
    const issuer = alias(users, 'issuer')
    const [rows, [total]] = await Promise.all([
      db
        .select({
          n: improvementNotices,
          complaintNumber: complaints.number,
          unitNameZh: organisations.nameZh,
          unitNameEn: organisations.nameEn,
          issuedByName: issuer.displayName,
        })
        .from(improvementNotices)
        .innerJoin(complaints, eq(complaints.id, improvementNotices.complaintId))
        .innerJoin(organisations, eq(organisations.id, improvementNotices.unitOrgId))
        .innerJoin(issuer, eq(issuer.id, improvementNotices.issuedBy))
        .where(cond)
        .orderBy(desc(improvementNotices.createdAt), desc(improvementNotices.id))
        .limit(f.limit)
        .offset(f.offset),
      db.select({ n: count() }).from(improvementNotices).where(cond),
    ])
    return {
      items: rows.map((r) => ({
        ...toNotice(r.n),
        complaintNumber: r.complaintNumber,
        unitNameZh: r.unitNameZh,
        unitNameEn: r.unitNameEn,
        issuedByName: r.issuedByName,
      })),
      total: total?.n ?? 0,
    }
  },
  async approvedFor(unitOrgId, { from, to }) {
    const rows = await db
      .select()
      .from(improvementNotices)
      .where(
        and(
          eq(improvementNotices.unitOrgId, unitOrgId),
          eq(improvementNotices.state, 'approved'),
          gte(improvementNotices.decidedAt, from),
          lt(improvementNotices.decidedAt, to),
        ),
      )
      .orderBy(asc(improvementNotices.decidedAt))
    return rows.map(toNotice)
  },
})
