import type { MeetingRepository, PackCaseRow } from '@asq/domain'
import { chinaDayEnd, chinaDayStart } from '@asq/domain'
import { and, asc, between, count, eq, gte, lt, sql } from 'drizzle-orm'
import type { Database } from '../../client'
import { complaints as C, kpiComplaintFacts as F, organisations } from '../../schema'

type CaseReads = Pick<MeetingRepository, 'caseGroups' | 'flaggedCases' | 'closedCases'>

/**
 * The review pack's reads of a period. The cohort and its flags (closed, reopened, resolution missed)
 * are the KPI context's facts (kpi_complaint_facts, by China opening date, indexed), so the pack's
 * counts agree with the dashboard; only the fields that decide a section come from the complaint.
 */
export function meetingCases(db: Database): CaseReads {
  const caseCols = {
    id: C.id,
    number: C.number,
    summary: C.summary,
    kind: C.kind,
    cause: C.cause,
    responsibleUnit: C.responsibleUnit,
    severity: C.severity,
    status: C.status,
    stationName: organisations.nameZh,
    openedAt: C.openedAt,
    closedAt: C.closedAt,
  }
  const cases = () =>
    db.select(caseCols).from(C).leftJoin(organisations, eq(organisations.id, C.stationId)).$dynamic()
  return {
    async caseGroups(p) {
      const late = sql<boolean>`${F.resolution} = 'late'`
      const rows = await db
        .select({
          kind: C.kind,
          cause: C.cause,
          responsibleUnit: C.responsibleUnit,
          closed: F.closed,
          reopened: F.reopened,
          late,
          count: count(),
        })
        .from(F)
        .innerJoin(C, eq(C.id, F.complaintId))
        .where(between(F.openedDay, p.from, p.to))
        .groupBy(C.kind, C.cause, C.responsibleUnit, F.closed, F.reopened, late)
      return rows.map((r) => ({ ...r, late: Boolean(r.late) }))
    },
    async flaggedCases(p, flag, limit) {
      const where = and(
        between(F.openedDay, p.from, p.to),
        flag === 'late' ? eq(F.resolution, 'late') : eq(F.reopened, true),
      )
      const [rows, [total]] = await Promise.all([
        cases()
          .innerJoin(F, eq(F.complaintId, C.id))
          .where(where)
          .orderBy(asc(C.openedAt), asc(C.id))
          .limit(limit),
        db.select({ n: count() }).from(F).where(where),
      ])
      return { total: total?.n ?? 0, cases: rows as PackCaseRow[] }
    },
    async closedCases(p, severity, limit) {
      const rows = await cases()
        .where(
          and(
            eq(C.severity, severity),
            eq(C.status, 'closed'),
            gte(C.closedAt, chinaDayStart(p.from)),
            lt(C.closedAt, chinaDayEnd(p.to)),
          ),
        )
        .orderBy(asc(C.closedAt), asc(C.id))
        .limit(limit)
      return rows as PackCaseRow[]
    },
  }
}
