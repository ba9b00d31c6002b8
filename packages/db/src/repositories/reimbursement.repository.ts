import type {
  EarlierReading,
  LinePricing,
  LineProblem,
  NewReimbursementLine,
  ReimbursementClaim,
  ReimbursementClaimRepository,
  ReimbursementLine,
  ReimbursementLineRepository,
  ReimbursementRepositories,
  ReimbursementSettingsRepository,
} from '@asq/domain'
import { reimbursementKey } from '@asq/domain'
import { and, asc, count, desc, eq, inArray, isNotNull, isNull, lte, ne, sql } from 'drizzle-orm'
import type { Database } from '../client'
import {
  organisations,
  reimbursementClaims,
  reimbursementLines,
  reimbursementSettings,
  reimbursementSubmissions,
} from '../schema'
import { afterKey, keyOrder, offsetFor, type SortKey } from './keyset'
import { dealerLedgerRepository, settlementRepository } from './reimbursement-ledger.repository'

type ClaimRow = typeof reimbursementClaims.$inferSelect
type LineRow = typeof reimbursementLines.$inferSelect

/** The audit queue's order: newest month first, then dealer code (one claim per dealer and month). */
const QUEUE_KEY: SortKey = [
  [reimbursementClaims.period, 'desc'],
  [organisations.code, 'asc'],
]

const toClaim = (r: ClaimRow): ReimbursementClaim => ({
  id: r.id,
  dealerId: r.dealerId,
  period: r.period,
  status: r.status as ReimbursementClaim['status'],
  version: r.version,
  submittedAt: r.submittedAt,
  auditStartedAt: r.auditStartedAt,
  auditedAt: r.auditedAt,
  settledAt: r.settledAt,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
})

const toLine = (r: LineRow): ReimbursementLine => ({
  id: r.id,
  claimId: r.claimId,
  dealerId: r.dealerId,
  seq: r.seq,
  repairOrderNo: r.repairOrderNo,
  repairDate: r.repairDate,
  serial: r.serial,
  partCode: r.partCode,
  quantity: r.quantity,
  labourHours: r.labourHundredths / 100,
  oldPartRegistrationNo: r.oldPartRegistrationNo,
  usageReading: r.usageReading,
  claimedFen: r.claimedFen,
  pricing: (r.pricing as LinePricing | null) ?? null,
  problems: (r.problems as LineProblem[]) ?? [],
  decision: r.decision as ReimbursementLine['decision'],
  approvedFen: r.approvedFen,
  reasonCode: r.reasonCode as ReimbursementLine['reasonCode'],
  reasonText: r.reasonText,
  decidedBy: r.decidedBy,
  decidedAt: r.decidedAt,
  settlementId: r.settlementId,
  settledAt: r.settledAt,
})

const lineValues = (l: NewReimbursementLine) => ({
  repairOrderNo: l.repairOrderNo,
  repairDate: l.repairDate,
  serial: l.serial,
  partCode: l.partCode,
  claimKey: reimbursementKey(l),
  quantity: l.quantity,
  labourHundredths: Math.round(l.labourHours * 100),
  oldPartRegistrationNo: l.oldPartRegistrationNo,
  usageReading: l.usageReading ?? null,
  claimedFen: l.claimedFen,
  pricing: l.pricing,
  problems: l.problems,
})

