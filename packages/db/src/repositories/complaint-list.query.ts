import type { ComplaintFilter, ComplaintListItem, ComplaintPage } from '@asq/domain'
import { COUNT_CAP, decodeCursor, encodeCursor, normalisePlate } from '@asq/domain'
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
import { complaints, customers, organisations, users, vehicles } from '../schema'

/**
 * The customer's name as this case knows it: what a station typed when it took the case itself,
 * otherwise the profile's. A station can neither read nor search a matched profile's name.
 */
const nameGiven = sql<string>`coalesce(${complaints.stationContact}->>'name', ${customers.name})`

const like = (q: string) => `%${q.replace(/[%_\\]/g, '\\$&')}%`

/**
 * The desk's search (issue 17): a case whose number, summary, VIN, plate, customer name or phone contains
 * the fragment (a plate as typed, with or without its middle dot), case-insensitively. The customer's name and phone are the ones this case knows: what a
 * station typed at intake when it did, else the profile's (a station never searches a profile's).
 *
 * On PostgreSQL every `ILIKE '%…%'` here is served by a pg_trgm GIN index (complaints.number, summary,
 * vin, station_contact name/contact; customers.name, phone; vehicles.plate), so a fragment anywhere in
 * the text needs no word segmentation — Chinese included (the database's C.UTF-8 ctype makes CJK
 * characters word characters for pg_trgm). PGlite loads the same extension and indexes.
 *
 * This is the predicate of the newest-first walk, used when the fragment is common (more than
 * ID_SET_MAX cases) or holds no trigram (1–2 characters): the walk stops at the page, so the plate and
 * the profile are looked up per case walked (a correlated scalar sub-query, by primary key). As
 * `IN (sub-query)` PostgreSQL hashed every matching customer before the first row — 550 ms for "配件"
 * (a sequential scan of a million customers), 100 ms for a name fragment 110 000 customers share — where
 * the page now takes a few milliseconds (bench/RESULTS.md). A rare fragment of 1–2 characters walks
 * every case either way (seconds at 1 000 000), measured apart in bench/ ("two characters").
 */
function deskSearch(q: string) {
  const p = like(q)
  const plate = like(normalisePlate(q))
  return or(
    matchOnCase(q),
    sql`(select ${vehicles.plate} ilike ${plate} from ${vehicles} where ${vehicles.id} = ${complaints.vehicleId})`,
    and(
      sql`${complaints.stationContact} is null`,
      sql`(select ${customers.name} ilike ${p} or ${customers.phone} ilike ${p} from ${customers} where ${customers.id} = ${complaints.customerId})`,
    ),
  )
}

/** The fragment in the case's own columns: each ILIKE has its trigram index, so they form a bitmap OR. */
function matchOnCase(q: string) {
  const p = like(q)
  // The keys are literal SQL, not parameters, so the expressions match the indexes' expressions.
  const typed = (key: 'name' | 'contact') => sql`(${complaints.stationContact}->>${sql.raw(`'${key}'`)})`
  return or(
    ilike(complaints.number, p),
    ilike(complaints.summary, p),
    ilike(complaints.vin, p),
    ilike(typed('name'), p),
    ilike(typed('contact'), p),
  )
}

/** The fragment in the vehicle's plate or the customer's profile, gathered through those tables' indexes. */
function matchThroughOthers(db: Database, q: string): [SQL, SQL | undefined] {
  const p = like(q)
  return [
    // The plate lives on the vehicle: the few vehicles whose plate matches (trigram index), then their
    // cases by complaints_vehicle_idx.
    inArray(
      complaints.vehicleId,
      db
        .select({ id: vehicles.id })
        .from(vehicles)
        .where(ilike(vehicles.plate, like(normalisePlate(q)))),
    ),
    and(
      sql`${complaints.stationContact} is null`,
      inArray(
        complaints.customerId,
        db
          .select({ id: customers.id })
          .from(customers)
          .where(or(ilike(customers.name, p), ilike(customers.phone, p))),
      ),
    ),
  ]
}

/** Up to this many matches, the matching ids sorted beat a walk of the newest-first index. */
const ID_SET_MAX = 1000

/**
 * The search as the list runs it. `deskSearch` in one `OR` cannot use the trigram indexes together (its
 * sub-queries make it a filter), so PostgreSQL walks the newest-first index: quick when the fragment is
 * common, a walk of every case when it is rare (5 s at 1 000 000 cases). So first gather the matching
 * ids branch by branch, each on its indexes, stopping past ID_SET_MAX: a rare fragment then lists those
 * ids, a common one keeps the walk, which finds a page of matches at once. A fragment of 1–2 characters
 * holds no trigram, so no branch could use an index: it keeps the walk too.
 */
