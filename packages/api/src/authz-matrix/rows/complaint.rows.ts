import { randomUUID } from 'node:crypto'
import type { CommandName, Complaint } from '@asq/domain'
import { complaintFixtures } from '../complaint.fixtures'
import type { MatrixRow, MatrixRows } from '../matrix.types'
import type { Fixture, Principal, Target } from '../principals'
import { uploadOf } from '../upload.fixtures'
import { CUSTOMER_SCOPE, HQ_SCOPE, nobody, STATION_SCOPE } from './helpers'

export const stationStaff = (scoped: boolean) =>
  ({
    ...nobody,
    dealer_manager: scoped ? STATION_SCOPE : 'OK',
    dealer_staff: scoped ? STATION_SCOPE : 'OK',
  }) as const
/**
 * Vehicles relative to the dealer principal (北京朝阳 D-BJ01): "own" and "sameOrg" it sold and served
 * (李娜's X7 with the headlamp case and claim lines, 张伟's H5); "otherTenant" one only 上海浦东 has
 * served (the promised-gift case); "missing" a well-formed VIN no vehicle has.
 */
const VEHICLE = {
  own: 'LHX7B2345N0000002',
  sameOrg: 'LHX5A1234N0000001',
  otherTenant: 'LHX7D4567N0000004',
  missing: 'LHX0Z0000Z0000000',
} as const
/** The owner of each of those vehicles: a customer page is as visible as the owner's vehicles. */
const customerOf = async (fx: Fixture, t: keyof typeof VEHICLE) =>
  t === 'missing'
    ? { customerId: randomUUID() }
    : { customerId: (await fx.h.repos.vehicleHistory.byVin(VEHICLE[t]))!.customer.id }
/** Every HQ role reads vehicle histories (finance reads the claim lines on them too). */
const hqStaff = {
  ...nobody,
  hq_admin: 'OK',
  hq_service: 'OK',
  hq_quality: 'OK',
  hq_finance: 'OK',
  hq_general_manager: 'OK',
} as const
const hqScoped = {
  ...nobody,
  hq_admin: HQ_SCOPE,
  hq_service: HQ_SCOPE,
  hq_quality: HQ_SCOPE,
  hq_finance: HQ_SCOPE,
  hq_general_manager: HQ_SCOPE,
} as const
const stationManager = { ...nobody, dealer_manager: STATION_SCOPE } as const
export const customerOnly = (scoped: boolean) =>
  ({ ...nobody, customer: scoped ? CUSTOMER_SCOPE : 'OK' }) as const
export const deskStaff = (scoped: boolean) =>
  ({
    ...nobody,
    hq_admin: scoped ? HQ_SCOPE : 'OK',
    hq_service: scoped ? HQ_SCOPE : 'OK',
    hq_quality: scoped ? HQ_SCOPE : 'OK',
  }) as const
const deskManagers = (scoped: boolean) =>
  ({ ...nobody, hq_admin: scoped ? HQ_SCOPE : 'OK', hq_service: scoped ? HQ_SCOPE : 'OK' }) as const

/** The state each command needs, and a valid payload for it. */
const COMMANDS: Partial<
  Record<CommandName, { state: Partial<Complaint>; payload: (fx: Fixture) => Record<string, unknown> }>
