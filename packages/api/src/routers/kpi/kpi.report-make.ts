import type {
  ArchivedReport,
  ReportContent,
  ReportKind,
  ReportToStore,
  Repositories,
  Scope,
  UnitOfWork,
} from '@asq/domain'
import {
  buildReportContent,
  latestDueKey,
  monthPeriod,
  monthsOf,
  REPORT_KINDS,
  reportPeriod,
  scopeKey,
  shiftPeriod,
} from '@asq/domain'
import { dashboard } from './kpi.dashboard'
import { kpiInputs } from './kpi.inputs'
import { reportPdf } from './kpi.report-pdf'
import { reportXlsx } from './kpi.report-xlsx'

/** The scope as printed on the report. */
async function scopeLabel(repos: Repositories, scope: Scope): Promise<string> {
  switch (scope.kind) {
    case 'all':
      return '全网 Whole network'
    case 'region':
      return `区域 Region ${scope.region}`
    case 'product_line': {
      const line = (await repos.kpi.productLines()).find((l) => l.id === scope.productLineId)
      return line ? `${line.nameZh} ${line.nameEn}` : scope.productLineId
    }
    default: {
      const org = await repos.organisations.byId(
        scope.kind === 'station' ? scope.stationId : scope.supplierId,
      )
      return org ? `${org.nameZh} ${org.nameEn}` : '—'
    }
  }
}

/**
 * A report's content from the dashboard's own computation (so the figures are the dashboard's for
 * the same period and scope), with the monthly trend over the twelve months up to the report's month.
 */
async function reportContent(
  repos: Repositories,
  kind: ReportKind,
  key: string,
  scope: Scope,
  now: Date,
): Promise<ReportContent> {
  const period = reportPeriod(kind, key)
  const month = period.to.slice(0, 7)
  const year = { from: monthPeriod(shiftPeriod(month, -11)).from, to: period.to }
  const [d, inputs, trend] = await Promise.all([
    dashboard(repos, { period, scope }, now),
    kpiInputs(repos, period, scope, now),
    kind === 'monthly' ? dashboard(repos, { period: year, scope }, now).then((y) => y.trend) : [],
  ])
  // Every month of the year is on the chart; one without complaints has no rates.
  const byMonth = new Map(trend.map((t) => [t.month, t]))
  const months = kind === 'monthly' ? monthsOf(year) : []
  return buildReportContent({
    kind,
    key,
    scopeKey: scopeKey(scope),
    inputs,
    figures: d.figures,
    trend: months.map(
      (m) =>
        byMonth.get(m) ?? {
          month: m,
          opened: 0,
          closureRate: null,
          timelyResponseRate: null,
          timelyCompletionRate: null,
        },
    ),
    causes: d.pareto,
    generatedAt: now,
  })
}

/** Content, PDF and XLSX of a report, ready to store as the next version. */
export async function makeReport(
  repos: Repositories,
  r: { kind: ReportKind; key: string; scope: Scope; by: string; version: number },
  now: Date,
): Promise<{ content: ReportContent; toStore: ReportToStore }> {
  const content = await reportContent(repos, r.kind, r.key, r.scope, now)
  const label = await scopeLabel(repos, r.scope)
  const [pdf, xlsx] = await Promise.all([
    reportPdf(content, { version: r.version, scopeLabel: label }),
    reportXlsx(content),
  ])
  return {
    content,
    toStore: {
      kind: r.kind,
      periodKey: r.key,
      scope: content.scopeKey,
      periodFrom: content.period.from,
      periodTo: content.period.to,
      at: now,
      by: r.by,
      pdf,
      xlsx,
    },
  }
}

export const reportAudit = (r: ArchivedReport, before: ArchivedReport | null) => ({
  action: before ? 'kpi.report_regenerated' : 'kpi.report_generated',
  entityType: 'kpi_report',
  entityId: r.id,
  before: before ? { version: before.version } : null,
  after: { kind: r.kind, periodKey: r.periodKey, scope: r.scope, version: r.version },
})

/**
 * The scheduled pass: the newest due weekly and monthly report of the whole network, each made once.
 * Safe on several servers: the archive's unique (kind, period, scope) lets one insert win and the
 * other do nothing; a report already there is not made again (a regeneration is HQ's decision).
 */
export async function runDueReports(deps: { uow: UnitOfWork; repos: Repositories; clock: () => Date }) {
  const now = deps.clock()
  let made = 0
  for (const kind of REPORT_KINDS) {
    const key = latestDueKey(kind, now)
    if (await deps.repos.kpiReports.find(kind, key, 'all')) continue
    const { toStore } = await makeReport(
      deps.repos,
      { kind, key, scope: { kind: 'all' }, by: 'system', version: 1 },
      now,
    )
    const stored = await deps.uow.run(async (repos) => {
      const r = await repos.kpiReports.insertFirst(toStore)
      if (r) await repos.audit.record({ ...reportAudit(r, null), at: now, actor: null })
      return r
    })
    if (stored) made++
  }
  return made
}
