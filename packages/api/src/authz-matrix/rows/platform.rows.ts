import type { MatrixRows } from '../matrix.types'

const hqAdminOnly = {
  anonymous: 'UNAUTHORIZED',
  hq_admin: 'OK',
  hq_service: 'FORBIDDEN',
  hq_quality: 'FORBIDDEN',
  hq_finance: 'FORBIDDEN',
  hq_general_manager: 'FORBIDDEN',
  dealer_manager: 'FORBIDDEN',
  dealer_staff: 'FORBIDDEN',
  supplier_user: 'FORBIDDEN',
  customer: 'FORBIDDEN',
} as const

export const platformRows: MatrixRows = {
  'platform.outbox': { scoped: false, input: () => ({}), expect: hqAdminOnly },
  'platform.audit': { scoped: false, input: () => ({}), expect: hqAdminOnly },
  'platform.exportAudit': { scoped: false, input: () => ({ format: 'xlsx' }), expect: hqAdminOnly },
}