> = {
  respond: { state: {}, payload: () => ({ contactChannel: 'phone', note: 'called' }) },
  startHandling: { state: { status: 'responded' }, payload: () => ({}) },
  recordStory: {
    state: { status: 'in_progress' },
    payload: () => ({
      story: {
        what: 'w',
        when: '',
        where: '',
        who: '',
        tools: '',
        otherParties: '',
        confirmedByCustomer: true,
      },
      mindsets: [],
    }),
  },
  proposeSolutions: {
    state: { status: 'in_progress' },
    payload: () => ({ options: [{ title: 't', description: '' }] }),
  },
  checkStock: {
    state: { status: 'in_progress' },
    payload: () => ({ partCode: 'P', partName: 'P', result: 'own_stock', note: '' }),
  },
  raisePartsRequest: {
    state: { status: 'in_progress' },
    payload: () => ({ lines: [{ partCode: 'P', partName: 'P', quantity: 1 }] }),
  },
  waitForCustomer: { state: { status: 'in_progress' }, payload: () => ({ reason: 'photos' }) },
  customerBack: { state: { status: 'awaiting_customer' }, payload: () => ({ note: '' }) },
  requestTechSupport: { state: { status: 'in_progress' }, payload: () => ({ question: 'q' }) },
  proposeCompensation: {
    state: { status: 'in_progress' },
    payload: () => ({ type: 'gift', amountFen: 100, note: 'torch' }),
  },
  resolve: { state: { status: 'in_progress' }, payload: () => ({ result: 'fixed' }) },
  startFollowUp: { state: { status: 'resolved', result: 'fixed' }, payload: () => ({}) },
  recordFollowUp: {
    state: { status: 'follow_up', result: 'fixed' },
    payload: () => ({ satisfied: true, note: 'ok' }),
  },
  reopen: { state: { status: 'closed', result: 'fixed' }, payload: () => ({ reason: 'again' }) },
  assign: { state: { status: 'in_progress' }, payload: () => ({ responsibleUnit: 'hq_quality' }) },
  recordCountermeasure: {
    state: { status: 'in_progress', responsibleUnit: 'station' },
    payload: () => ({ countermeasure: 'train' }),
  },
  reclassify: { state: { status: 'in_progress' }, payload: () => ({ severity: 'major', kind: 'claim' }) },
  addNote: { state: { status: 'in_progress' }, payload: () => ({ note: 'n' }) },
}

const commandRow = (name: CommandName, expect: MatrixRow['expect']): MatrixRow => ({
  scoped: true,
  async input(fx, p, t) {
    const spec = COMMANDS[name]!
    return { ...(await complaintFixtures(fx).complaint(p, t, spec.state)), ...spec.payload(fx) }
  },
  expect,
})

const STATION_COMMANDS = [
  'respond',
  'startHandling',
  'recordStory',
  'proposeSolutions',
  'checkStock',
  'raisePartsRequest',
  'waitForCustomer',
  'customerBack',
  'requestTechSupport',
  'proposeCompensation',
  'resolve',
  'startFollowUp',
  'recordFollowUp',
  'addNote',
] as const
const DESK_COMMANDS = [
  'respond',
  'startHandling',
  'assign',
  'recordCountermeasure',
  'reclassify',
  'proposeCompensation',
  'resolve',
  'startFollowUp',
  'recordFollowUp',
  'reopen',
  'addNote',
] as const

const newComplaint = async (fx: Fixture) => ({
  clientRequestId: randomUUID(),
  cause: 'fees',
  stationId: await fx.orgId('D-BJ01'),
  summary: 'matrix',
  description: 'matrix',
})
const intake = async (fx: Fixture) => ({
  ...(await newComplaint(fx)),
  channel: 'phone',
  severity: 'general',
  customerName: '测试 Test',
  customerContact: `1350000${String(fx.seq()).padStart(4, '0')}`,
})
const upload = async (
  fx: Fixture,
  p: Parameters<MatrixRow['input']>[1],
  t: Parameters<MatrixRow['input']>[2],
) => ({
  complaintId: (await complaintFixtures(fx).complaint(p, t)).id,
  uploadId: await uploadOf(fx, p),
})

/**
 * Assignment (issue 17). At the desk the case has escalated to HQ service (HQ owns it, so HQ people are
 * eligible); at a station it is the station's. Hand-overs start from a case 何顾问 (bj.staff) owns.
 */
const assignmentRows = (side: 'desk' | 'station'): MatrixRows => {
  const state = (over: Partial<Complaint> = {}) => ({
    status: 'in_progress' as const,
    escalationLevel: side === 'desk' ? 2 : 0,
    ...over,
  })
  const [first, second] = side === 'desk' ? ['admin', 'service'] : ['bj.staff', 'bj.manager']
  const keyed = async (fx: Fixture, p: Principal, t: Target, over: Partial<Complaint> = {}) => ({
    ...(await complaintFixtures(fx).complaint(p, t, state(over))),
    idempotencyKey: randomUUID(),
  })
  return {
    [`complaint.${side}.owners`]: {
      scoped: true,
      input: async (fx, p, t) => ({ id: (await complaintFixtures(fx).complaint(p, t)).id }),
      expect: side === 'desk' ? deskStaff(true) : stationStaff(true),
    },
    [`complaint.${side}.assignOwner`]: {
      scoped: true,
      input: async (fx, p, t) => ({ ...(await keyed(fx, p, t)), ownerId: await fx.userId(first) }),
      expect: side === 'desk' ? deskManagers(true) : stationManager,
    },
    [`complaint.${side}.takeCase`]: {
      scoped: true,
      input: (fx, p, t) => keyed(fx, p, t),
      expect: side === 'desk' ? deskManagers(true) : stationStaff(true),
    },
    [`complaint.${side}.handOver`]: {
      scoped: true,
      input: async (fx, p, t) => ({
        ...(await keyed(fx, p, t, { ownerId: await fx.userId(first) })),
        ownerId: await fx.userId(second),
        reason: '休假 on leave',
      }),
      expect: side === 'desk' ? deskManagers(true) : stationStaff(true),
    },
  }
}