const claimRepository = (db: Database): ReimbursementClaimRepository => ({
  async byId(id) {
    const [r] = await db.select().from(reimbursementClaims).where(eq(reimbursementClaims.id, id))
    return r ? toClaim(r) : null
  },
  async forDealerPeriod(dealerId, period) {
    const [r] = await db
      .select()
      .from(reimbursementClaims)
      .where(and(eq(reimbursementClaims.dealerId, dealerId), eq(reimbursementClaims.period, period)))
    return r ? toClaim(r) : null
  },
  async getOrCreate(dealerId, period, at) {
    const [created] = await db
      .insert(reimbursementClaims)
      .values({ dealerId, period, createdAt: at, updatedAt: at })
      .onConflictDoNothing()
      .returning()
    if (created) return { claim: toClaim(created), created: true }
    const [r] = await db
      .select()
      .from(reimbursementClaims)
      .where(and(eq(reimbursementClaims.dealerId, dealerId), eq(reimbursementClaims.period, period)))
    return { claim: toClaim(r!), created: false }
  },
  async list({ dealerId, status, period, limit, offset, after, uncounted }) {
    const where = and(
      dealerId ? eq(reimbursementClaims.dealerId, dealerId) : undefined,
      status ? eq(reimbursementClaims.status, status) : undefined,
      period ? eq(reimbursementClaims.period, period) : undefined,
    )
    const payable = sql<number>`coalesce(sum(case when ${reimbursementLines.decision} = 'approved' then ${reimbursementLines.claimedFen} when ${reimbursementLines.decision} = 'adjusted' then ${reimbursementLines.approvedFen} else 0 end), 0)`
    const rows = await db
      .select({
        claim: reimbursementClaims,
        dealerCode: organisations.code,
        dealerName: organisations.nameZh,
        lines: sql<number>`count(${reimbursementLines.id})`.mapWith(Number),
        claimedFen: sql<number>`coalesce(sum(${reimbursementLines.claimedFen}), 0)`.mapWith(Number),
        decided: sql<number>`count(${reimbursementLines.decision})`.mapWith(Number),
        approvedFen: payable.mapWith(Number),
      })
      .from(reimbursementClaims)
      .innerJoin(organisations, eq(organisations.id, reimbursementClaims.dealerId))
      .leftJoin(reimbursementLines, eq(reimbursementLines.claimId, reimbursementClaims.id))
      .where(and(where, afterKey(QUEUE_KEY, after)))
      .groupBy(reimbursementClaims.id, organisations.code, organisations.nameZh)
      .orderBy(...keyOrder(QUEUE_KEY))
      .limit(limit)
      .offset(offsetFor({ after, offset }))
    const [{ total }] = uncounted
      ? [{ total: 0 }]
      : ((await db.select({ total: count() }).from(reimbursementClaims).where(where)) as [{ total: number }])
    return {
      items: rows.map((r) => ({
        ...toClaim(r.claim),
        dealerCode: r.dealerCode,
        dealerName: r.dealerName,
        lines: r.lines,
        claimedFen: r.claimedFen,
        decided: r.decided,
        approvedFen: r.approvedFen,
      })),
      total,
    }
  },
  async transition(id, version, patch, at) {
    const [r] = await db
      .update(reimbursementClaims)
      .set({ ...patch, version: version + 1, updatedAt: at })
      .where(
        and(
          eq(reimbursementClaims.id, id),
          eq(reimbursementClaims.version, version),
          ne(reimbursementClaims.status, 'settled'),
        ),
      )
      .returning()
    return r ? toClaim(r) : null
  },
  async touch(id, version, at) {
    const [r] = await db
      .update(reimbursementClaims)
      .set({ version: version + 1, updatedAt: at })
      .where(and(eq(reimbursementClaims.id, id), eq(reimbursementClaims.version, version)))
      .returning()
    return r ? toClaim(r) : null
  },
  async submissionByKey(dealerId, key) {
    const [r] = await db
      .select({ claimId: reimbursementSubmissions.claimId })
      .from(reimbursementSubmissions)
      .where(
        and(
          eq(reimbursementSubmissions.dealerId, dealerId),
          eq(reimbursementSubmissions.idempotencyKey, key),
        ),
      )
    return r ?? null
  },
  async recordSubmission(dealerId, key, claimId, at) {
    const rows = await db
      .insert(reimbursementSubmissions)
      .values({ dealerId, idempotencyKey: key, claimId, at })
      .onConflictDoNothing()
      .returning({ k: reimbursementSubmissions.idempotencyKey })
    return rows.length === 1
  },
  async lockAudited(dealerId, upTo) {
    const rows = await db
      .select()
      .from(reimbursementClaims)
      .where(
        and(
          eq(reimbursementClaims.dealerId, dealerId),
          eq(reimbursementClaims.status, 'audited'),
          lte(reimbursementClaims.period, upTo),
        ),
      )
      .orderBy(asc(reimbursementClaims.period))
      .for('update')
    return rows.map(toClaim)
  },
  async settleComplete(claimIds, at) {
    if (claimIds.length === 0) return 0
    const open = db
      .select({ id: reimbursementLines.claimId })
      .from(reimbursementLines)
      .where(and(inArray(reimbursementLines.claimId, claimIds), isNull(reimbursementLines.settlementId)))
    const rows = await db
      .update(reimbursementClaims)
      .set({
        status: 'settled',
        settledAt: at,
        updatedAt: at,
        version: sql`${reimbursementClaims.version} + 1`,
      })
      .where(
        and(
          inArray(reimbursementClaims.id, claimIds),
          eq(reimbursementClaims.status, 'audited'),
          sql`${reimbursementClaims.id} not in (${open})`,
        ),
      )
      .returning({ id: reimbursementClaims.id })
    return rows.length
  },
})

