import type { OrgKind, Role } from './identity.roles'

/** Who is calling, as resolved from the session; tenant ids come from here, never from input. */
export type StaffActor = {
  kind: 'staff'
  userId: string
  username: string
  displayName: string
  orgId: string
  orgKind: OrgKind
  orgName: string
  roles: Role[]
}
export type CustomerActor = {
  kind: 'customer'
  customerId: string
  displayName: string
}
export type Actor = StaffActor | CustomerActor

export const hasAnyRole = (actor: Actor | null | undefined, roles: readonly Role[]): boolean =>
  actor?.kind === 'staff' && actor.roles.some((r) => roles.includes(r))

/** A short label for audit trails: who did it. */
export const actorLabel = (actor: Actor | null): string =>
  actor === null
    ? 'anonymous'
    : actor.kind === 'staff'
      ? `${actor.username}@${actor.orgKind}`
      : `customer:${actor.customerId}`
