/** The survey figures both staff apps show, and the targets HQ sets for two of them. */
export type SurveySummary = {
  index: number | null
  csat: number | null
  nps: number | null
  responseRate: number | null
}
export type SurveyTargets = { satisfactionIndex: number; handlingSatisfaction: number }
export type SurveyFigureKey = keyof SurveySummary

const shown = (v: number | null, suffix = '') => (v === null ? '—' : `${v}${suffix}`)

/**
 * Each figure as shown (— when there are no answers yet) and whether it meets its target (null: it
 * has none, or no value): the satisfaction index must exceed its target, CSAT reach it.
 */
export function surveyFigures(
  s: SurveySummary,
  tg: SurveyTargets,
): Record<SurveyFigureKey, { value: string; ok: boolean | null }> {
  return {
    index: { value: shown(s.index), ok: s.index === null ? null : s.index > tg.satisfactionIndex },
    csat: { value: shown(s.csat, '%'), ok: s.csat === null ? null : s.csat >= tg.handlingSatisfaction },
    nps: { value: shown(s.nps), ok: null },
    responseRate: { value: shown(s.responseRate, '%'), ok: null },
  }
}
