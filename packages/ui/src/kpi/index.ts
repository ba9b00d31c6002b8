/** KPI pieces shared by the admin dashboard and the station and supplier scorecards (data comes in as props). */
export { formatChange, formatFigure } from './format'
export { default as KpiFigureCard, type FigureCardRow } from './KpiFigureCard.vue'
export { default as KpiScorecard, type ScorecardTrendPoint } from './KpiScorecard.vue'
export { kpiCommonEn, kpiCommonZh } from './messages'
export { default as ScorecardShell } from './ScorecardShell.vue'
export { scorecardPeriod, thisMonth } from './scorecard-period'
export { default as WorkbenchCard, type WorkbenchItem } from './WorkbenchCard.vue'
