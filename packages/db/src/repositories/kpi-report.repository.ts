import type { ArchivedReport, KpiReportRepository, ReportKind, ReportToStore } from '@asq/domain'
import { and, eq, getTableColumns, sql } from 'drizzle-orm'
import type { Database } from '../client'
import { kpiReports } from '../schema'
import { afterKey, keyOrder, type SortKey } from './keyset'

const R = kpiReports
const { pdf: _pdf, xlsx: _xlsx, ...summaryColumns } = getTableColumns(R)
const NEWEST: SortKey = [
  [R.periodTo, 'desc'],
  [R.id, 'desc'],
]

const toReport = (r: Omit<typeof R.$inferSelect, 'pdf' | 'xlsx'>): ArchivedReport => ({
  ...r,
  kind: r.kind as ReportKind,
})

const values = (r: ReportToStore) => ({
  kind: r.kind,
  periodKey: r.periodKey,
  scope: r.scope,
  periodFrom: r.periodFrom,
  periodTo: r.periodTo,
  version: 1,
  generatedAt: r.at,
  generatedBy: r.by,
  pdf: r.pdf,
  xlsx: r.xlsx,
})

export const kpiReportRepository = (db: Database): KpiReportRepository => ({
  async list(f) {
    const rows = await db
      .select(summaryColumns)
      .from(R)
      .where(and(f.kind ? eq(R.kind, f.kind) : undefined, afterKey(NEWEST, f.after)))
      .orderBy(...keyOrder(NEWEST))
      .limit(f.limit)
    return rows.map(toReport)
  },
  async count(kind) {
    const [r] = await db
      .select({ n: sql<number>`count(*)::int`.mapWith(Number) })
      .from(R)
      .where(kind ? eq(R.kind, kind) : undefined)
    return r?.n ?? 0
  },
  async find(kind, periodKey, scope) {
    const [r] = await db
      .select(summaryColumns)
      .from(R)
      .where(and(eq(R.kind, kind), eq(R.periodKey, periodKey), eq(R.scope, scope)))
    return r ? toReport(r) : null
  },
  async file(id, format) {
    const [r] = await db
      .select({ ...summaryColumns, bytes: format === 'pdf' ? R.pdf : R.xlsx })
      .from(R)
      .where(eq(R.id, id))
    if (!r) return null
    const { bytes, ...report } = r
    return { report: toReport(report), bytes }
  },
  async insertFirst(r) {
    // The unique (kind, period, scope) decides between two servers: the second insert does nothing.
    const [row] = await db.insert(R).values(values(r)).onConflictDoNothing().returning(summaryColumns)
    return row ? toReport(row) : null
  },
  async replace(r) {
    // One statement: two regenerations at once both count, each a version of its own.
    const [row] = await db
      .insert(R)
      .values(values(r))
      .onConflictDoUpdate({
        target: [R.kind, R.periodKey, R.scope],
        set: {
          version: sql`${R.version} + 1`,
          regeneratedAt: r.at,
          regeneratedBy: r.by,
          periodFrom: r.periodFrom,
          periodTo: r.periodTo,
          pdf: r.pdf,
          xlsx: r.xlsx,
        },
      })
      .returning(summaryColumns)
    return toReport(row!)
  },
})
