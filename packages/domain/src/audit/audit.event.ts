import { type Actor, actorLabel } from '../identity'
import type { KeysetWindow } from '../shared/paging'

/** One row per mutation, written in the same transaction as the change it describes. */
export type AuditEvent = {
  action: string
  entityType: string
  entityId: string
  before: unknown
  after: unknown
}

export type AuditRecord = AuditEvent & {
  id: string
  at: Date
  actorLabel: string
  actorUserId: string | null
  actorCustomerId: string | null
  /** What a person reads instead of the id (a complaint's number, a claim's month and station…), if any. */
  entityRef?: string | null
  /** The staff actor's display name, if any. */
  actorName?: string | null
}

export interface AuditRepository {
  record(e: AuditEvent & { at: Date; actor: Actor | null }): Promise<void>
  /** Many events in one statement (a settlement batch audits each run it made). */
  recordMany(es: (AuditEvent & { at: Date; actor: Actor | null })[]): Promise<void>
  list(
    filter: { entityType?: string; entityId?: string; limit: number; offset: number } & KeysetWindow,
  ): Promise<{
    items: AuditRecord[]
    total: number
  }>
}

export const auditActorFields = (actor: Actor | null) => ({
  actorLabel: actorLabel(actor),
  actorUserId: actor?.kind === 'staff' ? actor.userId : null,
  actorCustomerId: actor?.kind === 'customer' ? actor.customerId : null,
})
