/** KPI pieces shared by the admin dashboard and the station and supplier scorecards (data comes in as props). */
export { formatChange, formatFigure } from './format'
export { default as KpiFigureCard, type FigureCardRow } from './KpiFigureCard.vue'
export { kpiCommonEn, kpiCommonZh } from './messages'
