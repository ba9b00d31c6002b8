import type { ReportKind } from './kpi.reports'

/** A report in the archive, without its files. */
export type ArchivedReport = {
  id: string
  kind: ReportKind
  periodKey: string
  scope: string
  periodFrom: string
  periodTo: string
  version: number
  generatedAt: Date
  generatedBy: string
  regeneratedAt: Date | null
  regeneratedBy: string | null
}

/** A freshly generated report and its files, to be stored as the current version. */
export type ReportToStore = {
  kind: ReportKind
  periodKey: string
  scope: string
  periodFrom: string
  periodTo: string
  at: Date
  by: string
  pdf: Uint8Array
  xlsx: Uint8Array
}

export type ReportFormat = 'pdf' | 'xlsx'

/** The archive of weekly and monthly reports: one current version per (kind, period, scope). */
export interface KpiReportRepository {
  /** Newest period first (period end, then id), after the keyset cursor of the last row shown. */
  list(f: { kind?: ReportKind; limit: number; after?: string }): Promise<ArchivedReport[]>
  count(kind?: ReportKind): Promise<number>
  find(kind: ReportKind, periodKey: string, scope: string): Promise<ArchivedReport | null>
  file(id: string, format: ReportFormat): Promise<{ report: ArchivedReport; bytes: Uint8Array } | null>
  /** Stores version 1 unless the period already has a report; null when it had (nothing changed). */
  insertFirst(r: ReportToStore): Promise<ArchivedReport | null>
  /** Stores the report as a new current version (1 when new), recording the regeneration. */
  replace(r: ReportToStore): Promise<ArchivedReport>
}
