import type { Actor } from '@asq/api-client'

/** The supplier portal serves suppliers' users only. */
export const ORG_KIND = 'supplier' as const

export const accepts = (a: Actor) => a.kind === 'staff' && a.orgKind === ORG_KIND
export const reasonOf = (a: Actor) => (a.kind === 'staff' ? a.orgKind : 'customer')
export const rolesOf = (a: Actor) => (a.kind === 'staff' ? a.roles : [])
