import { describe, expect, it } from 'vitest'
import { expectBilingualLabels } from '../shared/labels.test-fixtures'
import {
  FIGURE_IDS,
  FIGURES,
  type FigureId,
  type FigureUnit,
  isStationFigure,
  SUPPLIER_FIGURES,
} from './kpi.figures'

/**
 * The dashboard shows each figure's name in both languages, formats its number by its unit and prints
 * its definition beside it. The unit follows from what the figure measures (a rate is a percentage, a
 * time is hours or days, an index is a score), so it is checked by that rule, not copied.
 */
const unitByMeaning = (id: FigureId): FigureUnit => {
  if (id.endsWith('_rate') || id === 'handling_satisfaction' || id === 'warranty_cost_vs_budget')
    return 'percent'
  if (id.includes('_hours_')) return 'hours'
  if (id.endsWith('_days')) return 'days'
  if (id.endsWith('_claims')) return 'count'
  return 'index'
}

describe('figure definitions', () => {
  it('every figure has distinct Chinese and English names', () => {
    expectBilingualLabels(FIGURE_IDS, FIGURES)
  })
  it.each(FIGURE_IDS)('%s is measured in the unit its meaning implies', (id) => {
    expect(FIGURES[id].unit).toBe(unitByMeaning(id))
  })
  it.each(FIGURE_IDS)('%s is defined in a sentence', (id) => {
    expect(FIGURES[id].definition).toMatch(/^[A-Z%].{20,}\.$/)
  })
  it('no two figures share a definition', () => {
    const defs = FIGURE_IDS.map((id) => FIGURES[id].definition)
    expect(new Set(defs).size).toBe(defs.length)
  })
  // Which scorecard shows a figure: a station's never shows suppliers' 8D work or the network's budget.
  it.each([
    ['closure_rate', true, false],
    ['complaint_rate', true, false],
    ['csi', true, false],
    ['survey_response_rate', true, false],
    ['eightd_step_days', false, true],
    ['eightd_overdue_claims', false, true],
    ['supplier_recovery_rate', false, true],
    ['warranty_cost_vs_budget', false, false],
  ] as const)('%s: on a station scorecard %s, on a supplier scorecard %s', (id, station, supplier) => {
    expect(isStationFigure(id)).toBe(station)
    expect(SUPPLIER_FIGURES.includes(id)).toBe(supplier)
  })
})
