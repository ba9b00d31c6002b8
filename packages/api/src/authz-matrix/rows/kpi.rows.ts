import { randomUUID } from 'node:crypto'
import { DEFAULT_TARGETS } from '@asq/domain'
import type { MatrixRows } from '../matrix.types'
import { type Fixture, MISSING_ID, PRINCIPALS, type Principal, type Target } from '../principals'
import { HQ_SCOPE } from './helpers'

const OWN_ONLY = { own: 'OK', sameOrg: 'OK', otherTenant: 'NOT_FOUND', missing: 'NOT_FOUND' } as const
const PERIOD = { from: '2026-11-01', to: '2026-11-30' }

/** Everyone refused: anonymous must sign in, everyone else may not. */
const nobody = Object.fromEntries(
  PRINCIPALS.map((p) => [p, p === 'anonymous' ? 'UNAUTHORIZED' : 'FORBIDDEN']),
) as Record<Principal, 'UNAUTHORIZED' | 'FORBIDDEN'>

/** Every HQ role reads the figures. */
const hq = (scoped: boolean) => {
  const ok = scoped ? HQ_SCOPE : 'OK'
  return {
    ...nobody,
    hq_admin: ok,
    hq_service: ok,
    hq_quality: ok,
    hq_finance: ok,
    hq_general_manager: ok,
  } as const
}
const adminOnly = { ...nobody, hq_admin: 'OK' } as const
const money = { ...adminOnly, hq_finance: 'OK' } as const
const quality = (scoped: boolean) => {
  const ok = scoped ? HQ_SCOPE : 'OK'
  return { ...nobody, hq_admin: ok, hq_quality: ok } as const
}
/** A scorecard: HQ any, a station (or supplier) only its own; any other staff finds nothing. */
const scorecard = (owner: 'dealer' | 'supplier') =>
  ({
    ...hq(true),
    dealer_manager: owner === 'dealer' ? OWN_ONLY : 'NOT_FOUND',
    dealer_staff: owner === 'dealer' ? OWN_ONLY : 'NOT_FOUND',
    supplier_user: owner === 'supplier' ? OWN_ONLY : 'NOT_FOUND',
  }) as const

/** The organisation a scorecard call aims at: the caller's own (or for HQ, a first one), another, or none. */
async function orgTarget(fx: Fixture, t: Target, own: string, other: string) {
  if (t === 'missing') return MISSING_ID
  return fx.orgId(t === 'otherTenant' ? other : own)
}

async function signal(fx: Fixture, t: Target) {
  if (t === 'missing') return MISSING_ID
  const part = `MX-${fx.seq()}`
  await fx.h.repos.kpi.raiseSignal({
    partCode: part,
    month: '2026-11',
    count: 9,
    rate: 4.5,
    limitRate: 3,
    supplierId: await fx.orgId('S-DRIVE'),
    raisedAt: fx.h.now(),
  })
  return (await fx.h.repos.kpi.signals('2026-11')).find((s) => s.partCode === part)!.id
}

export const kpiRows: MatrixRows = {
  'kpi.dashboard': {
    scoped: false,
    input: () => ({ period: PERIOD, scope: { kind: 'all' } }),
    expect: hq(false),
  },
  'kpi.targets': { scoped: false, input: () => undefined, expect: hq(false) },
  'kpi.setTargets': {
    scoped: false,
    input: async (fx) => ({
      baseVersion: (await fx.h.repos.kpi.currentTargets())?.version ?? 0,
      targets: DEFAULT_TARGETS,
    }),
    expect: adminOnly,
  },
  'kpi.units': { scoped: false, input: () => ({ period: PERIOD }), expect: hq(false) },
  'kpi.productLines': { scoped: false, input: () => undefined, expect: hq(false) },
  'kpi.setUnits': {
    scoped: false,
    input: async (fx) => ({
      month: '2026-11',
      productLineId: (await fx.h.repos.kpi.productLines())[0]!.id,
      units: 1000,
    }),
    expect: adminOnly,
  },
  'kpi.setBudget': {
    scoped: false,
    input: () => ({ month: '2026-11', budgetFen: 10_000_000 }),
    expect: money,
  },
  'kpi.signals': { scoped: false, input: () => undefined, expect: hq(false) },
  'kpi.signalCases': {
    scoped: true,
    input: async (fx, _p, t) => ({ signalId: await signal(fx, t) }),
    expect: hq(true),
  },
  'kpi.scanSignals': { scoped: false, input: () => undefined, expect: quality(false) },
  'kpi.openEightdFromSignal': {
    scoped: true,
    input: async (fx, _p, t) => ({ signalId: await signal(fx, t), clientRequestId: randomUUID() }),
    expect: quality(true),
  },
  'kpi.stationScorecard': {
    scoped: true,
    input: async (fx, _p, t) => ({ stationId: await orgTarget(fx, t, 'D-BJ01', 'D-SH01'), period: PERIOD }),
    expect: scorecard('dealer'),
  },
  'kpi.supplierScorecard': {
    scoped: true,
    input: async (fx, _p, t) => ({ supplierId: await orgTarget(fx, t, 'S-LAMP', 'S-MOTOR'), period: PERIOD }),
    expect: scorecard('supplier'),
  },
  // Workbench counts take no input: each is scoped to the caller's own organisation server-side
  // (kpi.workbench.test.ts shows a station and a supplier count only their own).
  'kpi.workbench': { scoped: false, input: () => undefined, expect: hq(false) },
  'kpi.stationWorkbench': {
    scoped: false,
    input: () => undefined,
    expect: { ...nobody, dealer_manager: 'OK', dealer_staff: 'OK' },
  },
  'kpi.supplierWorkbench': {
    scoped: false,
    input: () => undefined,
    expect: { ...nobody, supplier_user: 'OK' },
  },
}
