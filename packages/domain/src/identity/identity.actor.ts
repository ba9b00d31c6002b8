import { ORG_KINDS, type OrgKind, type Role } from './identity.roles'

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

/**
 * The username inside a staff actor's label (`bj.manager@dealer`), so a history can show the person's
 * display name instead; null for customers, the system and anything that is not a staff label.
 */
export function usernameOfActorLabel(label: string): string | null {
  const at = label.lastIndexOf('@')
  if (at <= 0) return null
  const kind = label.slice(at + 1)
  return (ORG_KINDS as readonly string[]).includes(kind) ? label.slice(0, at) : null
}
