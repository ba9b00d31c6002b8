import type { ApiClient } from './client'

/** Output type of a query procedure, derived from the client so no server package is needed. */
type Out<P extends { query: (...args: never[]) => Promise<unknown> }> = Awaited<ReturnType<P['query']>>

/** Who is signed in, as the server answers `auth.me`. */
export type Actor = NonNullable<Out<ApiClient['auth']['me']>>
export type StaffActor = Extract<Actor, { kind: 'staff' }>
export type CustomerActor = Extract<Actor, { kind: 'customer' }>
export type OrgKind = StaffActor['orgKind']
export type Role = StaffActor['roles'][number]

export type UserView = Out<ApiClient['identity']['users']>['items'][number]
export type Organisation = Out<ApiClient['identity']['organisations']>[number]
export type OutboxRow = Out<ApiClient['platform']['outbox']>['items'][number]
export type AuditRow = Out<ApiClient['platform']['audit']>['items'][number]
export type Paged<T> = { items: T[]; total: number; page: number; pageSize: number }
