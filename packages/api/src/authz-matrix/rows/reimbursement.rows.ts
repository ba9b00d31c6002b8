import { randomUUID } from 'node:crypto'
import { currentPeriod, previousPeriod } from '@asq/domain'
import type { MatrixRows } from '../matrix.types'
import type { Fixture, Principal, Target } from '../principals'
import { reimbursementFixtures, validLine } from '../reimbursement.fixtures'
import { HQ_SCOPE, nobody, STATION_SCOPE } from './helpers'

/** Any staff of a station, on the station's own claims, statements and account only. */
const stationStaff = (scoped: boolean) =>
  ({
    ...nobody,
    dealer_manager: scoped ? STATION_SCOPE : 'OK',
    dealer_staff: scoped ? STATION_SCOPE : 'OK',
  }) as const
/** Submitting and withdrawing are the station manager's. */
const stationManager = { ...nobody, dealer_manager: STATION_SCOPE } as const
/** HQ finance (and admins) audit and settle; HQ records have no tenant: every target but "missing". */
const finance = (scoped: boolean) =>
  ({ ...nobody, hq_admin: scoped ? HQ_SCOPE : 'OK', hq_finance: scoped ? HQ_SCOPE : 'OK' }) as const
const adminOnly = { ...nobody, hq_admin: 'OK' } as const

const rf = (fx: Fixture) => reimbursementFixtures(fx)
const claimRef = async (fx: Fixture, p: Principal, t: Target, state: 'draft' | 'submitted' = 'draft') => {
  const { claimId, version } = await rf(fx).claim(p, t, state)
  return { claimId, version }
}
const lineFor = (fx: Fixture, t: Target) =>
  validLine(
    fx.h,
    t === 'otherTenant' ? 'D-SH01' : 'D-BJ01',
    `${currentPeriod(fx.h.now())}-01`,
    `RO-M-${fx.seq()}`,
  )
const dealerIdFor = (fx: Fixture, t: Target) =>
  t === 'missing'
    ? '00000000-0000-4000-8000-000000000000'
    : fx.orgId(t === 'otherTenant' ? 'D-SH01' : 'D-BJ01')

