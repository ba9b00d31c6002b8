import type { MatrixRows } from '../matrix.types'
import { notificationTarget } from '../notification.fixtures'

/** Everyone signed in has an inbox of their own; nobody else's exists for them. */
const everyoneOwn = {
  anonymous: 'UNAUTHORIZED',
  hq_admin: 'OK',
  hq_service: 'OK',
  hq_quality: 'OK',
  hq_finance: 'OK',
  hq_general_manager: 'OK',
  dealer_manager: 'OK',
  dealer_staff: 'OK',
  supplier_user: 'OK',
  customer: 'OK',
} as const
const OWN_ONLY = { own: 'OK', sameOrg: 'NOT_FOUND', otherTenant: 'NOT_FOUND', missing: 'NOT_FOUND' } as const
const ownOnly = {
  anonymous: 'UNAUTHORIZED',
  hq_admin: OWN_ONLY,
  hq_service: OWN_ONLY,
  hq_quality: OWN_ONLY,
  hq_finance: OWN_ONLY,
  hq_general_manager: OWN_ONLY,
  dealer_manager: OWN_ONLY,
  dealer_staff: OWN_ONLY,
  supplier_user: OWN_ONLY,
  customer: OWN_ONLY,
} as const

export const notificationRows: MatrixRows = {
  'notification.list': { scoped: false, input: () => ({ limit: 100 }), expect: everyoneOwn },
  'notification.unread': { scoped: false, input: () => undefined, expect: everyoneOwn },
  // Marking another person's notification read: NOT_FOUND, as if it did not exist.
  'notification.markRead': {
    scoped: true,
    input: async (fx, p, t) => ({ id: await notificationTarget(fx, p, t) }),
    expect: ownOnly,
  },
  'notification.markAllRead': { scoped: false, input: () => undefined, expect: everyoneOwn },
  'notification.preferences': { scoped: false, input: () => undefined, expect: everyoneOwn },
  'notification.setPreferences': {
    scoped: false,
    input: () => ({ email: 'inbox@example.cn', emailEvents: ['claim_audited'] }),
    expect: everyoneOwn,
  },
}
