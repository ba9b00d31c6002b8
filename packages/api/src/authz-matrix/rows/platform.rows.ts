import type { MatrixRows } from '../matrix.types'
import { nobody } from './helpers'

const hqAdminOnly = { ...nobody, hq_admin: 'OK' } as const

export const platformRows: MatrixRows = {
  'platform.outbox': { scoped: false, input: () => ({}), expect: hqAdminOnly },
  'platform.audit': { scoped: false, input: () => ({}), expect: hqAdminOnly },
  'platform.exportAudit': { scoped: false, input: () => ({ format: 'xlsx' }), expect: hqAdminOnly },
}
