import {
  type ComplaintFact,
  type ComplaintTally,
  type DimScope,
  emptyTally,
  type KpiPeriod,
  type KpiRepository,
  TALLY_COUNTERS,
  type TallyCounter,
} from '@asq/domain'
import { and, asc, between, eq, inArray, type SQL, sql } from 'drizzle-orm'
import type { Database } from '../client'
import {
  complaintEvents,
  complaints,
  kpiComplaintDaily,
  kpiComplaintFacts,
  kpiComplaintHours,
  kpiComplaintMonthly,
  kpiDirtyComplaints,
  organisations,
  vehicles,
} from '../schema'
import { kpiInputsRepository } from './kpi-inputs.repository'
import { splitByMonth } from './kpi-months'

type FactRow = typeof kpiComplaintFacts.$inferSelect

const toFact = (r: FactRow): ComplaintFact => ({
  complaintId: r.complaintId,
  openedDay: r.openedDay,
  stationId: r.stationId,
  region: r.region,
  productLineId: r.productLineId,
  cause: r.cause,
  severity: r.severity,
  closed: r.closed,
  response: r.response as ComplaintFact['response'],
  resolution: r.resolution as ComplaintFact['resolution'],
  responseMinutes: r.responseMinutes,
  resolutionMinutes: r.resolutionMinutes,
  reopened: r.reopened,
  followedUp: r.followedUp,
  satisfied: r.satisfied,
})

const D = kpiComplaintDaily
const M = kpiComplaintMonthly
const H = kpiComplaintHours
const inScope = (t: typeof D | typeof H, s: DimScope, p: KpiPeriod) =>
  and(eq(t.dim, s.dim), eq(t.dimKey, s.key), between(t.day, p.from, p.to))
/** sum(col)::bigint read back as a number, for each counter. */
const sumsOf = (t: typeof D | typeof M) =>
  Object.fromEntries(
    TALLY_COUNTERS.map((k) => [k, sql<string>`coalesce(sum(${t[k]}), 0)::bigint`.mapWith(Number)]),
  ) as Record<TallyCounter, SQL.Aliased<number> | SQL<number>>
const sums = sumsOf(D)

