import { describe, expect, it } from 'vitest'
import { expectBilingualLabels } from '../shared/labels.test-fixtures'
import {
  generateReportInputSchema,
  REPORT_KIND_LABELS,
  REPORT_KINDS,
  reportHasBegun,
  reportKeySchema,
  reportPeriod,
  reportTitle,
  scopeKey,
} from './kpi.reports'
import { dashboardInputSchema, monthSchema, scopeSchema, unitsInServiceSchema } from './kpi.schema'

/** What the dashboard, the report archive and the units form accept, at their limits, with the field named. */
const ID = '11111111-1111-4111-8111-111111111111'
const where = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  r.success ? 'ok' : r.error!.issues[0]!.path.join('.')

describe('dashboard input', () => {
  it('defaults the scope to the whole network', () => {
    expect(dashboardInputSchema.parse({ period: { from: '2026-11-01', to: '2026-11-30' } })).toEqual({
      period: { from: '2026-11-01', to: '2026-11-30' },
      scope: { kind: 'all' },
    })
  })
  it.each([
    [{ from: '2026-11-01', to: '2026-11-30' }, 'ok'],
    [{ from: '2026-1-01', to: '2026-11-30' }, 'period.from'],
    [{ from: 'x2026-11-01', to: '2026-11-30' }, 'period.from'],
    [{ from: '2026-11-01', to: '2026-11-300' }, 'period.to'],
    [{ from: '2026-11-01', to: '2026-11-3x' }, 'period.to'],
    [{ from: '2026-11-01', to: '2026-10-31' }, 'period.to'],
    [{ from: '2026-02-29', to: '2026-03-01' }, 'period.to'],
  ])('period %j → %s', (period, want) => {
    expect(where(dashboardInputSchema.safeParse({ period }))).toBe(want)
  })
})

describe('scopes', () => {
  it.each([
    [{ kind: 'all' }, 'ok'],
    [{ kind: 'region', region: '华北' }, 'ok'],
    [{ kind: 'region', region: '' }, 'region'],
    [{ kind: 'region', region: 'x'.repeat(60) }, 'ok'],
    [{ kind: 'region', region: 'x'.repeat(61) }, 'region'],
    [{ kind: 'station', stationId: ID }, 'ok'],
    [{ kind: 'station', stationId: 'st-1' }, 'stationId'],
    [{ kind: 'product_line', productLineId: ID }, 'ok'],
    [{ kind: 'product_line', productLineId: 'x' }, 'productLineId'],
    [{ kind: 'supplier', supplierId: ID }, 'ok'],
    [{ kind: 'supplier', supplierId: 'x' }, 'supplierId'],
    [{ kind: 'planet' }, 'kind'],
  ])('%j → %s', (scope, want) => {
    expect(where(scopeSchema.safeParse(scope))).toBe(want)
  })
  it('each scope has its own archive key', () => {
    expect(
      [
        { kind: 'all' as const },
        { kind: 'region' as const, region: '华北' },
        { kind: 'station' as const, stationId: 's1' },
        { kind: 'product_line' as const, productLineId: 'p1' },
        { kind: 'supplier' as const, supplierId: 'u1' },
      ].map(scopeKey),
    ).toEqual(['all', 'region:华北', 'station:s1', 'product_line:p1', 'supplier:u1'])
  })
})

describe('units in service', () => {
  it.each([
    [{ month: '2026-11', productLineId: ID, units: 0 }, 'ok'],
    [{ month: '2026-11', productLineId: ID, units: 100_000_000 }, 'ok'],
    [{ month: '2026-11', productLineId: ID, units: 100_000_001 }, 'units'],
    [{ month: '2026-11', productLineId: ID, units: -1 }, 'units'],
    [{ month: '2026-11', productLineId: ID, units: 1.5 }, 'units'],
    [{ month: '2026-13', productLineId: ID, units: 1 }, 'month'],
    [{ month: '2026-00', productLineId: ID, units: 1 }, 'month'],
    [{ month: '2026-10x', productLineId: ID, units: 1 }, 'month'],
    [{ month: 'x2026-10', productLineId: ID, units: 1 }, 'month'],
    [{ month: '202-10', productLineId: ID, units: 1 }, 'month'],
    [{ month: '2026-11', productLineId: 'pl', units: 1 }, 'productLineId'],
  ])('%j → %s', (input, want) => {
    expect(where(unitsInServiceSchema.safeParse(input))).toBe(want)
  })
  it.each(['2026-01', '2026-09', '2026-10', '2026-12'])('%s is a month', (m) => {
    expect(monthSchema.safeParse(m).success).toBe(true)
  })
})

describe('report keys', () => {
  it.each([
    ['monthly', '2026-11', 'ok'],
    ['monthly', '2026-13', 'key'],
    ['monthly', '2026-11-01', 'key'],
    ['monthly', 'x2026-11', 'key'],
    ['weekly', '2026-W01', 'ok'],
    ['weekly', '2027-W53', 'key'], // 2027 has 52 ISO weeks
    ['weekly', '2026-W53', 'ok'], // 2026 starts on a Thursday: 53
    ['weekly', '2026-W00', 'key'],
    ['weekly', '2026-W1', 'key'],
    ['weekly', 'x2026-W10', 'key'],
    ['weekly', '2026-W10x', 'key'],
    ['weekly', '2026-11', 'key'],
  ] as const)('%s %s → %s', (kind, key, want) => {
    expect(where(reportKeySchema.safeParse({ kind, key }))).toBe(want)
  })
  it('a bad key is refused with its kind’s code and the field', () => {
    for (const kind of REPORT_KINDS) {
      let e: unknown
      try {
        reportPeriod(kind, 'nope')
      } catch (x) {
        e = x
      }
      expect(e).toMatchObject({ kind: 'BAD_INPUT', code: 'KPI.BAD_REPORT_PERIOD', field: 'key' })
    }
  })
  it('generating a report defaults to the whole network and needs a request id', () => {
    const input = { kind: 'monthly', key: '2026-11', clientRequestId: ID }
    expect(generateReportInputSchema.parse(input)).toEqual({ ...input, scope: { kind: 'all' } })
    expect(where(generateReportInputSchema.safeParse({ ...input, key: '2026-11-0001' }))).toBe('key')
    expect(where(generateReportInputSchema.safeParse({ ...input, clientRequestId: 'r' }))).toBe(
      'clientRequestId',
    )
  })
  it('titles name the period in both languages', () => {
    expect(reportTitle('monthly', '2026-11')).toEqual({
      zh: '售后质量月报 2026-11',
      en: 'After-sales quality monthly summary 2026-11',
    })
    expect(reportTitle('weekly', '2026-W10')).toEqual({
      zh: '售后质量周报 2026-W10（2026-03-02 至 2026-03-08）',
      en: 'After-sales quality weekly summary 2026-W10 (2026-03-02 to 2026-03-08)',
    })
  })
  it('a report may be made once its period has begun, China time', () => {
    // 2026-11-01 00:00 China time is 2026-10-31 16:00 UTC.
    expect(reportHasBegun('monthly', '2026-11', new Date('2026-10-31T15:59:59Z'))).toBe(false)
    expect(reportHasBegun('monthly', '2026-11', new Date('2026-10-31T16:00:00Z'))).toBe(true)
  })
  it('kinds read in both languages', () => {
    expectBilingualLabels(REPORT_KINDS, REPORT_KIND_LABELS)
  })
})