async function searchPredicate(db: Database, q: string): Promise<{ where: SQL | undefined; many: boolean }> {
  if ([...q.trim()].length < 3) return { where: deskSearch(q), many: false }
  const branch = (w: SQL | undefined) => db.select({ id: complaints.id }).from(complaints).where(w)
  const [byPlate, byProfile] = matchThroughOthers(db, q)
  const found = await branch(matchOnCase(q))
    .unionAll(branch(byPlate))
    .unionAll(branch(byProfile))
    .limit(ID_SET_MAX + 1)
  if (found.length > ID_SET_MAX) return { where: deskSearch(q), many: true }
  const ids = [...new Set(found.map((r) => r.id))]
  return { where: ids.length ? inArray(complaints.id, ids) : sql`false`, many: false }
}

/**
 * Every filter that narrows the list besides the search text. A Record over the filter's keys, so a
 * filter added to ComplaintFilter does not compile until it is listed here or among the window keys.
 */
const NARROWING: Record<
  Exclude<keyof ComplaintFilter, 'q' | 'now' | 'limit' | 'offset' | 'after' | 'order' | 'uncounted'>,
  true
> = {
  customerId: true,
  stationId: true,
  status: true,
  kind: true,
  severity: true,
  overdue: true,
  dueBefore: true,
  cause: true,
  region: true,
  productLineId: true,
  openedSince: true,
  openedBefore: true,
  ownerIds: true,
  unassigned: true,
}

/** True when nothing but the search text narrows the list (callers may pass other keys along). */
const onlySearch = (f: ComplaintFilter) =>
  Object.keys(NARROWING).every((k) => {
    const v = f[k as keyof typeof NARROWING]
    return v === undefined || v === null || v === false
  })

function where(db: Database, f: ComplaintFilter, search: SQL | undefined) {
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
    search,
    // "My cases" / "unassigned" (issue 17): served by (owner_id, opened_at, id) on the desk and by
    // (station_id, owner_id, next_due_at, id) in a station's queue.
    f.ownerIds ? inArray(complaints.ownerId, [...f.ownerIds]) : undefined,
    f.unassigned ? isNull(complaints.ownerId) : undefined,
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
  ownerId: complaints.ownerId,
  ownerName: users.displayName,
}

/**
 * One page of complaints, slim rows (no description, story or follow-up), keyset-paged, with a count
 * that stops at COUNT_CAP instead of scanning every match on every page.
 */
export async function listComplaints(db: Database, f: ComplaintFilter): Promise<ComplaintPage> {
  const search = f.q ? await searchPredicate(db, f.q) : undefined
  const w = where(db, f, search?.where)
  // A common fragment already showed more than ID_SET_MAX matches while gathering: counting them again
  // would walk every case the fragment is not in (seconds at 1 000 000), so the total reads "1 000+".
  const knownMany = search?.many === true && onlySearch(f)
  // A search counts to ID_SET_MAX ("1 000+", like the gathering): its walk checks the plate and the
  // profile case by case, so counting to COUNT_CAP would walk ten times as far for the same answer.
  const cap = f.q ? ID_SET_MAX : COUNT_CAP
  const rows = await db
    .select(listColumns)
    .from(complaints)
    .innerJoin(customers, eq(customers.id, complaints.customerId))
    .leftJoin(organisations, eq(organisations.id, complaints.stationId))
    .leftJoin(users, eq(users.id, complaints.ownerId))
    .where(and(w, afterCursor(f)))
    .orderBy(...orderOf(f))
    .limit(f.limit + 1)
    .offset(f.after ? 0 : f.offset)
  const capped = db
    .select({ one: sql`1` })
    .from(complaints)
    .where(w)
    .limit(cap + 1)
    .as('capped')
  const [counted] =
    f.uncounted || knownMany ? [] : await db.select({ n: sql<number>`count(*)::int` }).from(capped)
  const n = counted?.n ?? 0
  const items = rows.slice(0, f.limit) as ComplaintListItem[]
  const last = items.at(-1)
  return {
    items,
    total: knownMany ? ID_SET_MAX : Math.min(n, cap),
    totalCapped: knownMany || n > cap,
    nextCursor:
      rows.length > f.limit && last
        ? encodeCursor({ at: f.order === 'due' ? last.nextDueAt : last.openedAt, id: last.id })
        : null,
  }
}
