import { randomUUID } from 'node:crypto'
import { liaisonFixtures, MX_LIAISON_PART, MX_LIAISON_VIN } from '../../liaison.fixtures'
import type { MatrixRows } from '../../matrix.types'
import { uploadOf } from '../../upload.fixtures'
import { HQ_SCOPE, nobody, STATION_SCOPE } from '../helpers'

/** Any staff member of a station, on the station's own letters only. */
const station = (scoped: boolean) =>
  ({
    ...nobody,
    dealer_manager: scoped ? STATION_SCOPE : 'OK',
    dealer_staff: scoped ? STATION_SCOPE : 'OK',
  }) as const
/** HQ quality and admins, on every station's letters. */
const quality = (scoped: boolean) =>
  ({ ...nobody, hq_admin: scoped ? HQ_SCOPE : 'OK', hq_quality: scoped ? HQ_SCOPE : 'OK' }) as const

/** The authorization rows of the improvement loop's liaison part. */
export const liaisonRows: MatrixRows = {
  'improvement.liaison.station.submit': {
    scoped: false,
    input: async (fx, p) => ({
      partCode: MX_LIAISON_PART,
      vins: [MX_LIAISON_VIN],
      symptoms: '大灯内部起雾 Headlamp fogs inside',
      vehiclesAffected: 3,
      firstSeenOn: '2026-11-01',
      photoUploadIds: p === 'dealer_manager' || p === 'dealer_staff' ? [await uploadOf(fx, p)] : [],
      clientRequestId: randomUUID(),
    }),
    expect: station(false),
  },
  'improvement.liaison.station.mine': { scoped: false, input: () => ({}), expect: station(false) },
  'improvement.liaison.station.get': {
    scoped: true,
    input: async (fx, _p, t) => ({ letterId: (await liaisonFixtures(fx).letter(t)).id }),
    expect: station(true),
  },
  'improvement.liaison.station.photo': {
    scoped: true,
    input: async (fx, _p, t) => ({ photoId: await liaisonFixtures(fx).photoId(t) }),
    expect: station(true),
  },
  'improvement.liaison.hq.inbox': { scoped: false, input: () => ({}), expect: quality(false) },
  'improvement.liaison.hq.get': {
    scoped: true,
    input: async (fx, _p, t) => ({ letterId: (await liaisonFixtures(fx).letter(t)).id }),
    expect: quality(true),
  },
  'improvement.liaison.hq.photo': {
    scoped: true,
    input: async (fx, _p, t) => ({ photoId: await liaisonFixtures(fx).photoId(t) }),
    expect: quality(true),
  },
  'improvement.liaison.hq.candidates': {
    scoped: true,
    input: async (fx, _p, t) => ({ letterId: (await liaisonFixtures(fx).letter(t)).id }),
    expect: quality(true),
  },
  'improvement.liaison.hq.answer': {
    scoped: true,
    input: async (fx, _p, t) => {
      const l = await liaisonFixtures(fx).letter(t)
      return { letterId: l.id, answer: '请更换大灯总成并返回旧件', version: l.version }
    },
    expect: quality(true),
  },
  'improvement.liaison.hq.link': {
    scoped: true,
    input: async (fx, _p, t) => {
      const f = liaisonFixtures(fx)
      const l = await f.letter(t)
      return { letterId: l.id, kind: 'complaint', targetId: await f.complaintId(), version: l.version }
    },
    expect: quality(true),
  },
  'improvement.liaison.hq.unlink': {
    scoped: true,
    input: async (fx, _p, t) => {
      const f = liaisonFixtures(fx)
      const targetId = await f.complaintId()
      const l = await f.letter(t, { linkedComplaint: targetId })
      return { letterId: l.id, kind: 'complaint', targetId, version: l.version }
    },
    expect: quality(true),
  },
  'improvement.liaison.hq.openEightd': {
    scoped: true,
    input: async (fx, _p, t) => {
      const l = await liaisonFixtures(fx).letter(t)
      return {
        letterId: l.id,
        supplierId: await fx.orgId('S-LAMP'),
        version: l.version,
        clientRequestId: randomUUID(),
      }
    },
    expect: quality(true),
  },
  'improvement.liaison.hq.close': {
    scoped: true,
    input: async (fx, _p, t) => {
      const l = await liaisonFixtures(fx).letter(t, { answered: true })
      return { letterId: l.id, version: l.version }
    },
    expect: quality(true),
  },
}