export const complaintRows: MatrixRows = {
  ...assignmentRows('desk'),
  ...assignmentRows('station'),
  'complaint.my.formOptions': { scoped: false, input: () => undefined, expect: customerOnly(false) },
  'complaint.my.list': { scoped: false, input: () => ({}), expect: customerOnly(false) },
  'complaint.my.file': { scoped: false, input: newComplaint, expect: customerOnly(false) },
  'complaint.my.get': {
    scoped: true,
    input: async (fx, p, t) => ({ id: (await complaintFixtures(fx).complaint(p, t)).id }),
    expect: customerOnly(true),
  },
  'complaint.my.confirm': {
    scoped: true,
    input: async (fx, p, t) => ({
      ...(await complaintFixtures(fx).complaint(p, t, { status: 'follow_up', result: 'fixed' })),
      solved: true,
      comment: '',
    }),
    expect: customerOnly(true),
  },
  'complaint.my.upload': { scoped: true, input: upload, expect: customerOnly(true) },
  'complaint.my.attachment': {
    scoped: true,
    input: async (fx, p, t) => ({ id: await complaintFixtures(fx).attachment(p, t) }),
    expect: customerOnly(true),
  },

  'complaint.station.queue': { scoped: false, input: () => ({}), expect: stationStaff(false) },
  'complaint.station.intake': { scoped: false, input: intake, expect: stationStaff(false) },
  'complaint.station.vehicles': {
    scoped: false,
    input: () => ({ q: '0000002' }),
    expect: stationStaff(false),
  },
  'complaint.station.vehicle': {
    scoped: true,
    input: (_fx, _p, t) => ({ vin: VEHICLE[t] }),
    expect: stationStaff(true),
  },
  'complaint.station.customer': {
    scoped: true,
    input: (fx, _p, t) => customerOf(fx, t),
    expect: stationStaff(true),
  },
  'complaint.station.get': {
    scoped: true,
    input: async (fx, p, t) => ({ id: (await complaintFixtures(fx).complaint(p, t)).id }),
    expect: stationStaff(true),
  },
  ...Object.fromEntries(
    STATION_COMMANDS.map((n) => [`complaint.station.${n}`, commandRow(n, stationStaff(true))]),
  ),
  'complaint.station.receiveParts': {
    scoped: true,
    input: async (fx, p, t) => ({ requestId: await complaintFixtures(fx).partsRequest(p, t, 'shipped') }),
    expect: stationStaff(true),
  },
  'complaint.station.decideCompensation': {
    scoped: true,
    input: async (fx, p, t) => ({
      compensationId: await complaintFixtures(fx).compensation(p, t),
      approve: true,
      note: '',
    }),
    expect: stationManager,
  },
  'complaint.station.upload': { scoped: true, input: upload, expect: stationStaff(true) },
  'complaint.station.attachment': {
    scoped: true,
    input: async (fx, p, t) => ({ id: await complaintFixtures(fx).attachment(p, t) }),
    expect: stationStaff(true),
  },

  'complaint.desk.list': { scoped: false, input: () => ({}), expect: deskStaff(false) },
  'complaint.desk.vehicles': { scoped: false, input: () => ({ q: '0000002' }), expect: hqStaff },
  'complaint.desk.vehicle': { scoped: true, input: (_fx, _p, t) => ({ vin: VEHICLE[t] }), expect: hqScoped },
  'complaint.desk.customer': { scoped: true, input: (fx, _p, t) => customerOf(fx, t), expect: hqScoped },
  'complaint.desk.get': {
    scoped: true,
    input: async (fx, p, t) => ({ id: (await complaintFixtures(fx).complaint(p, t)).id }),
    expect: deskStaff(true),
  },
  'complaint.desk.intake': { scoped: false, input: intake, expect: deskStaff(false) },
  ...Object.fromEntries(DESK_COMMANDS.map((n) => [`complaint.desk.${n}`, commandRow(n, deskStaff(true))])),
  'complaint.desk.escalationBoard': { scoped: false, input: () => ({}), expect: deskStaff(false) },
  'complaint.desk.export': { scoped: false, input: () => ({ format: 'csv' }), expect: deskStaff(false) },
  'complaint.desk.compensationQueue': { scoped: false, input: () => ({}), expect: deskStaff(false) },
  'complaint.desk.decideCompensation': {
    scoped: true,
    input: async (fx, p, t) => ({
      compensationId: await complaintFixtures(fx).compensation(p, t),
      approve: true,
      note: '',
    }),
    expect: deskManagers(true),
  },
  'complaint.desk.techQueue': { scoped: false, input: () => ({}), expect: deskStaff(false) },
  'complaint.desk.answerTechSupport': {
    scoped: true,
    input: async (fx, p, t) => ({ requestId: await complaintFixtures(fx).techRequest(p, t), answer: 'a' }),
    expect: deskStaff(true),
  },
  'complaint.desk.partsQueue': { scoped: false, input: () => ({}), expect: deskManagers(false) },
  'complaint.desk.stepPartsRequest': {
    scoped: true,
    input: async (fx, p, t) => ({
      requestId: await complaintFixtures(fx).partsRequest(p, t, 'requested'),
      to: 'confirmed',
      eta: '2026-12-01',
    }),
    expect: deskManagers(true),
  },
  'complaint.desk.upload': { scoped: true, input: upload, expect: deskStaff(true) },
  'complaint.desk.attachment': {
    scoped: true,
    input: async (fx, p, t) => ({ id: await complaintFixtures(fx).attachment(p, t) }),
    expect: deskStaff(true),
  },
  'complaint.desk.runEscalationSweep': {
    scoped: false,
    input: () => undefined,
    expect: { ...nobody, hq_admin: 'OK' },
  },
}

