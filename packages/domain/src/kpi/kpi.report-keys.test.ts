import { describe, expect, it } from 'vitest'
import { weekdayOf } from '../shared/china-time'
import { DomainError } from '../shared/errors'
import { isoWeekKey, type ReportKind, reportPeriod } from './kpi.reports'

const refusal = (kind: ReportKind, key: string) => {
  try {
    reportPeriod(kind, key)
  } catch (e) {
    const d = e as DomainError
    return [d instanceof DomainError, d.kind, d.code, d.field, d.message]
  }
  return 'accepted'
}

const WEEK = [true, 'BAD_INPUT', 'KPI.BAD_REPORT_PERIOD', 'key', 'A week is written YYYY-Www (ISO week)']
const MONTH = [true, 'BAD_INPUT', 'KPI.BAD_REPORT_PERIOD', 'key', 'A month is written YYYY-MM']

describe('report keys that name no period are refused as the report key, in the kind’s own words', () => {
  it.each<[ReportKind, string, unknown[]]>([
    ['weekly', '2026-W00', WEEK],
    ['weekly', '2026-W54', WEEK],
    ['weekly', '2025-W53', WEEK],
    ['weekly', 'x2026-W10', WEEK],
    ['weekly', '2026-W10x', WEEK],
    ['weekly', '2026-03', WEEK],
    ['monthly', 'x2026-03', MONTH],
    ['monthly', '2026-03x', MONTH],
    ['monthly', '2026-13', MONTH],
    ['monthly', '2026-W10', MONTH],
  ])('%s %s', (kind, key, want) => expect(refusal(kind, key)).toEqual(want))

  it.each<[ReportKind, string, { from: string; to: string }]>([
    ['weekly', '2020-W53', { from: '2020-12-28', to: '2021-01-03' }],
    ['monthly', '2024-02', { from: '2024-02-01', to: '2024-02-29' }],
    ['weekly', '0999-W01', { from: '0998-12-31', to: '0999-01-06' }],
  ])('%s %s is a period', (kind, key, want) => {
    expect(reportPeriod(kind, key)).toEqual(want)
    // a week runs Monday to Sunday; week 1 holds 4 January, also before the year 1000
    if (kind === 'weekly') expect([weekdayOf(want.from), weekdayOf(want.to)]).toEqual([1, 0])
  })

  it.each([
    [999, '0999-W01'],
    [1000, '1000-W01'],
    [2026, '2026-W01'],
  ])('4 January %s is in week 1 of its year', (year, key) => {
    expect(isoWeekKey(`${String(year).padStart(4, '0')}-01-04`)).toBe(key)
  })
})
