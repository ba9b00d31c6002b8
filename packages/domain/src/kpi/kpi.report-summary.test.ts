import { describe, expect, it } from 'vitest'
import { computeFigures } from './kpi.figures'
import { buildReportContent, formatReportValue, type SummaryLine } from './kpi.report-content'
import { DEFAULT_TARGETS, figureRows } from './kpi.targets'
import { kpiInputs } from './kpi.test-fixtures'

const inputs = kpiInputs()
const rows = figureRows(computeFigures(inputs), computeFigures(inputs), DEFAULT_TARGETS)
const content = (kind: 'weekly' | 'monthly', key: string, causes: { key: string; count: number }[] = []) =>
  buildReportContent({
    kind,
    key,
    scopeKey: 'all',
    inputs,
    figures: rows,
    trend: [],
    causes,
    generatedAt: new Date('2026-04-01T00:00:00Z'),
  })

type Line = [SummaryLine['id'], string, string, number | null, SummaryLine['unit']]
const asLines = (s: SummaryLine[]): Line[] => s.map((l) => [l.id, l.zh, l.en, l.value, l.unit])

describe('the summary lines of a report, with both labels', () => {
  // Every line of both summaries, in print order: the kind, id, both labels, value and unit.
  const LINES: ['weekly' | 'monthly', ...Line][] = [
    ['weekly', 'feedback', '收到反馈（投诉）', 'Feedback received (complaints)', 40, 'count'],
    ['weekly', 'returns', '返修（保修索赔行）', 'Returns (warranty claim lines)', 30, 'count'],
    ['weekly', 'closed', '已关闭', 'Closed', 36, 'count'],
    ['weekly', 'open', '处理中', 'Still open', 4, 'count'],
    ['weekly', 'response_late', '响应超时', 'First response late', 2, 'count'],
    ['weekly', 'resolution_late', '完成超时', 'Completion late', 3, 'count'],
    ['weekly', 'reopened', '重开', 'Reopened', 1, 'count'],
    ['monthly', 'complaints', '投诉数', 'Complaints', 40, 'count'],
    ['monthly', 'returns', '返修数（保修索赔行）', 'Returns (warranty claim lines)', 30, 'count'],
    ['monthly', 'units', '在用车辆数', 'Vehicles in service', 2000, 'count'],
    ['monthly', 'complaint_rate', '投诉率', 'Complaint rate', 2, 'percent'],
    ['monthly', 'return_rate', '返修率', 'Return rate', 1.5, 'percent'],
    ['monthly', 'warranty_cost', '保修费用', 'Warranty cost', 1_234_567, 'fen'],
    ['monthly', 'budget', '保修预算', 'Warranty budget', 2_000_000, 'fen'],
    ['monthly', 'cost_vs_budget', '费用/预算', 'Cost against budget', 61.7, 'percent'],
    ['monthly', 'eightd_step_days', '8D平均步骤周期（天）', '8D cycle per step (days)', 4.5, 'days'],
    ['monthly', 'eightd_overdue', '逾期8D索赔', 'Overdue 8D claims', 2, 'count'],
  ]
  it.each([
    ['weekly', '2026-W10'],
    ['monthly', '2026-03'],
  ] as const)('%s %s', (kind, key) =>
    expect(asLines(content(kind, key).summary)).toEqual(
      LINES.filter((l) => l[0] === kind).map(([, ...l]) => l),
    ),
  )

  it('a cause with no label is shown by its key in both languages', () => {
    const bars = content('weekly', '2026-W10', [
      { key: 'repair_quality', count: 3 },
      { key: 'legacy_cause', count: 1 },
    ]).pareto
    expect(bars.map((b) => [b.key, b.zh, b.en, b.count])).toEqual([
      ['repair_quality', '维修质量', 'Repair quality', 3],
      ['legacy_cause', 'legacy_cause', 'legacy_cause', 1],
    ])
  })
})

describe('printing values', () => {
  it.each([
    [3, 'days', '3.0'],
    [4.25, 'days', '4.3'],
    [3, 'hours', '3.0 h'],
    [3, 'percent', '3.0%'],
    [2.5, 'count', '2.5'],
    [null, 'days', '—'],
  ] as const)('%s %s is printed %s', (value, unit, text) => expect(formatReportValue(value, unit)).toBe(text))
})
