import { randomUUID } from 'node:crypto'
import type { MatrixRows } from '../../matrix.types'
import { noticeFixtures } from '../../notice.fixtures'
import { PRINCIPALS, type Principal } from '../../principals'
import { HQ_SCOPE, STATION_SCOPE } from '../helpers'

const nobody = Object.fromEntries(
  PRINCIPALS.map((p) => [p, p === 'anonymous' ? 'UNAUTHORIZED' : 'FORBIDDEN']),
) as Record<Principal, 'UNAUTHORIZED' | 'FORBIDDEN'>

/** HQ admins, quality and the service desk record responsibility and issue notices (any notice: HQ has no tenant). */
const issuers = (scoped: boolean) => {
  const ok = scoped ? HQ_SCOPE : 'OK'
  return { ...nobody, hq_admin: ok, hq_quality: ok, hq_service: ok } as const
}
/** …and the general manager reads them too. */
const readers = (scoped: boolean) =>
  ({ ...issuers(scoped), hq_general_manager: scoped ? HQ_SCOPE : 'OK' }) as const
/** Only the general manager approves or rejects (finance and admins are refused). */
const generalManager = { ...nobody, hq_general_manager: HQ_SCOPE } as const
/** A station's staff read the approved notices concerning their own station only. */
const station = (scoped: boolean) =>
  ({
    ...nobody,
    dealer_manager: scoped ? STATION_SCOPE : 'OK',
    dealer_staff: scoped ? STATION_SCOPE : 'OK',
  }) as const

const nf = noticeFixtures
const FIELDS = { kind: 'penalty', amountFen: 20_000, reason: '未主动回电', personName: null } as const

/** The authorization rows of the improvement loop's notice part. */
export const noticeRows: MatrixRows = {
  'improvement.notice.seriousCases': {
    scoped: false,
    input: () => ({ month: '2026-11' }),
    expect: readers(false),
  },
  'improvement.notice.recordResponsibility': {
    scoped: false,
    input: async (fx, p) => ({
      complaintId: (await nf(fx).seriousCase(p, 'own')).id,
      unitOrgId: await fx.orgId('D-BJ01'),
      causeCode: 'broken_promise',
      impact: '客户升级投诉',
      baseVersion: 0,
    }),
    expect: issuers(false),
  },
  'improvement.notice.list': { scoped: false, input: () => ({ state: 'submitted' }), expect: readers(false) },
  'improvement.notice.get': {
    scoped: true,
    input: async (fx, p, t) => ({ id: (await nf(fx).notice(p, t, 'draft')).id }),
    expect: readers(true),
  },
  'improvement.notice.create': {
    scoped: false,
    input: async (fx, p) => ({
      clientRequestId: randomUUID(),
      complaintId: (await nf(fx).seriousCase(p, 'own')).id,
      unitOrgId: await fx.orgId('D-BJ01'),
      ...FIELDS,
    }),
    expect: issuers(false),
  },
  'improvement.notice.update': {
    scoped: true,
    input: async (fx, p, t) => ({
      ...(await nf(fx).notice(p, t, 'draft')),
      unitOrgId: await fx.orgId('D-BJ01'),
      ...FIELDS,
    }),
    expect: issuers(true),
  },
  'improvement.notice.submit': {
    scoped: true,
    input: (fx, p, t) => nf(fx).notice(p, t, 'draft'),
    expect: issuers(true),
  },
  'improvement.notice.approve': {
    scoped: true,
    input: (fx, p, t) => nf(fx).notice(p, t, 'submitted'),
    expect: generalManager,
  },
  'improvement.notice.reject': {
    scoped: true,
    input: async (fx, p, t) => ({ ...(await nf(fx).notice(p, t, 'submitted')), reason: '金额需复核' }),
    expect: generalManager,
  },
  'improvement.notice.mine': { scoped: false, input: () => ({}), expect: station(false) },
  'improvement.notice.mineGet': {
    scoped: true,
    input: async (fx, p, t) => ({ id: (await nf(fx).notice(p, t, 'approved')).id }),
    expect: station(true),
  },
}
