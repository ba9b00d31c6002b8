import type { AppRouter } from '@asq/api'
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server'

/** What each procedure takes, by path: `RouterInputs['fee']['hq']['oldParts']`. Types only, never written by hand. */
export type RouterInputs = inferRouterInputs<AppRouter>
/** What each procedure returns, by path: `RouterOutputs['complaint']['station']['get']`. */
export type RouterOutputs = inferRouterOutputs<AppRouter>

/** Who is signed in, as the server answers `auth.me`. */
export type Actor = NonNullable<RouterOutputs['auth']['me']>
export type StaffActor = Extract<Actor, { kind: 'staff' }>
export type CustomerActor = Extract<Actor, { kind: 'customer' }>
export type OrgKind = StaffActor['orgKind']
export type Role = StaffActor['roles'][number]

export type UserView = RouterOutputs['identity']['users']['items'][number]
export type Organisation = RouterOutputs['identity']['organisations'][number]
export type OutboxRow = RouterOutputs['platform']['outbox']['items'][number]
export type AuditRow = RouterOutputs['platform']['audit']['items'][number]
export type Paged<T> = { items: T[]; total: number; page: number; pageSize: number }
