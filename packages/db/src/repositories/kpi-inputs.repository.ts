import {
  type KpiInputsRepository,
  type LineScope,
  monthPeriod,
  type PartMonthCount,
  type Target,
} from '@asq/domain'
import { and, between, desc, eq, gte, inArray, isNull, sql } from 'drizzle-orm'
import type { PgColumn } from 'drizzle-orm/pg-core'
import type { Database } from '../client'
import {
  eightdClaims,
  eightdRecoveries,
  feeParts,
  kpiClaimLineDaily,
  kpiClaimLineMonthly,
  kpiSignals,
  kpiTargetVersions,
  kpiUnitsInService,
  kpiWarrantyBudgets,
  liaisonLetters,
  organisations,
  productLines,
  reimbursementLines,
} from '../schema'
import { kpiEightdTotals } from './kpi-eightd.query'
import { splitByMonth } from './kpi-months'

const L = reimbursementLines
/** The lines of a product line's parts. */
const productLineParts = (productLineId: string) =>
  inArray(
    L.partCode,
    sql`(select p.code from ${feeParts} p join ${productLines} l on l.code = p.product_line_code where l.id = ${productLineId})`,
  )
const D = kpiClaimLineDaily
const M = kpiClaimLineMonthly
const dealerScope = (dealerId: PgColumn, s: Exclude<LineScope, { kind: 'product_line' }>) => {
  switch (s.kind) {
    case 'all':
      return undefined
    case 'station':
      return eq(dealerId, s.stationId)
    case 'region':
      return inArray(dealerId, sql`(select id from ${organisations} where region = ${s.region})`)
  }
}
/** sum(col) read back as a number (0 over no rows). */
const sumOf = (col: PgColumn) => sql<string>`coalesce(sum(${col}), 0)::bigint`.mapWith(Number)
const chinaDayOf = (col: unknown) => sql`to_char(${col} at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`