export const reimbursementRows: MatrixRows = {
  'reimbursement.dealer.openClaim': {
    scoped: false,
    // A month of its own per call (long past), so each call really opens a claim; twelve months a
    // year from 1000 on, so however many other rows draw on the counter it stays in the past.
    input: (fx) => {
      const n = fx.seq()
      return { period: `${1000 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}` }
    },
    expect: stationStaff(false),
  },
  'reimbursement.dealer.claim': {
    scoped: true,
    input: async (fx, p, t) => ({ id: (await rf(fx).claim(p, t)).claimId }),
    expect: stationStaff(true),
  },
  'reimbursement.dealer.claims': { scoped: false, input: () => ({}), expect: stationStaff(false) },
  'reimbursement.dealer.addLine': {
    scoped: true,
    input: async (fx, p, t) => ({ ...(await claimRef(fx, p, t)), line: await lineFor(fx, t) }),
    expect: stationStaff(true),
  },
  'reimbursement.dealer.updateLine': {
    scoped: true,
    async input(fx, p, t) {
      const { claimId, version, lineId } = await rf(fx).claim(p, t)
      return { claimId, version, lineId, line: { ...(await lineFor(fx, t)), quantity: 2 } }
    },
    expect: stationStaff(true),
  },
  'reimbursement.dealer.removeLine': {
    scoped: true,
    input: (fx, p, t) => rf(fx).claim(p, t),
    expect: stationStaff(true),
  },
  'reimbursement.dealer.importLines': {
    scoped: true,
    async input(fx, p, t) {
      const l = await lineFor(fx, t)
      const csv = `维修单号,维修日期,车架号,配件编号,数量,工时,旧件登记号\n${l.repairOrderNo},${l.repairDate},${l.serial},${l.partCode},1,1.5,${l.oldPartRegistrationNo}\n`
      return {
        ...(await claimRef(fx, p, t)),
        fileName: 'orders.csv',
        contentBase64: Buffer.from(csv).toString('base64'),
      }
    },
    expect: stationStaff(true),
  },
  'reimbursement.dealer.exportLines': {
    scoped: true,
    input: async (fx, p, t) => ({ id: (await rf(fx).claim(p, t)).claimId, format: 'csv' }),
    expect: stationStaff(true),
  },
  'reimbursement.dealer.validate': {
    scoped: true,
    input: async (fx, p, t) => ({ id: (await rf(fx).claim(p, t)).claimId }),
    expect: stationStaff(true),
  },
  'reimbursement.dealer.submit': {
    scoped: true,
    input: async (fx, p, t) => ({ ...(await claimRef(fx, p, t)), idempotencyKey: randomUUID() }),
    expect: stationManager,
  },
  'reimbursement.dealer.withdraw': {
    scoped: true,
    input: (fx, p, t) => claimRef(fx, p, t, 'submitted'),
    expect: stationManager,
  },
  'reimbursement.dealer.statements': { scoped: false, input: () => ({}), expect: stationStaff(false) },
  'reimbursement.dealer.statement': {
    scoped: true,
    input: async (fx, p, t) => ({ id: await rf(fx).statement(p, t) }),
    expect: stationStaff(true),
  },
  'reimbursement.dealer.downloadStatement': {
    scoped: true,
    input: async (fx, p, t) => ({ id: await rf(fx).statement(p, t), format: 'xlsx' }),
    expect: stationStaff(true),
  },
  'reimbursement.dealer.account': { scoped: false, input: () => ({}), expect: stationStaff(false) },
  'reimbursement.dealer.exportAccount': {
    scoped: false,
    input: () => ({ format: 'csv' }),
    expect: stationStaff(false),
  },
  'reimbursement.dealer.exportStatements': {
    scoped: false,
    input: () => ({ format: 'xlsx' }),
    expect: stationStaff(false),
  },

  'reimbursement.hq.queue': { scoped: false, input: () => ({}), expect: finance(false) },
  'reimbursement.hq.exportQueue': { scoped: false, input: () => ({ format: 'csv' }), expect: finance(false) },
  'reimbursement.hq.exportStatements': {
    scoped: false,
    input: () => ({ format: 'xlsx' }),
    expect: finance(false),
  },
  'reimbursement.hq.exportLedger': {
    scoped: true,
    input: async (fx, _p, t) => ({ dealerId: await dealerIdFor(fx, t), format: 'csv' }),
    expect: finance(true),
  },
  'reimbursement.hq.claim': {
    scoped: true,
    input: async (fx, p, t) => ({ id: (await rf(fx).claim(p, t, 'submitted')).claimId }),
    expect: finance(true),
  },
  'reimbursement.hq.decideLine': {
    scoped: true,
    input: async (fx, p, t) => ({ ...(await rf(fx).claim(p, t, 'submitted')), decision: 'approved' }),
    expect: finance(true),
  },
  'reimbursement.hq.decideLines': {
    scoped: true,
    async input(fx, p, t) {
      const { claimId, version, lineId } = await rf(fx).claim(p, t, 'submitted')
      return { claimId, version, lineIds: [lineId], decision: 'rejected', reasonCode: 'evidence_missing' }
    },
    expect: finance(true),
  },
  'reimbursement.hq.settlementPreview': {
    scoped: false,
    input: (fx) => ({ period: previousPeriod(currentPeriod(fx.h.now())) }),
    expect: finance(false),
  },
  'reimbursement.hq.runSettlement': {
    scoped: false,
    input: (fx) => ({ period: previousPeriod(currentPeriod(fx.h.now())) }),
    expect: finance(false),
  },
  'reimbursement.hq.statements': { scoped: false, input: () => ({}), expect: finance(false) },
  'reimbursement.hq.statement': {
    scoped: true,
    input: async (fx, p, t) => ({ id: await rf(fx).statement(p, t) }),
    expect: finance(true),
  },
  'reimbursement.hq.downloadStatement': {
    scoped: true,
    input: async (fx, p, t) => ({ id: await rf(fx).statement(p, t), format: 'pdf' }),
    expect: finance(true),
  },
  'reimbursement.hq.accounts': { scoped: false, input: () => ({}), expect: finance(false) },
  'reimbursement.hq.ledger': {
    scoped: true,
    input: async (fx, _p, t) => ({ dealerId: await dealerIdFor(fx, t) }),
    expect: finance(true),
  },
  'reimbursement.hq.postCorrection': {
    scoped: true,
    input: async (fx, _p, t) => ({
      dealerId: await dealerIdFor(fx, t),
      amountFen: 100,
      memo: '矩阵测试 matrix',
      idempotencyKey: randomUUID(),
    }),
    expect: finance(true),
  },
  'reimbursement.hq.settings': { scoped: false, input: () => ({}), expect: finance(false) },
  'reimbursement.hq.updateSettings': {
    scoped: false,
    input: async (fx) => ({
      version: (await fx.h.repos.reimbursement.settings.current())?.version ?? 0,
      submissionDeadlineDay: 10,
    }),
    expect: adminOnly,
  },
}
