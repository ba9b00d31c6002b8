import { describe, expect, it } from 'vitest'
import { assertPeriod, monthPeriod, monthsOf, previousKpiPeriod, weekEndingBefore } from './kpi.period'

describe('periods on China dates', () => {
  it.each([
    ['2026-02', { from: '2026-02-01', to: '2026-02-28' }],
    ['2024-02', { from: '2024-02-01', to: '2024-02-29' }],
    ['2026-12', { from: '2026-12-01', to: '2026-12-31' }],
  ])('month %s', (m, want) => expect(monthPeriod(m)).toEqual(want))

  it.each([
    [
      { from: '2026-03-01', to: '2026-03-31' },
      { from: '2026-02-01', to: '2026-02-28' },
    ],
    [
      { from: '2026-01-01', to: '2026-01-31' },
      { from: '2025-12-01', to: '2025-12-31' },
    ],
    [
      { from: '2026-03-09', to: '2026-03-15' },
      { from: '2026-03-02', to: '2026-03-08' },
    ],
    [
      { from: '2026-03-01', to: '2026-03-10' },
      { from: '2026-02-19', to: '2026-02-28' },
    ],
  ])('previous of %j', (p, want) => expect(previousKpiPeriod(p)).toEqual(want))

  it('the weekly summary made on a Monday covers the week before; any day of a week gives the last full week', () => {
    expect(weekEndingBefore('2026-03-09')).toEqual({ from: '2026-03-02', to: '2026-03-08' })
    expect(weekEndingBefore('2026-03-15')).toEqual({ from: '2026-03-02', to: '2026-03-08' })
  })

  it('months a period touches', () => {
    expect(monthsOf({ from: '2025-11-20', to: '2026-02-01' })).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ])
  })

  it.each([
    [{ from: '2026-03-10', to: '2026-03-01' }, 'period.to'],
    [{ from: '2026-02-30', to: '2026-03-01' }, 'period'],
    [{ from: '2020-01-01', to: '2026-03-01' }, 'period.to'],
  ])('rejects %j naming %s', (p, field) =>
    expect(() => assertPeriod(p)).toThrow(expect.objectContaining({ field })),
  )
})
