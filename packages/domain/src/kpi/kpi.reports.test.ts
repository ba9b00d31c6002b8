import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, chinaDate, chinaDateTime, chinaInstant, weekdayOf } from '../shared/china-time'
import { computeFigures } from './kpi.figures'
import { buildReportContent, formatReportValue } from './kpi.report-content'
import {
  isoWeekKey,
  latestDueKey,
  previousReportKey,
  REPORT_KINDS,
  reportDueAt,
  reportKeyOf,
  reportPeriod,
  scopeKey,
  weekOf,
} from './kpi.reports'
import { DEFAULT_TARGETS, figureRows } from './kpi.targets'
import { kpiInputs } from './kpi.test-fixtures'

describe('report periods on China dates', () => {
  it.each([
    ['2026-03-04', '2026-W10', '2026-03-02', '2026-03-08'],
    ['2026-03-08', '2026-W10', '2026-03-02', '2026-03-08'],
    ['2026-03-09', '2026-W11', '2026-03-09', '2026-03-15'],
    ['2026-01-01', '2026-W01', '2025-12-29', '2026-01-04'],
    ['2021-01-03', '2020-W53', '2020-12-28', '2021-01-03'],
    ['2024-12-30', '2025-W01', '2024-12-30', '2025-01-05'],
  ])('%s is in week %s (%s – %s)', (day, key, from, to) => {
    expect(reportKeyOf('weekly', day)).toBe(key)
    expect(isoWeekKey(day)).toBe(key)
    expect(reportPeriod('weekly', key)).toEqual({ from, to })
  })

  it.each([
    ['monthly', '2026-02', { from: '2026-02-01', to: '2026-02-28' }],
    ['monthly', '2024-02', { from: '2024-02-01', to: '2024-02-29' }],
  ] as const)('%s %s', (kind, key, want) => expect(reportPeriod(kind, key)).toEqual(want))

  it.each([
    ['weekly', '2026-W54'],
    ['weekly', '2026-W00'],
    ['weekly', '2025-W53'],
    ['weekly', '2026-10'],
    ['monthly', '2026-13'],
    ['monthly', '2026-W10'],
  ] as const)('%s %s is refused', (kind, key) => expect(() => reportPeriod(kind, key)).toThrow(/written/))

  it.each([
    ['weekly', '2026-W10', '2026-03-09 08:00'],
    ['weekly', '2026-W53', '2027-01-04 08:00'],
    ['monthly', '2026-02', '2026-03-01 08:00'],
    ['monthly', '2026-12', '2027-01-01 08:00'],
  ] as const)('%s %s is due %s China time', (kind, key, when) =>
    expect(chinaDateTime(reportDueAt(kind, key))).toBe(when),
  )

  it.each([
    // Monday 07:59 China: last week's report is not due yet, the one before is the newest due.
    ['weekly', '2026-03-08T23:59:00Z', '2026-W09'],
    ['weekly', '2026-03-09T00:00:00Z', '2026-W10'],
    ['weekly', '2026-03-15T15:00:00Z', '2026-W10'],
    ['monthly', '2026-02-28T23:59:00Z', '2026-01'],
    ['monthly', '2026-03-01T00:00:00Z', '2026-02'],
    ['monthly', '2026-03-31T15:59:00Z', '2026-02'],
  ] as const)('newest due %s at %s is %s', (kind, at, key) =>
    expect(latestDueKey(kind, new Date(at))).toBe(key),
  )

  it.each(['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC'])(
    'due times do not move in process zone %s',
    (zone) => {
      const saved = process.env.TZ
      process.env.TZ = zone
      try {
        expect(reportDueAt('weekly', '2026-W10').toISOString()).toBe('2026-03-09T00:00:00.000Z')
        expect(latestDueKey('monthly', new Date('2026-02-28T23:59:00Z'))).toBe('2026-01')
      } finally {
        process.env.TZ = saved
      }
    },
  )

  it('previous keys', () => {
    expect(previousReportKey('weekly', '2026-W01')).toBe('2025-W52')
    expect(previousReportKey('weekly', '2021-W01')).toBe('2020-W53')
    expect(previousReportKey('monthly', '2026-01')).toBe('2025-12')
  })

  it('scope keys', () => {
    expect(scopeKey({ kind: 'all' })).toBe('all')
    expect(scopeKey({ kind: 'region', region: '华东' })).toBe('region:华东')
  })
})

const instant = fc.date({
  min: new Date('2000-01-01T00:00:00Z'),
  max: new Date('2099-12-31T00:00:00Z'),
  noInvalidDate: true,
})