/** Every HQ role (hqProcedure() with no roles), the general manager too. */
const hqAll = hqStaff
const hqAdmin = { ...nobody, hq_admin: 'OK' } as const

export const slaRows: MatrixRows = {
  'sla.policy': { scoped: false, input: () => undefined, expect: hqAll },
  'sla.calendarYear': { scoped: false, input: () => ({ year: 2026 }), expect: hqAll },
  'sla.updatePolicy': {
    scoped: false,
    async input(fx) {
      const current = await fx.h.repos.sla.currentPolicy()
      const { DEFAULT_SLA_SETTINGS } = await import('@asq/domain')
      return { settings: current?.settings ?? DEFAULT_SLA_SETTINGS, baseVersion: current?.version ?? 0 }
    },
    expect: hqAdmin,
  },
  'sla.upsertDay': {
    scoped: false,
    input: () => ({ date: '2026-12-31', kind: 'holiday', name: '测试 Test' }),
    expect: hqAdmin,
  },
  'sla.deleteDay': { scoped: false, input: () => ({ date: '2026-12-30' }), expect: hqAdmin },
  'sla.importYear': {
    scoped: false,
    input: () => ({ year: 2027, days: [{ date: '2027-01-01', kind: 'holiday', name: '元旦 New Year' }] }),
    expect: hqAdmin,
  },
  'sla.importNotice': {
    scoped: false,
    input: () => ({
      year: 2028,
      holidays: [{ name: '元旦 New Year', from: '2028-01-01', to: '2028-01-03' }],
    }),
    expect: hqAdmin,
  },
  'sla.calendarCoverage': { scoped: false, input: () => undefined, expect: hqAll },
  'sla.ownOpeningHours': { scoped: false, input: () => undefined, expect: stationStaff(false) },
  'sla.openingHours': {
    scoped: false,
    input: async (fx) => ({ orgId: await fx.orgId('D-BJ01') }),
    expect: hqAll,
  },
  'sla.setOpeningHours': {
    scoped: false,
    async input(fx) {
      const orgId = await fx.orgId('D-SH01')
      const current = await fx.h.repos.sla.openingHoursOf(orgId)
      const day = [{ from: 510, to: 1080 }]
      return {
        orgId,
        hours: [day, day, day, day, day, day, day],
        closures: [],
        baseVersion: current?.version ?? 0,
      }
    },
    expect: hqAdmin,
  },
}
