import { describe, expect, it } from 'vitest'
import { DomainError } from '../shared/errors'
import { assertPeriod, monthPeriod, monthsOf, previousKpiPeriod } from './kpi.period'

/** A refusal as the API sees it: kind, code and the field it names. */
function refusal(f: () => unknown) {
  try {
    f()
  } catch (e) {
    if (e instanceof DomainError) return `${e.kind} ${e.code} ${e.field}`
    throw e
  }
  return 'accepted'
}

describe('periods at their limits', () => {
  it.each([
    [{ from: '2026-11-01', to: '2026-11-01' }, 'accepted'],
    [{ from: '2026-11-02', to: '2026-11-01' }, 'BAD_INPUT KPI.BAD_PERIOD period.to'],
    [{ from: '2025-01-01', to: '2026-12-31' }, 'accepted'], // 730 days
    [{ from: '2024-01-01', to: '2025-12-31' }, 'accepted'], // 731 days (a leap year inside)
    [{ from: '2024-01-01', to: '2026-01-01' }, 'BAD_INPUT KPI.BAD_PERIOD period.to'], // 732 days
    [{ from: '2026-02-30', to: '2026-03-01' }, 'BAD_INPUT KPI.BAD_PERIOD period'],
    [{ from: '2026-11-01', to: '2026-11' }, 'BAD_INPUT KPI.BAD_PERIOD period'],
  ])('%j → %s', (p, want) => {
    expect(refusal(() => assertPeriod(p))).toBe(want)
  })
  it('an accepted period comes back unchanged', () => {
    const p = { from: '2026-11-01', to: '2026-11-30' }
    expect(assertPeriod(p)).toBe(p)
  })
  it.each(['2026-13', '2026-1', '26-11', '2026-11-01', 'x2026-11'])('the month "%s" is refused', (m) => {
    expect(refusal(() => monthPeriod(m))).toBe('BAD_INPUT KPI.BAD_MONTH month')
  })
  it('a period within one month touches that month only; one ending on the 1st touches its month', () => {
    expect(monthsOf({ from: '2026-11-05', to: '2026-11-20' })).toEqual(['2026-11'])
    expect(monthsOf({ from: '2026-10-31', to: '2026-11-01' })).toEqual(['2026-10', '2026-11'])
  })
  it('a period that is not a whole month is followed by the same number of days before it', () => {
    // 1–29 November is not the whole month: the 29 days before it, not October.
    expect(previousKpiPeriod({ from: '2026-11-01', to: '2026-11-29' })).toEqual({
      from: '2026-10-03',
      to: '2026-10-31',
    })
    expect(previousKpiPeriod({ from: '2026-11-02', to: '2026-11-30' })).toEqual({
      from: '2026-10-04',
      to: '2026-11-01',
    })
    expect(previousKpiPeriod({ from: '2026-03-01', to: '2026-03-31' })).toEqual({
      from: '2026-02-01',
      to: '2026-02-28',
    })
  })
})