describe('report period properties', () => {
  it('every instant belongs to exactly one weekly and one monthly period, and it holds its China date', () => {
    fc.assert(
      fc.property(instant, (at) => {
        const day = chinaDate(at)
        for (const kind of REPORT_KINDS) {
          const key = reportKeyOf(kind, day)
          const p = reportPeriod(kind, key)
          expect(p.from <= day && day <= p.to).toBe(true)
          // the neighbours do not hold it: the periods tile the calendar
          const prev = reportPeriod(kind, previousReportKey(kind, key))
          expect(prev.to).toBe(addDays(p.from, -1))
          expect(reportKeyOf(kind, p.from)).toBe(key)
          expect(reportKeyOf(kind, p.to)).toBe(key)
        }
        const w = weekOf(day)
        expect(weekdayOf(w.from)).toBe(1)
        expect(weekdayOf(w.to)).toBe(0)
      }),
    )
  })

  it('due times are 08:00 China time on the day after the period, and the newest due one is never in the future', () => {
    fc.assert(
      fc.property(instant, (at) => {
        for (const kind of REPORT_KINDS) {
          const key = latestDueKey(kind, at)
          const due = reportDueAt(kind, key)
          expect(due.getTime()).toBe(chinaInstant(addDays(reportPeriod(kind, key).to, 1), 480).getTime())
          expect(due <= at).toBe(true)
          // the next one is not due yet
          const next = reportKeyOf(kind, addDays(reportPeriod(kind, key).to, 1))
          expect(reportDueAt(kind, next) > at).toBe(true)
        }
      }),
    )
  })
})

const inputs = kpiInputs

describe('report content', () => {
  const i = inputs()
  const rows = figureRows(computeFigures(i), computeFigures(inputs()), DEFAULT_TARGETS)
  const at = new Date('2026-04-01T00:00:00Z')
  const causes = [
    { key: 'fees', count: 5 },
    { key: 'repair_quality', count: 25 },
    { key: 'waiting_time', count: 10 },
  ]

  it('monthly: returns, complaints, both rates, cost against budget, 8D, trend and Pareto', () => {
    const c = buildReportContent({
      kind: 'monthly',
      key: '2026-03',
      scopeKey: 'all',
      inputs: i,
      figures: rows,
      trend: [
        { month: '2026-03', opened: 40, closureRate: 90, timelyResponseRate: 95, timelyCompletionRate: 92.5 },
      ],
      causes,
      generatedAt: at,
    })
    const v = Object.fromEntries(c.summary.map((s) => [s.id, formatReportValue(s.value, s.unit)]))
    expect(v).toEqual({
      complaints: '40',
      returns: '30',
      units: '2000',
      complaint_rate: '2.0%',
      return_rate: '1.5%',
      warranty_cost: '¥12,345.67',
      budget: '¥20,000.00',
      cost_vs_budget: '61.7%',
      eightd_step_days: '4.5',
      eightd_overdue: '2',
    })
    expect(c.pareto.map((b) => [b.zh, b.count, b.cumulative, b.vital])).toEqual([
      ['维修质量', 25, 62.5, true],
      ['等待时间', 10, 87.5, true],
      ['收费', 5, 100, false],
    ])
    expect(c.trend).toHaveLength(1)
    expect(c.title.zh).toBe('售后质量月报 2026-03')
    expect(c.figures.find((f) => f.figure === 'complaint_rate')).toMatchObject({
      value: 2,
      rag: 'red',
      zh: '投诉率',
    })
  })

  it('weekly: feedback received, returns, progress of the cases, defect analysis; no trend', () => {
    const c = buildReportContent({
      kind: 'weekly',
      key: '2026-W10',
      scopeKey: 'all',
      inputs: i,
      figures: rows,
      trend: [
        { month: '2026-03', opened: 1, closureRate: 1, timelyResponseRate: 1, timelyCompletionRate: 1 },
      ],
      causes,
      generatedAt: at,
    })
    expect(c.summary.map((s) => [s.id, s.value])).toEqual([
      ['feedback', 40],
      ['returns', 30],
      ['closed', 36],
      ['open', 4],
      ['response_late', 2],
      ['resolution_late', 3],
      ['reopened', 1],
    ])
    expect(c.trend).toEqual([])
    expect(c.period).toEqual({ from: '2026-03-02', to: '2026-03-08' })
    expect(c.title.en).toBe('After-sales quality weekly summary 2026-W10 (2026-03-02 to 2026-03-08)')
  })

  it.each([
    [null, 'percent', '—'],
    [12.345, 'percent', '12.3%'],
    [-5, 'fen', '-¥0.05'],
    [8.25, 'hours', '8.3 h'],
    [3, 'count', '3'],
  ] as const)('formats %s %s as %s', (value, unit, text) => expect(formatReportValue(value, unit)).toBe(text))
})
