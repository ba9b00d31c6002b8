import { CAUSE_LABELS, type Cause } from '../complaint'
import { formatFen } from '../shared/money'
import { computeFigures, FIGURES, type FigureUnit, type KpiInputs } from './kpi.figures'
import { type ParetoBar, pareto } from './kpi.pareto'
import type { KpiPeriod } from './kpi.period'
import { type ReportKind, reportPeriod, reportTitle } from './kpi.reports'
import type { FigureRow } from './kpi.targets'

/** One line of a report's summary: a count, a rate, money in fen or days, with both labels. */
export type SummaryLine = {
  id: string
  zh: string
  en: string
  value: number | null
  unit: 'count' | 'percent' | 'fen' | 'days'
}
export type ReportFigure = FigureRow & { zh: string; en: string; unit: FigureUnit }
export type ReportTrendPoint = {
  month: string
  opened: number
  closureRate: number | null
  timelyResponseRate: number | null
  timelyCompletionRate: number | null
}
export type ReportParetoBar = ParetoBar & { zh: string; en: string }

/**
 * What a report says, computed once and printed by both the PDF and the XLSX. Weekly: feedback
 * received, returns, progress of the week's cases, defect analysis (Pareto). Monthly: returns,
 * complaints, complaint and return rate, the monthly trend, the Pareto of causes, warranty cost
 * against budget, 8D cycle time and overdue claims. Both carry every figure with target and RAG.
 */
export type ReportContent = {
  kind: ReportKind
  key: string
  period: KpiPeriod
  scopeKey: string
  title: { zh: string; en: string }
  generatedAt: Date
  summary: SummaryLine[]
  figures: ReportFigure[]
  trend: ReportTrendPoint[]
  pareto: ReportParetoBar[]
}

export type ReportSource = {
  kind: ReportKind
  key: string
  scopeKey: string
  inputs: KpiInputs
  /** The dashboard's rows for the period (value, previous, change, target, RAG). */
  figures: FigureRow[]
  trend: ReportTrendPoint[]
  causes: readonly { key: string; count: number }[]
  generatedAt: Date
}

const line = (id: string, zh: string, en: string, value: number | null, unit: SummaryLine['unit']) => ({
  id,
  zh,
  en,
  value,
  unit,
})

function weeklySummary(i: KpiInputs): SummaryLine[] {
  const c = i.complaints
  return [
    line('feedback', '收到反馈（投诉）', 'Feedback received (complaints)', c.opened, 'count'),
    line('returns', '返修（保修索赔行）', 'Returns (warranty claim lines)', i.claimLines, 'count'),
    line('closed', '已关闭', 'Closed', c.closed, 'count'),
    line('open', '处理中', 'Still open', c.opened - c.closed, 'count'),
    line('response_late', '响应超时', 'First response late', c.responseLate, 'count'),
    line('resolution_late', '完成超时', 'Completion late', c.resolutionLate, 'count'),
    line('reopened', '重开', 'Reopened', c.reopened, 'count'),
  ]
}

function monthlySummary(i: KpiInputs): SummaryLine[] {
  const f = computeFigures(i)
  return [
    line('complaints', '投诉数', 'Complaints', i.complaints.opened, 'count'),
    line('returns', '返修数（保修索赔行）', 'Returns (warranty claim lines)', i.claimLines, 'count'),
    line('units', '在用车辆数', 'Vehicles in service', i.unitsInService, 'count'),
    line('complaint_rate', '投诉率', 'Complaint rate', f.complaint_rate, 'percent'),
    line('return_rate', '返修率', 'Return rate', f.return_rate, 'percent'),
    line('warranty_cost', '保修费用', 'Warranty cost', i.warrantyCostFen, 'fen'),
    line('budget', '保修预算', 'Warranty budget', i.budgetFen, 'fen'),
    line('cost_vs_budget', '费用/预算', 'Cost against budget', f.warranty_cost_vs_budget, 'percent'),
    line('eightd_step_days', '8D平均步骤周期（天）', '8D cycle per step (days)', f.eightd_step_days, 'days'),
    line('eightd_overdue', '逾期8D索赔', 'Overdue 8D claims', f.eightd_overdue_claims, 'count'),
  ]
}

const causeLabel = (key: string) => CAUSE_LABELS[key as Cause] ?? { zh: key, en: key }

/** Builds the content of a report from the same inputs and rows the dashboard shows. */
export function buildReportContent(s: ReportSource): ReportContent {
  return {
    kind: s.kind,
    key: s.key,
    period: reportPeriod(s.kind, s.key),
    scopeKey: s.scopeKey,
    title: reportTitle(s.kind, s.key),
    generatedAt: s.generatedAt,
    summary: s.kind === 'weekly' ? weeklySummary(s.inputs) : monthlySummary(s.inputs),
    figures: s.figures.map((r) => ({
      ...r,
      zh: FIGURES[r.figure].zh,
      en: FIGURES[r.figure].en,
      unit: FIGURES[r.figure].unit,
    })),
    trend: s.kind === 'monthly' ? s.trend : [],
    pareto: pareto(s.causes).map((b) => ({ ...b, ...causeLabel(b.key) })),
  }
}

/** A summary or figure value as printed: counts whole, rates with %, money in yuan, '—' when missing. */
export function formatReportValue(value: number | null, unit: SummaryLine['unit'] | FigureUnit): string {
  if (value === null) return '—'
  switch (unit) {
    case 'percent':
      return `${value.toFixed(1)}%`
    case 'fen':
      return formatFen(value)
    case 'hours':
      return `${value.toFixed(1)} h`
    case 'days':
      return `${value.toFixed(1)}`
    default:
      return Number.isInteger(value) ? String(value) : value.toFixed(1)
  }
}
