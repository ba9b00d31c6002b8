import type { User } from './identity.user'

/** What any API response may show of a user: never the password hash. */
export type UserView = Pick<
  User,
  'id' | 'orgId' | 'username' | 'displayName' | 'roles' | 'active' | 'away' | 'version' | 'createdAt'
>

export const toUserView = (u: User): UserView => ({
  id: u.id,
  orgId: u.orgId,
  username: u.username,
  displayName: u.displayName,
  roles: u.roles,
  active: u.active,
  away: u.away,
  version: u.version,
  createdAt: u.createdAt,
})
