import type { ArchivedReport, ReportFormat } from '@asq/domain'
import {
  chinaDate,
  DomainError,
  encodeKeys,
  generateReportInputSchema,
  notFound,
  REPORT_KINDS,
  reportHasBegun,
  reportPeriod,
  reportTitle,
  scopeKey,
} from '@asq/domain'
import { z } from 'zod'
import { hqProcedure, idempotency, router } from '../../trpc'
import { makeReport, reportAudit } from './kpi.report-make'

const MIME: Record<ReportFormat, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

const reportView = (r: ArchivedReport) => ({
  id: r.id,
  kind: r.kind,
  periodKey: r.periodKey,
  scope: r.scope,
  periodFrom: r.periodFrom,
  periodTo: r.periodTo,
  title: reportTitle(r.kind, r.periodKey),
  version: r.version,
  generatedAt: r.generatedAt,
  generatedBy: r.generatedBy,
  regeneratedAt: r.regeneratedAt,
  regeneratedBy: r.regeneratedBy,
})

/** 售后质量月报_2026-03.pdf; a scope other than the whole network is named after the period. */
const reportFileName = (r: ArchivedReport, format: ReportFormat) =>
  `售后质量${r.kind === 'weekly' ? '周报' : '月报'}_${r.periodKey}${r.scope === 'all' ? '' : `_${r.scope.replace(/[:/\\]/g, '-')}`}.${format}`

const file = (format: ReportFormat) =>
  hqProcedure()
    .input(z.object({ id: z.string().uuid() }))
    .query(async ({ ctx, input }) => {
      const f = await ctx.repos.kpiReports.file(input.id, format)
      if (!f) throw notFound('report')
      return {
        filename: reportFileName(f.report, format),
        mime: MIME[format],
        dataUrl: `data:${MIME[format]};base64,${Buffer.from(f.bytes).toString('base64')}`,
      }
    })

/** The report archive: browse, generate now (or again), download. Downloads go through GET /files/kpi.reports.<format>. */
export const kpiReportRouter = router({
  list: hqProcedure()
    .input(
      z.object({
        kind: z.enum(REPORT_KINDS).optional(),
        limit: z.number().int().min(1).max(100).default(20),
        after: z.string().max(200).optional(),
      }),
    )
    .query(async ({ ctx, input }) => {
      const [rows, total] = await Promise.all([
        ctx.repos.kpiReports.list({ ...input, limit: input.limit + 1 }).catch((e) => {
          if (!input.after) throw e
          throw new DomainError('BAD_INPUT', 'INPUT.INVALID', 'not a valid page cursor', { field: 'after' })
        }),
        ctx.repos.kpiReports.count(input.kind),
      ])
      const items = rows.slice(0, input.limit)
      const last = items.at(-1)
      return {
        items: items.map(reportView),
        total,
        next: rows.length > input.limit && last ? encodeKeys([last.periodTo, last.id]) : null,
      }
    }),
  /**
   * Makes the report of a period now. When the period already has one, `replace` must say so; the
   * new files become the current version (version + 1, regenerated at/by). A retry with the same
   * clientRequestId answers the first result.
   */
  generate: hqProcedure()
    .input(generateReportInputSchema.extend({ replace: z.boolean().default(false) }))
    .use(idempotency)
    .mutation(async ({ ctx, input }) => {
      try {
        reportPeriod(input.kind, input.key)
      } catch (e) {
        throw e instanceof DomainError
          ? e
          : new DomainError('BAD_INPUT', 'KPI.BAD_REPORT_PERIOD', String(e), { field: 'key' })
      }
      const now = ctx.clock()
      if (!reportHasBegun(input.kind, input.key, now))
        throw new DomainError(
          'BAD_INPUT',
          'KPI.REPORT_FUTURE',
          `The period has not begun (today is ${chinaDate(now)})`,
          {
            field: 'key',
          },
        )
      const scope = scopeKey(input.scope)
      const existing = await ctx.repos.kpiReports.find(input.kind, input.key, scope)
      const exists = () =>
        new DomainError(
          'CONFLICT',
          'KPI.REPORT_EXISTS',
          'This period already has a report; confirm to replace it',
          {
            field: 'replace',
          },
        )
      if (existing && !input.replace) throw exists()
      const { toStore } = await makeReport(
        ctx.repos,
        { ...input, by: ctx.actor.username, version: (existing?.version ?? 0) + 1 },
        now,
      )
      const stored = await ctx.transact(async ({ repos, audit }) => {
        const r = input.replace
          ? await repos.kpiReports.replace(toStore)
          : await repos.kpiReports.insertFirst(toStore)
        if (!r) throw exists() // made by someone else meanwhile
        await audit(reportAudit(r, r.version > 1 ? { ...r, version: r.version - 1 } : null))
        return r
      })
      return reportView(stored)
    }),
  pdf: file('pdf'),
  xlsx: file('xlsx'),
})
