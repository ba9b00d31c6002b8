import type { Actor } from './identity.actor'
import type { User } from './identity.user'

/**
 * Who may see a user's profile: HQ admins anyone; a station manager the station's own people;
 * everybody their own. Anything else is answered as "not found".
 */
export function canViewUser(actor: Actor, user: Pick<User, 'id' | 'orgId'>): boolean {
  if (actor.kind !== 'staff') return false
  if (actor.userId === user.id) return true
  if (actor.orgKind === 'hq' && actor.roles.includes('hq_admin')) return true
  return actor.roles.includes('dealer_manager') && actor.orgId === user.orgId
}
