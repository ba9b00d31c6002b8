import type { Actor } from '@asq/api-client'

/** The portal serves customers only; staff accounts sign in at their own app. */
export const accepts = (a: Actor) => a.kind === 'customer'
export const reasonOf = (a: Actor) => (a.kind === 'staff' ? a.orgKind : 'customer')
export const rolesOf = (_a: Actor): string[] => []
