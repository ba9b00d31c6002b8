import { type ComplaintTally, percentileHours } from './kpi.tally'

export const FIGURE_IDS = [
  'closure_rate',
  'timely_response_rate',
  'timely_completion_rate',
  'response_hours_avg',
  'response_hours_p90',
  'resolution_hours_avg',
  'resolution_hours_p90',
  'reopen_rate',
  'handling_satisfaction',
  'complaint_rate',
  'return_rate',
  'csi',
  'nps',
  'survey_response_rate',
  'eightd_step_days',
  'eightd_overdue_claims',
  'warranty_cost_vs_budget',
  'supplier_recovery_rate',
] as const
export type FigureId = (typeof FIGURE_IDS)[number]

/** A supplier's scorecard: its 8D work and the warranty cost recovered from it. */
export const SUPPLIER_FIGURES: readonly FigureId[] = [
  'eightd_step_days',
  'eightd_overdue_claims',
  'supplier_recovery_rate',
]

/**
 * A station's scorecard: its cases, surveys and claims. Suppliers' 8D work and the network's budget
 * say nothing about a station (they only ever showed there as an empty figure beside a target).
 */
export const isStationFigure = (f: FigureId) =>
  !SUPPLIER_FIGURES.includes(f) && f !== 'warranty_cost_vs_budget'

export type FigureUnit = 'percent' | 'hours' | 'days' | 'count' | 'index'

/** Each figure's name and its definition in words, shown beside the number on the dashboard. */
export const FIGURES: Record<FigureId, { zh: string; en: string; unit: FigureUnit; definition: string }> = {
  closure_rate: {
    zh: '投诉关闭率',
    en: 'Closure rate',
    unit: 'percent',
    definition: 'Complaints opened in the period that are closed, over complaints opened in the period.',
  },
  timely_response_rate: {
    zh: '及时响应率',
    en: 'Timely-response rate',
    unit: 'percent',
    definition:
      'Complaints whose first response came within its deadline, over those whose response deadline is decided (answered, or passed unanswered).',
  },
  timely_completion_rate: {
    zh: '及时完成率',
    en: 'Timely-completion rate',
    unit: 'percent',
    definition:
      'Complaints resolved within the resolution deadline of their latest run, over those whose deadline is decided.',
  },
  response_hours_avg: {
    zh: '平均首次响应时长',
    en: 'Average time to first response',
    unit: 'hours',
    definition:
      'Mean working time (working days of the calendar) from opening to the first response, over answered complaints, in hours.',
  },
  response_hours_p90: {
    zh: '首次响应时长P90',
    en: 'Time to first response, 90th percentile',
    unit: 'hours',
    definition:
      'Nearest-rank 90th percentile of working hours (rounded up to the hour) from opening to the first response.',
  },
  resolution_hours_avg: {
    zh: '平均解决时长',
    en: 'Average time to resolution',
    unit: 'hours',
    definition: 'Mean working time from opening to the first resolution, over resolved complaints, in hours.',
  },
  resolution_hours_p90: {
    zh: '解决时长P90',
    en: 'Time to resolution, 90th percentile',
    unit: 'hours',
    definition:
      'Nearest-rank 90th percentile of working hours (rounded up) from opening to the first resolution.',
  },
  reopen_rate: {
    zh: '重开率',
    en: 'Reopen rate',
    unit: 'percent',
    definition:
      'Complaints reopened after a resolution (the "too fast" signal), over complaints resolved at least once.',
  },
  handling_satisfaction: {
    zh: '投诉处理满意度',
    en: 'Satisfaction with complaint handling',
    unit: 'percent',
    definition: 'Follow-ups (回访) in which the customer was satisfied, over complaints followed up.',
  },
  complaint_rate: {
    zh: '投诉率',
    en: 'Complaint rate',
    unit: 'percent',
    definition:
      'Complaints opened per 100 vehicles in service (units HQ entered for the months and product lines in scope).',
  },
  return_rate: {
    zh: '返修率',
    en: 'Return rate',
    unit: 'percent',
    definition: 'Warranty claim lines (parts replaced under warranty) per 100 vehicles in service.',
  },
  csi: {
    zh: '客户满意度指数',
    en: 'Customer satisfaction index',
    unit: 'index',
    definition:
      'Mean of all rating and NPS answers, each scaled to 0–1, times 100 (surveys answered in the period).',
  },
  nps: {
    zh: '净推荐值',
    en: 'NPS',
    unit: 'index',
    definition: '% promoters (9–10) minus % detractors (0–6) among recommendation answers.',
  },
  survey_response_rate: {
    zh: '问卷回收率',
    en: 'Survey response rate',
    unit: 'percent',
    definition: 'Invitations answered over invitations delivered in the period.',
  },
  eightd_step_days: {
    zh: '8D平均步骤周期',
    en: '8D cycle time per step',
    unit: 'days',
    definition:
      'Mean calendar days from the previous step’s approval (or the opening) to a step’s approval, over steps approved in the period.',
  },
  eightd_overdue_claims: {
    zh: '逾期8D索赔',
    en: 'Overdue 8D claims',
    unit: 'count',
    definition: 'Open 8D claims with a step past its deadline and not approved, now.',
  },
  warranty_cost_vs_budget: {
    zh: '保修费用/预算',
    en: 'Warranty cost against budget',
    unit: 'percent',
    definition: 'Approved warranty claim amounts of the months in scope over the budget HQ entered for them.',
  },
  supplier_recovery_rate: {
    zh: '供应商索赔回收率',
    en: 'Supplier cost recovered',
    unit: 'percent',
    definition:
      'Recoveries accepted by suppliers over recoveries claimed from them (amounts, by date proposed).',
  },
}