export const kpiInputsRepository = (db: Database): KpiInputsRepository => ({
  productLines: () => db.select().from(productLines).orderBy(productLines.code),
  async unitsInService(months, productLineId) {
    if (months.length === 0) return null
    const [r] = await db
      .select({ n: sql<string | null>`sum(${kpiUnitsInService.units})` })
      .from(kpiUnitsInService)
      .where(
        and(
          inArray(kpiUnitsInService.month, [...months]),
          productLineId ? eq(kpiUnitsInService.productLineId, productLineId) : undefined,
        ),
      )
    return r?.n == null ? null : Number(r.n)
  },
  async listUnits(months) {
    if (months.length === 0) return []
    return db
      .select({
        month: kpiUnitsInService.month,
        productLineId: kpiUnitsInService.productLineId,
        units: kpiUnitsInService.units,
      })
      .from(kpiUnitsInService)
      .where(inArray(kpiUnitsInService.month, [...months]))
  },
  async setUnits(u, by, at) {
    const [before] = await db
      .select({ units: kpiUnitsInService.units })
      .from(kpiUnitsInService)
      .where(and(eq(kpiUnitsInService.month, u.month), eq(kpiUnitsInService.productLineId, u.productLineId)))
    await db
      .insert(kpiUnitsInService)
      .values({ ...u, updatedBy: by, updatedAt: at })
      .onConflictDoUpdate({
        target: [kpiUnitsInService.month, kpiUnitsInService.productLineId],
        set: { units: u.units, updatedBy: by, updatedAt: at },
      })
    return before?.units ?? null
  },
  async budget(months) {
    if (months.length === 0) return null
    const [r] = await db
      .select({ n: sql<string | null>`sum(${kpiWarrantyBudgets.budgetFen})` })
      .from(kpiWarrantyBudgets)
      .where(inArray(kpiWarrantyBudgets.month, [...months]))
    return r?.n == null ? null : Number(r.n)
  },
  async setBudget(b, by, at) {
    const [before] = await db.select().from(kpiWarrantyBudgets).where(eq(kpiWarrantyBudgets.month, b.month))
    await db
      .insert(kpiWarrantyBudgets)
      .values({ ...b, updatedBy: by, updatedAt: at })
      .onConflictDoUpdate({
        target: kpiWarrantyBudgets.month,
        set: { budgetFen: b.budgetFen, updatedBy: by, updatedAt: at },
      })
    return before?.budgetFen ?? null
  },
  async currentTargets() {
    const [r] = await db.select().from(kpiTargetVersions).orderBy(desc(kpiTargetVersions.version)).limit(1)
    return r ? { ...r, targets: r.targets as Target[] } : null
  },
  async saveTargets(t) {
    // The version is the primary key: two editors saving from the same base cannot both win.
    const rows = await db.insert(kpiTargetVersions).values(t).onConflictDoNothing().returning()
    return rows.length === 1
  },
  async claimLines(period, scope) {
    if (scope.kind === 'product_line') {
      // A product line's parts are read from the lines (by part and date).
      const [r] = await db
        .select({ lines: sql<string>`count(*)`, fen: sql<string>`coalesce(sum(${L.approvedFen}), 0)` })
        .from(L)
        .where(and(between(L.repairDate, period.from, period.to), productLineParts(scope.productLineId)))
      return { lines: Number(r?.lines ?? 0), approvedFen: Number(r?.fen ?? 0) }
    }
    // Whole months from the monthly roll-up, the days at either edge from the daily sums.
    const { months, edges } = splitByMonth(period)
    const parts = await Promise.all([
      months.length
        ? db
            .select({ lines: sumOf(M.lines), fen: sumOf(M.approvedFen) })
            .from(M)
            .where(and(inArray(M.month, months), dealerScope(M.dealerId, scope)))
        : [],
      ...edges.map((p) =>
        db
          .select({ lines: sumOf(D.lines), fen: sumOf(D.approvedFen) })
          .from(D)
          .where(and(between(D.repairDate, p.from, p.to), dealerScope(D.dealerId, scope))),
      ),
    ])
    return parts.flat().reduce((t, r) => ({ lines: t.lines + r.lines, approvedFen: t.approvedFen + r.fen }), {
      lines: 0,
      approvedFen: 0,
    })
  },
  async recoveries(period, supplierId) {
    const [r] = await db
      .select({
        claimed: sql<string>`coalesce(sum(${eightdRecoveries.amountFen}), 0)`,
        accepted: sql<string>`coalesce(sum(${eightdRecoveries.amountFen}) filter (where ${eightdRecoveries.status} = 'accepted'), 0)`,
      })
      .from(eightdRecoveries)
      .innerJoin(eightdClaims, eq(eightdClaims.id, eightdRecoveries.claimId))
      .where(
        and(
          sql`${chinaDayOf(eightdClaims.openedAt)} between ${period.from} and ${period.to}`,
          supplierId ? eq(eightdClaims.supplierId, supplierId) : undefined,
        ),
      )
    return { claimedFen: Number(r?.claimed ?? 0), acceptedFen: Number(r?.accepted ?? 0) }
  },
  eightdTotals: (period, supplierId, now) => kpiEightdTotals(db, period, supplierId, now),
  async partMonthCounts(fromMonth, toMonth) {
    const span = { from: monthPeriod(fromMonth).from, to: monthPeriod(toMonth).to }
    const month = sql<string>`to_char(${L.repairDate}, 'YYYY-MM')`
    const lines = db
      .select({
        partCode: L.partCode,
        month,
        count: sql<number>`count(*)::int`,
        productLineId: productLines.id,
      })
      .from(L)
      .leftJoin(feeParts, eq(feeParts.code, L.partCode))
      .leftJoin(productLines, eq(productLines.code, feeParts.productLineCode))
      .where(between(L.repairDate, span.from, span.to))
      .groupBy(L.partCode, month, productLines.id)
    // A station's quality liaison letter is an event for its part in the month the problem was first
    // seen, like a claim line in its repair month (one event per letter, whatever vehicles it names).
    const seen = sql<string>`to_char(${liaisonLetters.firstSeenOn}, 'YYYY-MM')`
    const letters = db
      .select({
        partCode: liaisonLetters.partCode,
        month: seen,
        count: sql<number>`count(*)::int`,
        productLineId: productLines.id,
      })
      .from(liaisonLetters)
      .leftJoin(feeParts, eq(feeParts.code, liaisonLetters.partCode))
      .leftJoin(productLines, eq(productLines.code, feeParts.productLineCode))
      .where(between(liaisonLetters.firstSeenOn, span.from, span.to))
      .groupBy(liaisonLetters.partCode, seen, productLines.id)
    const merged = new Map<string, PartMonthCount>()
    for (const r of [...(await lines), ...(await letters)]) {
      const key = `${r.partCode}|${r.month}|${r.productLineId ?? ''}`
      const had = merged.get(key)
      merged.set(key, had ? { ...had, count: had.count + r.count } : r)
    }
    return [...merged.values()]
  },
  async partSuppliers(codes) {
    if (codes.length === 0) return new Map()
    const rows = await db
      .selectDistinctOn([eightdClaims.partCode], {
        partCode: eightdClaims.partCode,
        supplierId: eightdClaims.supplierId,
      })
      .from(eightdClaims)
      .where(inArray(eightdClaims.partCode, [...codes]))
      .orderBy(eightdClaims.partCode, desc(eightdClaims.openedAt))
    return new Map(rows.map((r) => [r.partCode, r.supplierId]))
  },
  async raiseSignal(s) {
    const rows = await db.insert(kpiSignals).values(s).onConflictDoNothing().returning({ id: kpiSignals.id })
    return rows.length === 1
  },
  async signals(fromMonth) {
    return db
      .select()
      .from(kpiSignals)
      .where(gte(kpiSignals.month, fromMonth))
      .orderBy(desc(kpiSignals.month), kpiSignals.partCode)
  },
  async signal(id) {
    const [r] = await db.select().from(kpiSignals).where(eq(kpiSignals.id, id))
    return r ?? null
  },
  async linkSignal(id, claimId) {
    const rows = await db
      .update(kpiSignals)
      .set({ eightdClaimId: claimId })
      .where(and(eq(kpiSignals.id, id), isNull(kpiSignals.eightdClaimId)))
      .returning({ id: kpiSignals.id })
    return rows.length === 1
  },
  async signalCases(partCode, month) {
    const m = monthPeriod(month)
    const [part] = await db
      .select({ nameZh: feeParts.nameZh })
      .from(feeParts)
      .where(eq(feeParts.code, partCode))
    const lines = await db
      .select({
        repairOrderNo: L.repairOrderNo,
        dealerId: L.dealerId,
        approvedFen: L.approvedFen,
        claimedFen: L.claimedFen,
      })
      .from(L)
      .where(and(eq(L.partCode, partCode), between(L.repairDate, m.from, m.to)))
      .orderBy(L.repairDate, L.repairOrderNo)
    return { partName: part?.nameZh ?? null, lines }
  },
})