export const kpiRepository = (db: Database): KpiRepository => ({
  ...kpiInputsRepository(db),
  async claimDirty(limit) {
    // SKIP LOCKED: two servers never take the same complaint; an aborted run gives its rows back.
    const taken = await db
      .select({ id: kpiDirtyComplaints.complaintId })
      .from(kpiDirtyComplaints)
      .orderBy(asc(kpiDirtyComplaints.markedAt))
      .limit(limit)
      .for('update', { skipLocked: true })
    const ids = taken.map((r) => r.id)
    if (ids.length) await db.delete(kpiDirtyComplaints).where(inArray(kpiDirtyComplaints.complaintId, ids))
    return ids
  },
  async pendingCount() {
    const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(kpiDirtyComplaints)
    return r?.n ?? 0
  },
  async factSources(ids) {
    if (ids.length === 0) return []
    const rows = await db
      .select({ c: complaints, productLineId: vehicles.productLineId, region: organisations.region })
      .from(complaints)
      .leftJoin(vehicles, eq(vehicles.id, complaints.vehicleId))
      .leftJoin(organisations, eq(organisations.id, complaints.stationId))
      .where(inArray(complaints.id, [...ids]))
    const events = await db
      .select({
        complaintId: complaintEvents.complaintId,
        type: complaintEvents.type,
        at: complaintEvents.at,
        data: complaintEvents.data,
      })
      .from(complaintEvents)
      .where(inArray(complaintEvents.complaintId, [...ids]))
      .orderBy(asc(complaintEvents.complaintId), asc(complaintEvents.seq))
    return rows.map(({ c, productLineId, region }) => ({
      complaint: {
        id: c.id,
        openedAt: c.openedAt,
        stationId: c.stationId,
        region,
        productLineId,
        cause: c.cause,
        severity: c.severity,
        status: c.status,
        followUp: c.followUp as { satisfied: boolean } | null,
      },
      events: events
        .filter((e) => e.complaintId === c.id)
        .map((e) => ({ type: e.type, at: e.at, data: e.data as Record<string, unknown> })),
    }))
  },
  async facts(ids) {
    if (ids.length === 0) return []
    return (
      await db
        .select()
        .from(kpiComplaintFacts)
        .where(inArray(kpiComplaintFacts.complaintId, [...ids]))
        .for('update')
    ).map(toFact)
  },
  async saveFacts(facts, removed, at) {
    if (removed.length)
      await db.delete(kpiComplaintFacts).where(inArray(kpiComplaintFacts.complaintId, [...removed]))
    if (facts.length === 0) return
    const rows = facts.map((f) => ({ ...f, computedAt: at }))
    const set = Object.fromEntries(
      Object.keys(rows[0]!)
        .filter((k) => k !== 'complaintId')
        .map((k) => [k, sql.raw(`excluded.${kpiComplaintFacts[k as keyof FactRow].name}`)]),
    )
    await db
      .insert(kpiComplaintFacts)
      .values(rows)
      .onConflictDoUpdate({ target: kpiComplaintFacts.complaintId, set })
  },
  async applyDeltas({ daily, hours }) {
    if (daily.length) {
      const set = Object.fromEntries(
        TALLY_COUNTERS.map((k) => [
          k,
          sql.raw(`"kpi_complaint_daily"."${D[k].name}" + excluded."${D[k].name}"`),
        ]),
      )
      await db
        .insert(D)
        .values(daily.map((d) => ({ day: d.day, dim: d.dim, dimKey: d.key, cause: d.cause, ...d.counters })))
        .onConflictDoUpdate({ target: [D.dim, D.dimKey, D.day, D.cause], set })
      // The same deltas by month (a China date's first seven characters are its month), without cause.
      const monthly = new Map<
        string,
        { month: string; dim: string; dimKey: string } & Record<TallyCounter, number>
      >()
      for (const d of daily) {
        const month = d.day.slice(0, 7)
        const key = `${d.dim}|${d.key}|${month}`
        const m = monthly.get(key) ?? {
          month,
          dim: d.dim,
          dimKey: d.key,
          ...(Object.fromEntries(TALLY_COUNTERS.map((k) => [k, 0])) as Record<TallyCounter, number>),
        }
        for (const k of TALLY_COUNTERS) m[k] += d.counters[k]
        monthly.set(key, m)
      }
      // In key order, like the daily rows, so two servers' refreshes lock the rows alike.
      const rows = [...monthly.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, m]) => m)
      await db
        .insert(M)
        .values(rows)
        .onConflictDoUpdate({
          target: [M.dim, M.dimKey, M.month],
          set: Object.fromEntries(
            TALLY_COUNTERS.map((k) => [
              k,
              sql.raw(`"kpi_complaint_monthly"."${M[k].name}" + excluded."${M[k].name}"`),
            ]),
          ),
        })
    }
    if (hours.length) {
      await db
        .insert(H)
        .values(
          hours.map((h) => ({
            day: h.day,
            dim: h.dim,
            dimKey: h.key,
            metric: h.metric,
            hours: h.hours,
            n: h.n,
          })),
        )
        .onConflictDoUpdate({
          target: [H.dim, H.dimKey, H.metric, H.day, H.hours],
          set: { n: sql`${H.n} + excluded.n` },
        })
      // A bucket that fell to zero holds nothing; drop it so the tables stay small.
      await db.delete(H).where(eq(H.n, 0))
    }
  },
  async tally(scope, period) {
    const [counters] = await db
      .select(sums)
      .from(D)
      .where(inScope(D, scope, period))
    const t: ComplaintTally = { ...emptyTally(), ...(counters as Record<TallyCounter, number>) }
    const hist = await db
      .select({ metric: H.metric, hours: H.hours, n: sql<number>`sum(${H.n})::int` })
      .from(H)
      .where(inScope(H, scope, period))
      .groupBy(H.metric, H.hours)
    for (const h of hist) {
      if (h.n === 0) continue
      const target = h.metric === 'response' ? t.responseHours : t.resolutionHours
      target[h.hours] = h.n
    }
    return t
  },
  async causeCounts(scope, period) {
    return db
      .select({ key: D.cause, count: sql<number>`sum(${D.opened})::int` })
      .from(D)
      .where(inScope(D, scope, period))
      .groupBy(D.cause)
  },
  async monthlyTally(scope, period) {
    const month = sql<string>`to_char(${D.day}, 'YYYY-MM')`
    const rows = await db
      .select({ month, ...sums })
      .from(D)
      .where(inScope(D, scope, period))
      .groupBy(month)
      .orderBy(month)
    return rows.map(({ month: m, ...c }) => ({
      month: m as string,
      tally: { ...emptyTally(), ...(c as Record<TallyCounter, number>) },
    }))
  },
  async countersBy(dim, period) {
    // Whole months from the monthly roll-up, the days at either edge from the daily rows.
    const { months, edges } = splitByMonth(period)
    const parts = await Promise.all([
      months.length
        ? db
            .select({ key: M.dimKey, ...sumsOf(M) })
            .from(M)
            .where(and(eq(M.dim, dim), inArray(M.month, months)))
            .groupBy(M.dimKey)
        : [],
      ...edges.map((p) =>
        db
          .select({ key: D.dimKey, ...sums })
          .from(D)
          .where(and(eq(D.dim, dim), between(D.day, p.from, p.to)))
          .groupBy(D.dimKey),
      ),
    ])
    const byKey = new Map<string, Record<TallyCounter, number>>()
    for (const { key, ...c } of parts.flat()) {
      const had = byKey.get(key)
      const counters = c as Record<TallyCounter, number>
      byKey.set(
        key,
        had
          ? (Object.fromEntries(TALLY_COUNTERS.map((k) => [k, had[k] + counters[k]])) as Record<
              TallyCounter,
              number
            >)
          : counters,
      )
    }
    return [...byKey.entries()].map(([key, counters]) => ({ key, counters }))
  },
})
