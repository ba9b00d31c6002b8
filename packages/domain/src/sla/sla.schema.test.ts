import { describe, expect, it } from 'vitest'
import { DAY, HOUR } from '../shared/clock'
import { DEFAULT_HOURS } from './sla.calendar'
import {
  budgetMs,
  CLOCKS,
  clockOwner,
  DEFAULT_SLA_SETTINGS,
  DURATION_UNITS,
  measureOf,
  slaSettingsSchema,
} from './sla.policy'
import {
  calendarDayInput,
  calendarYearInput,
  deleteCalendarDayInput,
  importCalendarYearInput,
  openingHoursInput,
  openingHoursOfInput,
  updateSlaPolicyInput,
} from './sla.schema'

const ORG = '8a1f7f3e-3c1b-4b8a-9d1e-1f2a3b4c5d6e'
/** The path of the first issue, or 'ok' when the input parses. */
const firstPath = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  r.success ? 'ok' : r.error!.issues[0]!.path.join('.')
type Settings = typeof DEFAULT_SLA_SETTINGS

describe('SLA settings', () => {
  it('the defaults are valid settings, read back unchanged', () => {
    expect(slaSettingsSchema.parse(DEFAULT_SLA_SETTINGS)).toEqual(DEFAULT_SLA_SETTINGS)
    expect(updateSlaPolicyInput.parse({ settings: DEFAULT_SLA_SETTINGS, baseVersion: 0 })).toEqual({
      settings: DEFAULT_SLA_SETTINGS,
      baseVersion: 0,
    })
  })

  const authority = (role: keyof Settings['compensationAuthorityFen'], fen: number): Settings => ({
    ...DEFAULT_SLA_SETTINGS,
    compensationAuthorityFen: { ...DEFAULT_SLA_SETTINGS.compensationAuthorityFen, [role]: fen },
  })
  const roles = ['dealer_staff', 'dealer_manager', 'hq_service', 'hq_admin'] as const
  it.each(
    roles.flatMap(
      (r) =>
        [
          [r, 0, 'ok'],
          [r, 100_000_000, 'ok'],
          [r, -1, `compensationAuthorityFen.${r}`],
          [r, 100_000_001, `compensationAuthorityFen.${r}`],
          [r, 0.5, `compensationAuthorityFen.${r}`],
        ] as const,
    ),
  )('goodwill authority of %s: %i fen → %s', (role, fen, path) => {
    expect(firstPath(slaSettingsSchema.safeParse(authority(role, fen)))).toBe(path)
  })

  it.each([
    [1, 'ok'],
    [99, 'ok'],
    [0, 'nearBreachPercent'],
    [100, 'nearBreachPercent'],
  ])('near-breach share %i %% → %s', (pct, path) => {
    expect(firstPath(slaSettingsSchema.safeParse({ ...DEFAULT_SLA_SETTINGS, nearBreachPercent: pct }))).toBe(
      path,
    )
  })

  it('names a bad clock in the pause rules by its place', () => {
    const s = { ...DEFAULT_SLA_SETTINGS, pauses: { ...DEFAULT_SLA_SETTINGS.pauses, awaiting_tech: ['nap'] } }
    expect(firstPath(slaSettingsSchema.safeParse(s))).toBe('pauses.awaiting_tech.0')
  })

  it.each([
    ['hours', 'calendar', 3 * HOUR],
    ['calendar_days', 'calendar', 3 * DAY],
    ['working_days', 'working_days', 3 * DAY],
    ['working_hours', 'working_hours', 3 * HOUR],
  ] as const)('a duration in %s is measured as %s', (unit, measure, budget) => {
    expect(measureOf({ amount: 3, unit })).toBe(measure)
    expect(budgetMs({ amount: 3, unit })).toBe(budget)
  })
  it('every unit has a measure', () => {
    expect(DURATION_UNITS.map((unit) => measureOf({ amount: 1, unit }))).toEqual([
      'calendar',
      'calendar',
      'working_days',
      'working_hours',
    ])
  })

  it('the station owes its response, resolution and completion; HQ everything else', () => {
    expect(CLOCKS.map((c) => [c, clockOwner(c, true), clockOwner(c, false)])).toEqual([
      ['response', 'station', 'hq'],
      ['resolution', 'station', 'hq'],
      ['countermeasure', 'hq', 'hq'],
      ['station_completion', 'station', 'hq'],
      ['tech_support', 'hq', 'hq'],
    ])
  })
})

