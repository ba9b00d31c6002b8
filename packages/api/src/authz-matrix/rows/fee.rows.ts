import { randomUUID } from 'node:crypto'
import { CATALOGUE_COLUMNS, TERMS_COLUMNS, toCsv } from '@asq/domain'
import { feeFixtures, MX_PART, mxRepair, nextDay } from '../fee.fixtures'
import type { MatrixRows } from '../matrix.types'
import { HQ_SCOPE, nobody, STATION_SCOPE } from './helpers'

const ok = (scoped: boolean, station = false) => (scoped ? (station ? STATION_SCOPE : HQ_SCOPE) : 'OK')
/** Every HQ role reads parts and fees. */
const readers = (scoped = false) =>
  ({
    ...nobody,
    hq_admin: ok(scoped),
    hq_service: ok(scoped),
    hq_quality: ok(scoped),
    hq_finance: ok(scoped),
  }) as const
/** Admins and the service department own the rules. */
const editors = (scoped = false) => ({ ...nobody, hq_admin: ok(scoped), hq_service: ok(scoped) }) as const
/** The parts desk: admins, service and finance. */
const desk = (scoped = false) =>
  ({ ...nobody, hq_admin: ok(scoped), hq_service: ok(scoped), hq_finance: ok(scoped) }) as const
/** Any staff of a station, on the station's own records only. */
const station = (scoped = false) =>
  ({ ...nobody, dealer_manager: ok(scoped, true), dealer_staff: ok(scoped, true) }) as const
const managerOnly = { ...nobody, dealer_manager: 'OK' } as const
const anyStaff = {
  ...nobody,
  hq_admin: 'OK',
  hq_service: 'OK',
  hq_quality: 'OK',
  hq_finance: 'OK',
  hq_general_manager: 'OK',
  dealer_manager: 'OK',
  dealer_staff: 'OK',
  supplier_user: 'OK',
} as const

// Each principal's import carries another list price: an unchanged file is a no-op that writes
// nothing (issue 16), so a file that changes nothing could not show its audit event here.
let importRound = 0
// Each allowed call schedules one more version of a far-future T3 rule (a new date every call).
let termsRound = 0
const termsFile = () => {
  termsRound += 1
  return Buffer.from(
    toCsv([
      TERMS_COLUMNS.map((c) => c.header),
      ['T3', '', '24', '80000', '公里', '购车日', nextDay(Date.UTC(2034, 0, termsRound)), '', '', '', ''],
    ]),
  ).toString('base64')
}
const importFile = () => {
  importRound += 1
  const listPrice = ((200 + importRound) / 100).toFixed(2)
  return Buffer.from(
    toCsv([
      CATALOGUE_COLUMNS.map((c) => c.header),
      ['MX-IMP', '矩阵导入件', 'Matrix import', 'H5', '1.00', listPrice, '否', ''],
    ]),
  ).toString('base64')
}

