import { index, integer, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core'
import { bytea, day, ts } from './columns'

/**
 * The report archive: one row per (kind, period, scope) holding its current version. Generating the
 * same period again replaces the files, raises `version` and sets `regenerated_at`/`regenerated_by`;
 * the unique key is what makes the scheduled job safe on several servers. The PDF and XLSX are kept
 * in the row (a few hundred KB each, a hundred rows a year), so a report and its files commit together.
 */
export const kpiReports = pgTable(
  'kpi_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    periodKey: text('period_key').notNull(),
    scope: text('scope').notNull(),
    periodFrom: day('period_from').notNull(),
    periodTo: day('period_to').notNull(),
    version: integer('version').notNull(),
    generatedAt: ts('generated_at').notNull(),
    generatedBy: text('generated_by').notNull(),
    regeneratedAt: ts('regenerated_at'),
    regeneratedBy: text('regenerated_by'),
    pdf: bytea('pdf').notNull(),
    xlsx: bytea('xlsx').notNull(),
  },
  (t) => [
    unique('kpi_reports_kind_period_scope_uq').on(t.kind, t.periodKey, t.scope),
    index('kpi_reports_newest_idx').on(t.periodTo, t.id),
  ],
)