describe('calendar inputs', () => {
  it.each([
    [{ date: '2026-10-01', kind: 'holiday', name: '国庆节' }, 'ok'],
    [{ date: '2026-10-01', kind: 'workday', name: 'n'.repeat(60) }, 'ok'],
    [{ date: '2026-10-01', kind: 'holiday', name: 'n'.repeat(61) }, 'name'],
    [{ date: '2026-10-01', kind: 'holiday', name: '  ' }, 'name'],
    [{ date: '2026-02-30', kind: 'holiday', name: 'x' }, 'date'],
    [{ date: '2026-10-01', kind: 'weekend', name: 'x' }, 'kind'],
  ])('a day %j → %s', (day, path) => {
    expect(firstPath(calendarDayInput.safeParse(day))).toBe(path)
  })
  it('keeps a day with its name trimmed', () => {
    expect(calendarDayInput.parse({ date: '2026-10-01', kind: 'holiday', name: ' 国庆节 ' })).toEqual({
      date: '2026-10-01',
      kind: 'holiday',
      name: '国庆节',
    })
  })

  const day = { date: '2026-10-01', kind: 'holiday', name: 'x' } as const
  it.each([
    [{ year: 2000, days: [] }, 'ok'],
    [{ year: 2100, days: [day] }, 'ok'],
    [{ year: 1999, days: [] }, 'year'],
    [{ year: 2101, days: [] }, 'year'],
    [{ year: 2026.5, days: [] }, 'year'],
    [{ year: 2026, days: Array(120).fill(day) }, 'ok'],
    [{ year: 2026, days: Array(121).fill(day) }, 'days'],
  ])('a year import %# → %s', (input, path) => {
    expect(firstPath(importCalendarYearInput.safeParse(input))).toBe(path)
  })
  it('keeps the year and its days', () => {
    expect(importCalendarYearInput.parse({ year: 2026, days: [day] })).toEqual({ year: 2026, days: [day] })
  })

  it.each([
    [2000, 'ok'],
    [2100, 'ok'],
    [1999, 'year'],
    [2101, 'year'],
  ])('year %i → %s', (year, path) => {
    expect(firstPath(calendarYearInput.safeParse({ year }))).toBe(path)
  })
  it('keeps the year, the date to delete and the organisation asked for', () => {
    expect(calendarYearInput.parse({ year: 2026 })).toEqual({ year: 2026 })
    expect(deleteCalendarDayInput.parse({ date: '2026-10-01' })).toEqual({ date: '2026-10-01' })
    expect(firstPath(deleteCalendarDayInput.safeParse({ date: '2026-13-01' }))).toBe('date')
    expect(openingHoursOfInput.parse({ orgId: ORG })).toEqual({ orgId: ORG })
    expect(firstPath(openingHoursOfInput.safeParse({ orgId: 'x' }))).toBe('orgId')
  })
})

describe('opening hours input', () => {
  const day = (...ivs: [number, number][]) => ivs.map(([from, to]) => ({ from, to }))
  const week = (d: { from: number; to: number }[]) => [[], d, d, d, d, d, []]
  const input = (hours: unknown, extra: object = {}) => ({ orgId: ORG, hours, baseVersion: 0, ...extra })

  it('takes the default week, and stores no closures when none are given', () => {
    expect(openingHoursInput.parse(input(DEFAULT_HOURS))).toEqual({
      orgId: ORG,
      hours: DEFAULT_HOURS,
      closures: [],
      baseVersion: 0,
    })
  })

  it.each([
    ['a lunch break', week(day([510, 720], [810, 1080])), 'ok'],
    ['from midnight to midnight', week(day([0, 1440])), 'ok'],
    ['two intervals touching', week(day([540, 720], [720, 1020])), 'ok'],
    ['four intervals', week(day([0, 60], [120, 180], [240, 300], [360, 420])), 'ok'],
    ['five intervals', week(day([0, 60], [120, 180], [240, 300], [360, 420], [480, 540])), 'hours.1'],
    ['a minute past midnight', week(day([0, 1441])), 'hours.1.0.to'],
    ['a negative minute', week(day([-1, 60])), 'hours.1.0.from'],
    ['closing before opening', week(day([600, 540])), 'hours.1.0'],
    ['closing when opening', week(day([540, 540])), 'hours.1.0'],
    ['overlapping intervals', week(day([540, 730], [720, 1020])), 'hours.1'],
    ['intervals out of order', week(day([810, 1080], [510, 720])), 'hours.1'],
    ['six days', week(day([540, 1020])).slice(1), 'hours'],
  ])('%s → %s', (_n, hours, path) => {
    expect(firstPath(openingHoursInput.safeParse(input(hours)))).toBe(path)
  })

  it.each([
    [60, 'ok'],
    [61, 'closures'],
  ])('%i closure dates → %s', (n, path) => {
    const closures = Array.from(
      { length: n },
      (_, i) =>
        `2026-${String(1 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    )
    expect(firstPath(openingHoursInput.safeParse(input(DEFAULT_HOURS, { closures })))).toBe(path)
  })
})
