import { randomUUID } from 'node:crypto'
import { eightdFixtures, MATRIX_D0 } from '../eightd.fixtures'
import type { MatrixRows } from '../matrix.types'
import { uploadOf } from '../upload.fixtures'
import { HQ_SCOPE, nobody } from './helpers'

const SUPPLIER_SCOPE = { own: 'OK', sameOrg: 'OK', otherTenant: 'NOT_FOUND', missing: 'NOT_FOUND' } as const

/** HQ quality and admins run 8D claims. */
const quality = (scoped: boolean) =>
  ({ ...nobody, hq_admin: scoped ? HQ_SCOPE : 'OK', hq_quality: scoped ? HQ_SCOPE : 'OK' }) as const
/** …and finance joins them for recoveries, lists and scorecards. */
const money = (scoped: boolean) => ({ ...quality(scoped), hq_finance: scoped ? HQ_SCOPE : 'OK' }) as const
const adminOnly = { ...nobody, hq_admin: 'OK' } as const
/** A supplier's users, on their own supplier's claims only. */
const supplier = (scoped: boolean) => ({ ...nobody, supplier_user: scoped ? SUPPLIER_SCOPE : 'OK' }) as const

export const eightdRows: MatrixRows = {
  'eightd.hq.open': {
    scoped: false,
    input: async (fx) => ({
      supplierId: await fx.orgId('S-DRIVE'),
      title: `matrix ${fx.seq()}`,
      partCode: 'P-1',
      partName: 'part',
      lot: 'L-1',
      quantityAffected: 3,
      foundAt: 'incoming_inspection',
      severity: 'minor',
      clientRequestId: randomUUID(),
    }),
    expect: quality(false),
  },
  'eightd.hq.list': { scoped: false, input: () => ({}), expect: money(false) },
  'eightd.hq.exportClaims': { scoped: false, input: () => ({ format: 'csv' }), expect: money(false) },
  'eightd.hq.overdueBoard': { scoped: false, input: () => ({}), expect: quality(false) },
  'eightd.hq.get': {
    scoped: true,
    input: async (fx, p, t) => ({ claimId: (await eightdFixtures(fx).claim(p, t)).claimId }),
    expect: money(true),
  },
  'eightd.hq.compare': {
    scoped: true,
    input: async (fx, p, t) => ({ claimId: (await eightdFixtures(fx).claim(p, t)).claimId, step: 'D0' }),
    expect: quality(true),
  },
  'eightd.hq.review': {
    scoped: true,
    async input(fx, p, t) {
      const c = await eightdFixtures(fx).claim(p, t, { d0: 'submitted' })
      return {
        claimId: c.claimId,
        step: 'D0',
        decision: 'rejected',
        comment: '补充部门',
        internalNote: 'matrix',
        version: c.stepVersion,
      }
    },
    expect: quality(true),
  },
  'eightd.hq.evidence': {
    scoped: true,
    input: async (fx, p, t) => ({ id: await eightdFixtures(fx).evidence(p, t) }),
    expect: quality(true),
  },
  'eightd.hq.warrantyCosts': {
    scoped: true,
    input: async (fx, p, t) => ({ claimId: (await eightdFixtures(fx).claim(p, t)).claimId }),
    expect: money(true),
  },
  'eightd.hq.computeRecovery': {
    scoped: true,
    input: async (fx, p, t) => ({
      claimId: (await eightdFixtures(fx).claim(p, t)).claimId,
      lines: [{ kind: 'parts', description: 'p', amountFen: 5_000 }],
    }),
    expect: money(true),
  },
  'eightd.hq.reviseRecovery': {
    scoped: true,
    async input(fx, p, t) {
      const c = await eightdFixtures(fx).claim(p, t, { recovery: true })
      return { claimId: c.claimId, amountFen: 1_000, note: 'matrix', version: c.recoveryVersion }
    },
    expect: money(true),
  },
  'eightd.hq.exportPdf': {
    scoped: true,
    input: async (fx, p, t) => ({ claimId: (await eightdFixtures(fx).claim(p, t)).claimId }),
    expect: quality(true),
  },
  'eightd.hq.scorecard': { scoped: false, input: () => ({}), expect: money(false) },
  'eightd.hq.policy': { scoped: false, input: () => undefined, expect: quality(false) },
  'eightd.hq.savePolicy': {
    scoped: false,
    async input(fx) {
      const { settings, version } = await (await fx.h.as(await fx.h.staffToken('admin'))).eightd.hq.policy()
      return { settings, baseVersion: version }
    },
    expect: adminOnly,
  },
  'eightd.hq.runEscalationSweep': { scoped: false, input: () => undefined, expect: adminOnly },

  'eightd.supplier.inbox': { scoped: false, input: () => ({}), expect: supplier(false) },
  'eightd.supplier.exportClaims': {
    scoped: false,
    input: () => ({ format: 'xlsx' }),
    expect: supplier(false),
  },
  'eightd.supplier.scorecard': { scoped: false, input: () => undefined, expect: supplier(false) },
  'eightd.supplier.get': {
    scoped: true,
    input: async (fx, p, t) => ({ claimId: (await eightdFixtures(fx).claim(p, t)).claimId }),
    expect: supplier(true),
  },
  'eightd.supplier.saveDraft': {
    scoped: true,
    async input(fx, p, t) {
      const c = await eightdFixtures(fx).claim(p, t)
      return { claimId: c.claimId, step: 'D0', content: MATRIX_D0, version: c.stepVersion }
    },
    expect: supplier(true),
  },
  'eightd.supplier.submit': {
    scoped: true,
    async input(fx, p, t) {
      const c = await eightdFixtures(fx).claim(p, t, { d0: 'saved' })
      return { claimId: c.claimId, step: 'D0', version: c.stepVersion }
    },
    expect: supplier(true),
  },
  'eightd.supplier.upload': {
    scoped: true,
    input: async (fx, p, t) => ({
      claimId: (await eightdFixtures(fx).claim(p, t)).claimId,
      step: 'D2',
      uploadId: await uploadOf(fx, p),
    }),
    expect: supplier(true),
  },
  'eightd.supplier.evidence': {
    scoped: true,
    input: async (fx, p, t) => ({ id: await eightdFixtures(fx).evidence(p, t) }),
    expect: supplier(true),
  },
  'eightd.supplier.acceptRecovery': {
    scoped: true,
    async input(fx, p, t) {
      const c = await eightdFixtures(fx).claim(p, t, { recovery: true })
      return { claimId: c.claimId, version: c.recoveryVersion }
    },
    expect: supplier(true),
  },
  'eightd.supplier.disputeRecovery': {
    scoped: true,
    async input(fx, p, t) {
      const c = await eightdFixtures(fx).claim(p, t, { recovery: true })
      return { claimId: c.claimId, reason: '批次不符 wrong lot', version: c.recoveryVersion }
    },
    expect: supplier(true),
  },
  'eightd.supplier.exportPdf': {
    scoped: true,
    input: async (fx, p, t) => ({ claimId: (await eightdFixtures(fx).claim(p, t)).claimId }),
    expect: supplier(true),
  },
}
