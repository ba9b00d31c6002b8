import type {
  Discipline,
  EightdClaim,
  EightdClaimFilter,
  EightdClaimRepository,
  EightdPolicyRepository,
  EightdRepositories,
  EightdScorecardRepository,
  EightdSettings,
  ScorecardClaim,
} from '@asq/domain'
import { DISCIPLINES, NO_DEADLINE } from '@asq/domain'
import { and, asc, count, desc, eq, ilike, inArray, isNotNull, lte, or, sql } from 'drizzle-orm'
import type { Database } from '../client'
import {
  eightdClaimComplaints,
  eightdClaims,
  eightdCounters,
  eightdEscalations,
  eightdPolicies,
  eightdRecoveries,
  eightdStepRevisions,
  eightdSteps,
  organisations,
} from '../schema'
import { eightdRecoveryRepository, supplierLedgerRepository } from './eightd-recovery.repository'
import { scorecardTotals } from './eightd-scorecard.query'
import {
  eightdEvidenceRepository,
  eightdReviewRepository,
  eightdStepRepository,
} from './eightd-steps.repository'
import { afterKey, keyOrder, offsetFor, type SortKey } from './keyset'

type Row = typeof eightdClaims.$inferSelect

const toClaim = (r: Row, complaintIds: string[]): EightdClaim => ({
  id: r.id,
  number: r.number,
  supplierId: r.supplierId,
  title: r.title,
  partCode: r.partCode,
  partName: r.partName,
  lot: r.lot,
  quantityAffected: r.quantityAffected,
  foundAt: r.foundAt as EightdClaim['foundAt'],
  severity: r.severity as EightdClaim['severity'],
  description: r.description,
  complaintIds,
  warrantyRefs: r.warrantyRefs as string[],
  status: r.status as EightdClaim['status'],
  openedAt: r.openedAt,
  openedBy: r.openedBy,
  closedAt: r.closedAt,
  escalationLevel: r.escalationLevel,
  nextDueAt: r.nextDueAt,
  version: r.version,
})

const like = (q: string) => `%${q.replace(/[%_\\]/g, '\\$&')}%`

/** Newest first; or (the inbox, the overdue board) the nearest deadline first, none last. */
const NEWEST_KEY: SortKey = [
  [eightdClaims.openedAt, 'desc'],
  [eightdClaims.id, 'desc'],
]
const DUE_KEY: SortKey = [
  [sql`coalesce(${eightdClaims.nextDueAt}, ${NO_DEADLINE.toISOString()}::timestamptz)`, 'asc'],
  ...NEWEST_KEY,
]

function where(f: EightdClaimFilter) {
  return and(
    f.supplierId ? eq(eightdClaims.supplierId, f.supplierId) : undefined,
    f.status ? eq(eightdClaims.status, f.status) : undefined,
    f.severity ? eq(eightdClaims.severity, f.severity) : undefined,
    f.overdue
      ? and(
          eq(eightdClaims.status, 'open'),
          isNotNull(eightdClaims.nextDueAt),
          lte(eightdClaims.nextDueAt, f.now),
        )
      : undefined,
    f.q
      ? or(
          ilike(eightdClaims.number, like(f.q)),
          ilike(eightdClaims.title, like(f.q)),
          ilike(eightdClaims.partCode, like(f.q)),
          ilike(eightdClaims.lot, like(f.q)),
        )
      : undefined,
  )
}

