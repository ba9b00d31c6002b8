import type { MatrixRows } from '../matrix.types'
import { nobody } from './helpers'

const SELF = { own: 'OK', sameOrg: 'NOT_FOUND', otherTenant: 'NOT_FOUND', missing: 'NOT_FOUND' } as const

const hqAdminOnly = { ...nobody, hq_admin: 'OK' } as const

const stationManagerOnly = { ...nobody, dealer_manager: 'OK' } as const

/** canViewUser: HQ admins anyone, a station manager the station's people, everybody themself. */
const WHO_SEES_A_USER = {
  anonymous: 'UNAUTHORIZED',
  hq_admin: { own: 'OK', sameOrg: 'OK', otherTenant: 'OK', missing: 'NOT_FOUND' },
  hq_service: SELF,
  hq_quality: SELF,
  hq_finance: SELF,
  hq_general_manager: SELF,
  dealer_manager: { own: 'OK', sameOrg: 'OK', otherTenant: 'NOT_FOUND', missing: 'NOT_FOUND' },
  dealer_staff: SELF,
  supplier_user: SELF,
  customer: 'FORBIDDEN',
} as const

export const identityRows: MatrixRows = {
  'identity.user': {
    scoped: true,
    input: async (fx, p, t) => ({ id: await fx.userTarget(p, t) }),
    expect: WHO_SEES_A_USER,
  },
  'identity.setAway': {
    scoped: true,
    input: async (fx, p, t) => ({ id: await fx.userTarget(p, t), away: false }),
    expect: WHO_SEES_A_USER,
  },
  'identity.organisations': {
    scoped: false,
    input: () => ({}),
    expect: {
      ...hqAdminOnly,
      hq_service: 'OK',
      hq_quality: 'OK',
      hq_finance: 'OK',
      hq_general_manager: 'OK',
    },
  },
  'identity.users': { scoped: false, input: () => ({}), expect: hqAdminOnly },
  'identity.createUser': {
    scoped: false,
    input: async (fx) => ({
      username: `matrix.user${fx.seq()}`,
      displayName: 'Matrix user',
      password: 'matrix-password-1',
      orgId: await fx.orgId('D-CD01'),
      roles: ['dealer_staff'],
    }),
    expect: hqAdminOnly,
  },
  'identity.setUserActive': {
    scoped: true,
    async input(fx, p, t) {
      const id = await fx.userTarget(p, t)
      const version = (await fx.h.repos.users.byId(id))?.version ?? 1
      return { id, active: true, version }
    },
    expect: {
      ...hqAdminOnly,
      hq_admin: { own: 'BAD_REQUEST', sameOrg: 'OK', otherTenant: 'OK', missing: 'NOT_FOUND' },
    },
  },
  'identity.stationUsers': { scoped: false, input: () => ({}), expect: stationManagerOnly },
  'identity.createStationUser': {
    scoped: false,
    input: (fx) => ({
      username: `matrix.staff${fx.seq()}`,
      displayName: 'Matrix staff',
      password: 'matrix-password-1',
      roles: ['dealer_staff'],
    }),
    expect: stationManagerOnly,
  },
  'identity.setStationUserActive': {
    scoped: true,
    async input(fx, p, t) {
      const id = await fx.userTarget(p, t)
      const version = (await fx.h.repos.users.byId(id))?.version ?? 1
      return { id, active: true, version }
    },
    expect: {
      ...stationManagerOnly,
      dealer_manager: { own: 'BAD_REQUEST', sameOrg: 'OK', otherTenant: 'NOT_FOUND', missing: 'NOT_FOUND' },
    },
  },
}
