import { DomainError } from '../shared/errors'
import type { OrgKind, Role } from './identity.roles'
import { orgKindOfRole } from './identity.roles'

export type Organisation = {
  id: string
  kind: OrgKind
  code: string
  nameZh: string
  nameEn: string
  region: string | null
}

export type User = {
  id: string
  orgId: string
  username: string
  displayName: string
  roles: Role[]
  active: boolean
  /** Marked away (issue 17): their cases may be taken; the station manager sees them. */
  away: boolean
  version: number
  createdAt: Date
}

/** Every role of a user must belong to the kind of organisation the user is in. */
export function assertRolesFitOrg(roles: readonly Role[], org: Pick<Organisation, 'kind'>): void {
  const misfit = roles.find((r) => orgKindOfRole(r) !== org.kind)
  if (misfit) {
    throw new DomainError(
      'BAD_INPUT',
      'IDENTITY.ROLE_ORG_MISMATCH',
      `Role ${misfit} cannot be given to a ${org.kind} user`,
      {
        field: 'roles',
      },
    )
  }
}

export const badCredentials = () =>
  new DomainError('UNAUTHENTICATED', 'IDENTITY.BAD_CREDENTIALS', 'Wrong username or password', {
    field: 'password',
  })

export const tooManyAttempts = (retryAt: Date) =>
  new DomainError('TOO_MANY_REQUESTS', 'IDENTITY.THROTTLED', 'Too many failed attempts; try again later', {
    details: { retryAt: retryAt.toISOString() },
  })