const eightdClaimRepository = (db: Database): EightdClaimRepository => {
  async function complaintIdsOf(ids: string[]) {
    const map = new Map<string, string[]>(ids.map((id) => [id, []]))
    if (!ids.length) return map
    const rows = await db
      .select()
      .from(eightdClaimComplaints)
      .where(inArray(eightdClaimComplaints.claimId, ids))
    for (const r of rows) map.get(r.claimId)?.push(r.complaintId)
    return map
  }
  const one = async (r: Row | undefined) =>
    r ? toClaim(r, (await complaintIdsOf([r.id])).get(r.id) ?? []) : null

  return {
    async nextSequence(year) {
      const [r] = await db
        .insert(eightdCounters)
        .values({ year, last: 1 })
        .onConflictDoUpdate({ target: eightdCounters.year, set: { last: sql`${eightdCounters.last} + 1` } })
        .returning()
      return r!.last
    },
    async create(c) {
      const { complaintIds, deadlines, ...rest } = c
      const nextDueAt = new Date(Math.min(...Object.values(deadlines).map((d) => d.getTime())))
      const [r] = await db
        .insert(eightdClaims)
        .values({ ...rest, nextDueAt })
        .onConflictDoNothing({ target: eightdClaims.clientRequestId })
        .returning()
      if (!r) return null
      if (complaintIds.length)
        await db
          .insert(eightdClaimComplaints)
          .values(complaintIds.map((complaintId) => ({ claimId: r.id, complaintId })))
      await db.insert(eightdSteps).values(
        DISCIPLINES.map((step) => ({
          claimId: r.id,
          step,
          deadlineAt: deadlines[step],
          updatedAt: c.openedAt,
        })),
      )
      return toClaim(r, complaintIds)
    },
    async byClientRequest(clientRequestId) {
      const [r] = await db
        .select()
        .from(eightdClaims)
        .where(eq(eightdClaims.clientRequestId, clientRequestId))
      return one(r)
    },
    async byId(id) {
      const [r] = await db.select().from(eightdClaims).where(eq(eightdClaims.id, id))
      return one(r)
    },
    async list(f) {
      const w = where(f)
      const current = sql<
        string | null
      >`(select min(s.step) from ${eightdSteps} s where s.claim_id = ${eightdClaims.id} and s.status <> 'approved')`
      const rows = await db
        .select({ c: eightdClaims, supplierName: organisations.nameZh, currentStep: current })
        .from(eightdClaims)
        .innerJoin(organisations, eq(organisations.id, eightdClaims.supplierId))
        .where(and(w, afterKey(f.order === 'due' ? DUE_KEY : NEWEST_KEY, f.after)))
        .orderBy(...keyOrder(f.order === 'due' ? DUE_KEY : NEWEST_KEY))
        .limit(f.limit)
        .offset(offsetFor(f))
      const [total] = f.uncounted ? [] : await db.select({ n: count() }).from(eightdClaims).where(w)
      const links = await complaintIdsOf(rows.map((r) => r.c.id))
      return {
        items: rows.map((r) => ({
          ...toClaim(r.c, links.get(r.c.id) ?? []),
          supplierName: r.supplierName,
          currentDiscipline: (r.currentStep as Discipline | null) ?? null,
        })),
        total: total?.n ?? 0,
      }
    },
    async update(id, version, patch) {
      const [r] = await db
        .update(eightdClaims)
        .set({ ...patch, version: version + 1, updatedAt: new Date() })
        .where(and(eq(eightdClaims.id, id), eq(eightdClaims.version, version)))
        .returning()
      return one(r)
    },
    async dueForSweep(now, limit) {
      const rows = await db
        .select()
        .from(eightdClaims)
        .where(
          and(
            eq(eightdClaims.status, 'open'),
            isNotNull(eightdClaims.nextDueAt),
            lte(eightdClaims.nextDueAt, now),
          ),
        )
        // The least escalated first, so claims already at the top level never crowd out fresh breaches.
        .orderBy(asc(eightdClaims.escalationLevel), asc(eightdClaims.nextDueAt))
        .limit(limit)
      const links = await complaintIdsOf(rows.map((r) => r.id))
      return rows.map((r) => toClaim(r, links.get(r.id) ?? []))
    },
    async claimEscalation(e) {
      const rows = await db
        .insert(eightdEscalations)
        .values(e)
        .onConflictDoNothing()
        .returning({ id: eightdEscalations.id })
      return rows[0]?.id ?? null
    },
    async raiseLevel(claimId, level) {
      const [r] = await db
        .update(eightdClaims)
        .set({
          escalationLevel: sql`greatest(${eightdClaims.escalationLevel}, ${level})`,
          version: sql`${eightdClaims.version} + 1`,
        })
        .where(eq(eightdClaims.id, claimId))
        .returning()
      return (await one(r))!
    },
    async escalations(claimId) {
      const rows = await db
        .select()
        .from(eightdEscalations)
        .where(eq(eightdEscalations.claimId, claimId))
        .orderBy(asc(eightdEscalations.at), asc(eightdEscalations.step), asc(eightdEscalations.level))
      return rows.map((r) => ({ step: r.step as Discipline, level: r.level, at: r.at }))
    },
  }
}

const eightdPolicyRepository = (db: Database): EightdPolicyRepository => ({
  async current() {
    const [r] = await db.select().from(eightdPolicies).orderBy(desc(eightdPolicies.version)).limit(1)
    return r
      ? { version: r.version, effectiveFrom: r.effectiveFrom, settings: r.settings as EightdSettings }
      : null
  },
  async save(p) {
    const rows = await db
      .insert(eightdPolicies)
      .values(p)
      .onConflictDoNothing()
      .returning({ v: eightdPolicies.version })
    return rows.length === 1
  },
})

const eightdScorecardRepository = (db: Database): EightdScorecardRepository => ({
  totals: (supplierIds) => scorecardTotals(db, supplierIds),
  async facts(supplierId) {
    const claims = await db
      .select({ c: eightdClaims, accepted: eightdRecoveries.amountFen, status: eightdRecoveries.status })
      .from(eightdClaims)
      .leftJoin(eightdRecoveries, eq(eightdRecoveries.claimId, eightdClaims.id))
      .where(eq(eightdClaims.supplierId, supplierId))
    if (!claims.length) return []
    const ids = claims.map((c) => c.c.id)
    const steps = await db.select().from(eightdSteps).where(inArray(eightdSteps.claimId, ids))
    const revisions = await db
      .select({
        claimId: eightdStepRevisions.claimId,
        step: eightdStepRevisions.step,
        revision: eightdStepRevisions.revision,
        at: eightdStepRevisions.submittedAt,
      })
      .from(eightdStepRevisions)
      .where(inArray(eightdStepRevisions.claimId, ids))
    const submittedAt = new Map(revisions.map((r) => [`${r.claimId}/${r.step}/${r.revision}`, r.at]))
    return claims.map(
      ({ c, accepted, status }): ScorecardClaim => ({
        openedAt: c.openedAt,
        closedAt: c.closedAt,
        recoveredFen: status === 'accepted' ? (accepted ?? 0) : 0,
        steps: steps
          .filter((s) => s.claimId === c.id)
          .map((s) => ({
            step: s.step as Discipline,
            deadlineAt: s.deadlineAt,
            approvedAt: s.approvedAt,
            approvedSubmissionAt: s.approvedAt
              ? (submittedAt.get(`${c.id}/${s.step}/${s.revision}`) ?? null)
              : null,
          })),
      }),
    )
  },
})

/** The 8D context's repositories bound to one executor. */
export const eightdRepositories = (db: Database): EightdRepositories => ({
  claims: eightdClaimRepository(db),
  steps: eightdStepRepository(db),
  reviews: eightdReviewRepository(db),
  evidence: eightdEvidenceRepository(db),
  recovery: eightdRecoveryRepository(db),
  ledger: supplierLedgerRepository(db),
  policy: eightdPolicyRepository(db),
  scorecard: eightdScorecardRepository(db),
})
