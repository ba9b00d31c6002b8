import type { ComplaintFilter, ComplaintListItem, ComplaintPage } from '@asq/domain'
import { COUNT_CAP, decodeCursor, encodeCursor } from '@asq/domain'
import {
  and,
  asc,
  desc,
  eq,
  gte,
  ilike,
  inArray,
  isNotNull,
  isNull,
  lt,
  lte,
  ne,
  or,
  type SQL,
  sql,
} from 'drizzle-orm'
import type { Database } from '../client'
import { complaints, customers, organisations, vehicles } from '../schema'

/**
 * The customer's name as this case knows it: what a station typed when it took the case itself,
 * otherwise the profile's. A station can neither read nor search a matched profile's name.
 */
const nameGiven = sql<string>`coalesce(${complaints.stationContact}->>'name', ${customers.name})`

const like = (q: string) => `%${q.replace(/[%_\\]/g, '\\$&')}%`

function where(db: Database, f: ComplaintFilter) {
  return and(
    f.customerId ? eq(complaints.customerId, f.customerId) : undefined,
    f.stationId ? eq(complaints.stationId, f.stationId) : undefined,
    f.status ? eq(complaints.status, f.status) : undefined,
    f.kind ? eq(complaints.kind, f.kind) : undefined,
    f.severity ? eq(complaints.severity, f.severity) : undefined,
    f.overdue
      ? and(
          ne(complaints.status, 'closed'),
          isNotNull(complaints.nextDueAt),
          lte(complaints.nextDueAt, f.now),
        )
      : undefined,
    f.dueBefore ? and(ne(complaints.status, 'closed'), lte(complaints.nextDueAt, f.dueBefore)) : undefined,
    f.cause ? eq(complaints.cause, f.cause) : undefined,
    // A range on opened_at: the newest-first indexes (…, opened_at, id) serve it.
    f.openedSince ? gte(complaints.openedAt, f.openedSince) : undefined,
    f.openedBefore ? lt(complaints.openedAt, f.openedBefore) : undefined,
    f.region
      ? inArray(
          complaints.stationId,
          db.select({ id: organisations.id }).from(organisations).where(eq(organisations.region, f.region)),
        )
      : undefined,
    f.productLineId
      ? inArray(
          complaints.vehicleId,
          db.select({ id: vehicles.id }).from(vehicles).where(eq(vehicles.productLineId, f.productLineId)),
        )
      : undefined,
    f.q
      ? or(
          ilike(complaints.number, like(f.q)),
          ilike(complaints.summary, like(f.q)),
          ilike(complaints.vin, like(f.q)),
          sql`exists (select 1 from ${customers} where ${customers.id} = ${complaints.customerId} and ${ilike(nameGiven, like(f.q))})`,
        )
      : undefined,
  )
}

/**
 * Keyset order: newest is (opened_at desc, id desc); due is (next_due_at asc nulls last, id asc).
 * `after` is the last row shown; the predicate matches the order exactly, so an index on the same
 * columns serves page 2 000 as cheaply as page 1.
 */
function orderOf(f: ComplaintFilter) {
  return f.order === 'due'
    ? [sql`${complaints.nextDueAt} asc nulls last`, asc(complaints.id)]
    : [desc(complaints.openedAt), desc(complaints.id)]
}

function afterCursor(f: ComplaintFilter): SQL | undefined {
  if (!f.after) return undefined
  const c = decodeCursor(f.after)
  if (f.order === 'newest')
    return sql`(${complaints.openedAt}, ${complaints.id}) < (${c.at ?? new Date(0)}, ${c.id})`
  if (c.at === null) return and(isNull(complaints.nextDueAt), sql`${complaints.id} > ${c.id}`)
  return or(
    sql`(${complaints.nextDueAt}, ${complaints.id}) > (${c.at}, ${c.id})`,
    isNull(complaints.nextDueAt),
  )
}

const listColumns = {
  id: complaints.id,
  number: complaints.number,
  channel: complaints.channel,
  kind: complaints.kind,
  severity: complaints.severity,
  cause: complaints.cause,
  status: complaints.status,
  customerId: complaints.customerId,
  stationId: complaints.stationId,
  summary: complaints.summary,
  escalationLevel: complaints.escalationLevel,
  openedAt: complaints.openedAt,
  closedAt: complaints.closedAt,
  nextDueAt: complaints.nextDueAt,
  version: complaints.version,
  customerName: nameGiven,
  stationName: organisations.nameZh,
}

/**
 * One page of complaints, slim rows (no description, story or follow-up), keyset-paged, with a count
 * that stops at COUNT_CAP instead of scanning every match on every page.
 */
export async function listComplaints(db: Database, f: ComplaintFilter): Promise<ComplaintPage> {
  const w = where(db, f)
  const rows = await db
    .select(listColumns)
    .from(complaints)
    .innerJoin(customers, eq(customers.id, complaints.customerId))
    .leftJoin(organisations, eq(organisations.id, complaints.stationId))
    .where(and(w, afterCursor(f)))
    .orderBy(...orderOf(f))
    .limit(f.limit + 1)
    .offset(f.after ? 0 : f.offset)
  const capped = db
    .select({ one: sql`1` })
    .from(complaints)
    .where(w)
    .limit(COUNT_CAP + 1)
    .as('capped')
  const [counted] = f.uncounted ? [] : await db.select({ n: sql<number>`count(*)::int` }).from(capped)
  const n = counted?.n ?? 0
  const items = rows.slice(0, f.limit) as ComplaintListItem[]
  const last = items.at(-1)
  return {
    items,
    total: Math.min(n, COUNT_CAP),
    totalCapped: n > COUNT_CAP,
    nextCursor:
      rows.length > f.limit && last
        ? encodeCursor({ at: f.order === 'due' ? last.nextDueAt : last.openedAt, id: last.id })
        : null,
  }
}
