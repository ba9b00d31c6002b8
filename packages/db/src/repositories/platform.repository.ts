import type { AuditRepository, OutboxMessage, OutboxRepository } from '@asq/domain'
import { auditActorFields } from '@asq/domain'
import { and, asc, count, desc, eq, inArray, lte, sql } from 'drizzle-orm'
import type { Database } from '../client'
import { auditEvents, outbox } from '../schema'
import { actorNames, auditReferences } from './audit-references'
import { afterKey, keyOrder, offsetFor, type SortKey } from './keyset'

/** The audit log: newest first; `(at, id)` is unique and served by audit_at_id_idx. */
const AUDIT_KEY: SortKey = [
  [auditEvents.at, 'desc'],
  [auditEvents.id, 'desc'],
]

// JSON round-trip drops undefined and turns Dates into ISO strings, as jsonb would anyway.
const json = (v: unknown) => (v === undefined ? null : JSON.parse(JSON.stringify(v)))
const auditRow = ({ actor, ...e }: Parameters<AuditRepository['record']>[0]) => ({
  ...e,
  ...auditActorFields(actor),
  before: json(e.before),
  after: json(e.after),
})

export const auditRepository = (db: Database): AuditRepository => ({
  async record(e) {
    await db.insert(auditEvents).values(auditRow(e))
  },
  async recordMany(es) {
    for (let i = 0; i < es.length; i += 500)
      await db.insert(auditEvents).values(es.slice(i, i + 500).map(auditRow))
  },
  async list({ entityType, entityId, limit, offset, after, uncounted }) {
    const where = and(
      entityType ? eq(auditEvents.entityType, entityType) : undefined,
      entityId ? eq(auditEvents.entityId, entityId) : undefined,
    )
    const items = await db
      .select()
      .from(auditEvents)
      .where(and(where, afterKey(AUDIT_KEY, after)))
      .orderBy(...keyOrder(AUDIT_KEY))
      .limit(limit)
      .offset(offsetFor({ after, offset }))
    const [total] = uncounted ? [] : await db.select({ n: count() }).from(auditEvents).where(where)
    const refs = await auditReferences(db, items)
    const names = await actorNames(
      db,
      items.map((i) => i.actorUserId),
    )
    return {
      items: items.map((i) => ({
        ...i,
        entityRef: refs.get(`${i.entityType}:${i.entityId}`) ?? null,
        actorName: (i.actorUserId && names.get(i.actorUserId)) || null,
      })),
      total: total?.n ?? 0,
    }
  },
})

export const outboxRepository = (db: Database): OutboxRepository => ({
  async enqueue({ at, ...m }) {
    const [r] = await db
      .insert(outbox)
      .values({ ...m, createdAt: at, nextAttemptAt: at })
      .returning({ id: outbox.id })
    return r!
  },
  async list({ recipient, limit, offset }) {
    const where = recipient ? eq(outbox.recipient, recipient) : undefined
    const items = await db
      .select()
      .from(outbox)
      .where(where)
      .orderBy(desc(outbox.createdAt))
      .limit(limit)
      .offset(offset)
    const [total] = await db.select({ n: count() }).from(outbox).where(where)
    return { items, total: total?.n ?? 0 }
  },
  async claimDue(now, limit) {
    // SKIP LOCKED: a second dispatcher (another server) passes over rows the first one holds. The
    // claim pushes next_attempt_at forward so a crash mid-send only delays, never loses, a message.
    const due = await db
      .select({ id: outbox.id })
      .from(outbox)
      .where(and(eq(outbox.status, 'pending'), lte(outbox.nextAttemptAt, now)))
      .orderBy(asc(outbox.nextAttemptAt))
      .limit(limit)
      .for('update', { skipLocked: true })
    if (due.length === 0) return []
    const claimed = await db
      .update(outbox)
      .set({ attempts: sql`${outbox.attempts} + 1`, nextAttemptAt: new Date(now.getTime() + 5 * 60_000) })
      .where(
        inArray(
          outbox.id,
          due.map((d) => d.id),
        ),
      )
      .returning()
    return claimed as OutboxMessage[]
  },
  async markSent(id, at, opts) {
    await db
      .update(outbox)
      .set({ status: 'sent', sentAt: at, lastError: null, ...(opts?.keepSecret ? {} : { secret: null }) })
      .where(eq(outbox.id, id))
  },
  async markFailed(id, error, attempts, status, nextAttemptAt) {
    await db
      .update(outbox)
      .set({
        lastError: error.slice(0, 500),
        attempts,
        status,
        nextAttemptAt,
        // A message given up on never needs its secret again.
        ...(status === 'failed' ? { secret: null } : {}),
      })
      .where(eq(outbox.id, id))
  },
})