export const feeRows: MatrixRows = {
  'fee.productLines': { scoped: false, input: () => undefined, expect: anyStaff },

  'fee.hq.catalogue': { scoped: false, input: () => ({ q: 'MX' }), expect: readers() },
  'fee.hq.part': {
    scoped: false,
    input: async (fx) => {
      await feeFixtures(fx).ensure()
      return { code: MX_PART }
    },
    expect: readers(),
  },
  'fee.hq.upsertPart': {
    scoped: false,
    input: () => ({
      code: 'MX-002',
      productLineCode: 'H5',
      nameZh: '矩阵二',
      returnRequired: false,
      costFen: 100,
      listFen: 200,
    }),
    expect: editors(),
  },
  'fee.hq.importCatalogue': {
    scoped: false,
    input: () => ({ format: 'csv', contentBase64: importFile() }),
    expect: editors(),
  },
  'fee.hq.exportCatalogue': { scoped: false, input: () => ({ format: 'csv' }), expect: readers() },

  'fee.hq.terms': { scoped: false, input: () => ({ productLineCode: 'H5' }), expect: readers() },
  'fee.hq.exportTerms': { scoped: false, input: () => ({ format: 'csv' }), expect: readers() },
  'fee.hq.importTerms': {
    scoped: false,
    input: () => ({ format: 'csv', contentBase64: termsFile() }),
    expect: editors(),
  },
  'fee.hq.addTerms': {
    scoped: false,
    input: () => ({
      productLineCode: 'T3',
      months: 24,
      usageLimit: 80_000,
      effectiveFrom: nextDay(Date.UTC(2033, 0, 1)),
    }),
    expect: editors(),
  },
  'fee.hq.removeTerms': {
    scoped: true,
    input: (fx, p, t) => feeFixtures(fx).futureTerms(p, t),
    expect: editors(true),
  },
  'fee.hq.returnDeadlines': { scoped: false, input: () => undefined, expect: readers() },
  'fee.hq.setReturnDeadline': {
    scoped: false,
    input: () => ({ scope: 'line', key: 'T3', days: 15 }),
    expect: editors(),
  },
  'fee.hq.removeReturnDeadline': {
    scoped: false,
    input: async (fx) => {
      await fx.h.repos.fee.deadlines.set({ scope: 'part', key: 'MX-RM', days: 5 })
      return { scope: 'part', key: 'MX-RM' }
    },
    expect: editors(),
  },

  'fee.hq.standards': { scoped: false, input: () => ({ status: 'proposed' }), expect: readers() },
  'fee.hq.standardImpact': {
    scoped: true,
    input: async (fx, p, t) => ({ id: (await feeFixtures(fx).proposal(p, t)).id }),
    expect: readers(true),
  },
  'fee.hq.approveStandard': {
    scoped: true,
    input: (fx, p, t) => feeFixtures(fx).proposal(p, t),
    expect: editors(true),
  },
  'fee.hq.rejectStandard': {
    scoped: true,
    input: async (fx, p, t) => ({ ...(await feeFixtures(fx).proposal(p, t)), note: '费率过高 Too high' }),
    expect: editors(true),
  },
  'fee.hq.simulate': {
    scoped: false,
    input: async (fx) => {
      await feeFixtures(fx).ensure()
      return { ...mxRepair(), stationId: await fx.orgId('D-BJ01') }
    },
    expect: readers(),
  },

  'fee.hq.oldParts': { scoped: false, input: () => ({ overdueOnly: false }), expect: readers() },
  'fee.hq.exportOldParts': { scoped: false, input: () => ({ format: 'csv' }), expect: readers() },
  'fee.hq.markOldPartReceived': {
    scoped: true,
    input: (fx, p, t) => feeFixtures(fx).oldPart(p, t, 'reported'),
    expect: desk(true),
  },
  'fee.hq.callInOldPart': {
    scoped: true,
    input: (fx, p, t) => feeFixtures(fx).oldPart(p, t, 'reported'),
    expect: desk(true),
  },
  'fee.hq.oldPartDeductions': { scoped: false, input: () => ({}), expect: readers() },

  'fee.hq.partsRequests': { scoped: false, input: () => ({}), expect: readers() },
  'fee.hq.exportPartsRequests': { scoped: false, input: () => ({ format: 'xlsx' }), expect: readers() },
  'fee.hq.confirmPartsRequest': {
    scoped: true,
    input: async (fx, p, t) => ({
      ...(await feeFixtures(fx).partsRequest(p, t, 'requested')),
      costTotalFen: 20_000,
      estimatedShipDate: '2026-12-01',
    }),
    expect: desk(true),
  },
  'fee.hq.shipPartsRequest': {
    scoped: true,
    input: (fx, p, t) => feeFixtures(fx).partsRequest(p, t, 'confirmed'),
    expect: desk(true),
  },
  'fee.hq.confirmedDebits': {
    scoped: false,
    input: async (fx) => ({ dealerId: await fx.orgId('D-BJ01'), period: '2026-11' }),
    expect: readers(),
  },

  'fee.station.catalogue': { scoped: false, input: () => ({}), expect: station() },
  'fee.station.standards': { scoped: false, input: () => undefined, expect: station() },
  'fee.station.proposeStandard': {
    scoped: false,
    input: () => ({
      clientRequestId: randomUUID(),
      labourRateFen: 9500,
      calloutFeeFen: 6000,
      effectiveFrom: '2027-02-01',
    }),
    expect: managerOnly,
  },
  'fee.station.quote': {
    scoped: false,
    input: async (fx) => {
      await feeFixtures(fx).ensure()
      return { ...mxRepair(), clientRequestId: randomUUID() }
    },
    expect: station(),
  },
  'fee.station.finaliseQuote': {
    scoped: true,
    input: (fx, p, t) => feeFixtures(fx).quote(p, t),
    expect: station(true),
  },
  'fee.station.quotes': { scoped: false, input: () => ({}), expect: station() },
  'fee.station.quoteDetail': {
    scoped: true,
    input: async (fx, p, t) => ({ id: (await feeFixtures(fx).quote(p, t)).id }),
    expect: station(true),
  },
  'fee.station.oldParts': { scoped: false, input: () => ({ overdueOnly: true }), expect: station() },
  'fee.station.exportOldParts': { scoped: false, input: () => ({ format: 'xlsx' }), expect: station() },
  'fee.station.registerOldPart': {
    scoped: false,
    input: async (fx) => {
      await feeFixtures(fx).ensure()
      return {
        clientRequestId: randomUUID(),
        partCode: MX_PART,
        quantity: 1,
        serial: 'MATRIX',
        replacedOn: '2026-11-20',
      }
    },
    expect: station(),
  },
  'fee.station.reportOldPart': {
    scoped: true,
    input: (fx, p, t) => feeFixtures(fx).oldPart(p, t, 'registered'),
    expect: station(true),
  },
  'fee.station.overdueOldParts': { scoped: false, input: () => undefined, expect: station() },
  'fee.station.partsRequests': { scoped: false, input: () => ({}), expect: station() },
  'fee.station.exportPartsRequests': { scoped: false, input: () => ({ format: 'csv' }), expect: station() },
  'fee.station.raisePartsRequest': {
    scoped: false,
    input: async (fx) => {
      await feeFixtures(fx).ensure()
      return { clientRequestId: randomUUID(), lines: [{ partCode: MX_PART, quantity: 3 }] }
    },
    expect: station(),
  },
  'fee.station.receivePartsRequest': {
    scoped: true,
    input: (fx, p, t) => feeFixtures(fx).partsRequest(p, t, 'shipped'),
    expect: station(true),
  },
  'fee.station.stock': { scoped: false, input: () => undefined, expect: station() },

  'fee.my.quotes': { scoped: false, input: () => ({}), expect: { ...nobody, customer: 'OK' } },
}