const lineRepository = (db: Database): ReimbursementLineRepository => ({
  async ofClaim(claimId) {
    const rows = await db
      .select()
      .from(reimbursementLines)
      .where(eq(reimbursementLines.claimId, claimId))
      .orderBy(asc(reimbursementLines.seq))
    return rows.map(toLine)
  },
  async byId(id) {
    const [r] = await db.select().from(reimbursementLines).where(eq(reimbursementLines.id, id))
    return r ? toLine(r) : null
  },
  async add(claim, lines, at) {
    if (lines.length === 0) return []
    const [{ last }] = (await db
      .select({ last: sql<number>`coalesce(max(${reimbursementLines.seq}), 0)`.mapWith(Number) })
      .from(reimbursementLines)
      .where(eq(reimbursementLines.claimId, claim.id))) as [{ last: number }]
    const out: LineRow[] = []
    for (let i = 0; i < lines.length; i += 500) {
      const slice = lines.slice(i, i + 500)
      out.push(
        ...(await db
          .insert(reimbursementLines)
          .values(
            slice.map((l, j) => ({
              ...lineValues(l),
              claimId: claim.id,
              dealerId: claim.dealerId,
              seq: last + i + j + 1,
              createdAt: at,
              updatedAt: at,
            })),
          )
          .returning()),
      )
    }
    return out.map(toLine)
  },
  async update(id, line, at) {
    const [r] = await db
      .update(reimbursementLines)
      .set({ ...lineValues(line), updatedAt: at })
      .where(and(eq(reimbursementLines.id, id), eq(reimbursementLines.locked, false)))
      .returning()
    return r ? toLine(r) : null
  },
  async remove(id) {
    const rows = await db
      .delete(reimbursementLines)
      .where(and(eq(reimbursementLines.id, id), eq(reimbursementLines.locked, false)))
      .returning({ id: reimbursementLines.id })
    return rows.length === 1
  },
  async reprice(updates, at) {
    for (const u of updates) {
      await db
        .update(reimbursementLines)
        .set({ claimedFen: u.claimedFen, pricing: u.pricing, problems: u.problems, updatedAt: at })
        .where(and(eq(reimbursementLines.id, u.id), eq(reimbursementLines.locked, false)))
    }
  },
  async setLocked(claimId, locked) {
    await db
      .update(reimbursementLines)
      .set({ locked })
      .where(and(eq(reimbursementLines.claimId, claimId), isNull(reimbursementLines.settlementId)))
  },
  async claimedKeys(dealerId, exceptClaimId) {
    const rows = await db
      .select({ key: reimbursementLines.claimKey })
      .from(reimbursementLines)
      .where(
        and(
          eq(reimbursementLines.dealerId, dealerId),
          eq(reimbursementLines.locked, true),
          ne(reimbursementLines.claimId, exceptClaimId),
        ),
      )
    return new Set(rows.map((r) => r.key))
  },
  async decide(id, d) {
    const [r] = await db
      .update(reimbursementLines)
      .set(d)
      .where(and(eq(reimbursementLines.id, id), isNull(reimbursementLines.settlementId)))
      .returning()
    return r ? toLine(r) : null
  },
  async settlable(claimIds, opts = { lock: true }) {
    if (claimIds.length === 0) return []
    const query = db
      .select({ line: reimbursementLines, period: reimbursementClaims.period })
      .from(reimbursementLines)
      .innerJoin(reimbursementClaims, eq(reimbursementClaims.id, reimbursementLines.claimId))
      .where(
        and(
          inArray(reimbursementLines.claimId, claimIds),
          isNull(reimbursementLines.settlementId),
          isNotNull(reimbursementLines.decision),
        ),
      )
      .orderBy(asc(reimbursementClaims.period), asc(reimbursementLines.seq))
    const rows = opts.lock ? await query.for('update', { of: reimbursementLines }) : await query
    return rows.map(({ line, period }) => {
      const l = toLine(line)
      return {
        id: l.id,
        claimId: l.claimId,
        period,
        repairOrderNo: l.repairOrderNo,
        partCode: l.partCode,
        payableFen:
          l.decision === 'approved' ? l.claimedFen : l.decision === 'adjusted' ? (l.approvedFen ?? 0) : 0,
      }
    })
  },
  async markSettled(ids, settlementId, at) {
    if (ids.length === 0) return 0
    const rows = await db
      .update(reimbursementLines)
      .set({ settlementId, settledAt: at })
      .where(and(inArray(reimbursementLines.id, ids), isNull(reimbursementLines.settlementId)))
      .returning({ id: reimbursementLines.id })
    return rows.length
  },
  async ofSettlement(settlementId) {
    const rows = await db
      .select({ line: reimbursementLines, period: reimbursementClaims.period })
      .from(reimbursementLines)
      .innerJoin(reimbursementClaims, eq(reimbursementClaims.id, reimbursementLines.claimId))
      .where(eq(reimbursementLines.settlementId, settlementId))
      .orderBy(asc(reimbursementClaims.period), asc(reimbursementLines.seq))
    return rows.map(({ line, period }) => ({ ...toLine(line), period }))
  },
  async paidForPart(partCode, repairOrderNos, limit) {
    const rows = await db
      .select({ line: reimbursementLines, period: reimbursementClaims.period })
      .from(reimbursementLines)
      .innerJoin(reimbursementClaims, eq(reimbursementClaims.id, reimbursementLines.claimId))
      .where(
        and(
          eq(reimbursementLines.partCode, partCode),
          inArray(reimbursementLines.decision, ['approved', 'adjusted']),
          repairOrderNos?.length ? inArray(reimbursementLines.repairOrderNo, [...repairOrderNos]) : undefined,
        ),
      )
      .orderBy(desc(reimbursementLines.repairDate), asc(reimbursementLines.repairOrderNo))
      .limit(limit)
    return rows.map(({ line, period }) => ({ ...toLine(line), period }))
  },
  async readingsOf(serials) {
    const out = new Map<string, EarlierReading[]>()
    if (serials.length === 0) return out
    const rows = await db
      .select({
        serial: reimbursementLines.serial,
        reading: reimbursementLines.usageReading,
        repairDate: reimbursementLines.repairDate,
        repairOrderNo: reimbursementLines.repairOrderNo,
      })
      .from(reimbursementLines)
      .where(
        and(
          inArray(reimbursementLines.serial, [...new Set(serials.map((s) => s.toUpperCase()))]),
          isNotNull(reimbursementLines.usageReading),
        ),
      )
    for (const r of rows) {
      const key = r.serial.toUpperCase()
      out.set(key, [
        ...(out.get(key) ?? []),
        { reading: r.reading!, repairDate: r.repairDate, repairOrderNo: r.repairOrderNo },
      ])
    }
    return out
  },
})

const settingsRepository = (db: Database): ReimbursementSettingsRepository => ({
  async current() {
    const [r] = await db
      .select()
      .from(reimbursementSettings)
      .orderBy(desc(reimbursementSettings.version))
      .limit(1)
    return r ? { version: r.version, submissionDeadlineDay: r.submissionDeadlineDay } : null
  },
  async save(s, by, at) {
    const rows = await db
      .insert(reimbursementSettings)
      .values({ ...s, updatedBy: by, updatedAt: at })
      .onConflictDoNothing()
      .returning({ v: reimbursementSettings.version })
    return rows.length === 1
  },
})

/** The reimbursement context's repositories on one executor (the database or an open transaction). */
export const reimbursementRepositories = (db: Database): ReimbursementRepositories => ({
  claims: claimRepository(db),
  lines: lineRepository(db),
  settlements: settlementRepository(db),
  ledger: dealerLedgerRepository(db),
  settings: settingsRepository(db),
})