/** Everything the figures are computed from, for one period and scope. */
export type KpiInputs = {
  complaints: ComplaintTally
  /** Vehicles in service summed over the months and product lines in scope; null when HQ entered none. */
  unitsInService: number | null
  claimLines: number
  warrantyCostFen: number
  budgetFen: number | null
  survey: { delivered: number; answered: number; csi: number | null; nps: number | null }
  eightd: { stepDaysAvg: number | null; overdueClaims: number }
  recovery: { claimedFen: number; acceptedFen: number }
}

/**
 * `numerator / denominator` rounded half up to one decimal. Dividing integers once, after scaling,
 * keeps a half exact (23 / 80 → 287.5 tenths → 28.8 %); dividing first and scaling after does not
 * (0.2875 is not a binary fraction: 28.7 %).
 */
export const tenths = (numerator: number, denominator: number) =>
  Math.round((numerator * 10) / denominator) / 10
/** part / whole as a percentage with one decimal, or null when there is nothing to divide by. */
export const percent = (part: number, whole: number | null): number | null =>
  whole ? tenths(part * 100, whole) : null
const hours = (minutes: number, n: number) => (n ? tenths(minutes, n * 60) : null)

export function computeFigures(i: KpiInputs): Record<FigureId, number | null> {
  const c = i.complaints
  return {
    closure_rate: percent(c.closed, c.opened),
    timely_response_rate: percent(c.responseMet, c.responseMet + c.responseLate),
    timely_completion_rate: percent(c.resolutionMet, c.resolutionMet + c.resolutionLate),
    response_hours_avg: hours(c.responseMinutes, c.responded),
    response_hours_p90: percentileHours(c.responseHours, 0.9),
    resolution_hours_avg: hours(c.resolutionMinutes, c.resolved),
    resolution_hours_p90: percentileHours(c.resolutionHours, 0.9),
    reopen_rate: percent(c.reopened, c.resolved),
    handling_satisfaction: percent(c.satisfied, c.followedUp),
    complaint_rate: percent(c.opened, i.unitsInService),
    return_rate: percent(i.claimLines, i.unitsInService),
    csi: i.survey.csi,
    nps: i.survey.nps,
    survey_response_rate: percent(i.survey.answered, i.survey.delivered),
    eightd_step_days: i.eightd.stepDaysAvg,
    eightd_overdue_claims: i.eightd.overdueClaims,
    warranty_cost_vs_budget: percent(i.warrantyCostFen, i.budgetFen),
    supplier_recovery_rate: percent(i.recovery.acceptedFen, i.recovery.claimedFen),
  }
}
