import { randomUUID } from 'node:crypto'
import type { MatrixRows } from '../matrix.types'
import { type Fixture, MISSING_ID, PRINCIPALS, type Principal, type Target } from '../principals'
import { HQ_SCOPE } from './helpers'

/** Every HQ role browses, generates and downloads reports; everyone else is refused. */
const nobody = Object.fromEntries(
  PRINCIPALS.map((p) => [p, p === 'anonymous' ? 'UNAUTHORIZED' : 'FORBIDDEN']),
) as Record<Principal, 'UNAUTHORIZED' | 'FORBIDDEN'>
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

/** A stored report to download (its files are placeholders: the matrix checks who may read them). */
async function report(fx: Fixture, t: Target) {
  if (t === 'missing') return MISSING_ID
  const r = await fx.h.repos.kpiReports.insertFirst({
    kind: 'weekly',
    periodKey: `2026-W${String((fx.seq() % 40) + 1).padStart(2, '0')}`,
    scope: `region:matrix-${fx.seq()}`,
    periodFrom: '2026-01-05',
    periodTo: '2026-01-11',
    at: fx.h.now(),
    by: 'matrix',
    pdf: new TextEncoder().encode('%PDF-1.4'),
    xlsx: new TextEncoder().encode('PK'),
  })
  return r!.id
}

export const kpiReportRows: MatrixRows = {
  'kpi.reports.list': { scoped: false, input: () => ({ kind: 'monthly' }), expect: hq(false) },
  'kpi.reports.generate': {
    scoped: false,
    input: () => ({ kind: 'weekly', key: '2026-W44', replace: true, clientRequestId: randomUUID() }),
    expect: hq(false),
  },
  'kpi.reports.pdf': {
    scoped: true,
    input: async (fx, _p, t) => ({ id: await report(fx, t) }),
    expect: hq(true),
  },
  'kpi.reports.xlsx': {
    scoped: true,
    input: async (fx, _p, t) => ({ id: await report(fx, t) }),
    expect: hq(true),
  },
}
