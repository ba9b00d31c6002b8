import type {
  DealerPartsRequest,
  DealerPartsRequestRepository,
  OldPartRegistration,
  OldPartRepository,
  ReturnDeadlineRepository,
  StationStockRepository,
} from '@asq/domain'
import { chinaMonthBounds } from '@asq/domain'
import { and, asc, count, eq, gte, isNotNull, lt, sql } from 'drizzle-orm'
import type { Database } from '../client'
import {
  feeOldParts,
  feeParts,
  feePartsRequests,
  feeReturnDeadlines,
  feeStationStock,
  organisations,
} from '../schema'
import { feeNumber } from './fee-quote.repository'
import { afterKey, keyOrder, offsetFor, type SortKey } from './keyset'

/** The old-part register: nearest return deadline first (registration numbers are unique). */
const OLD_PART_KEY: SortKey = [
  [feeOldParts.returnDeadline, 'asc'],
  [feeOldParts.registrationNumber, 'asc'],
]
/** Parts requests: newest first. */
const REQUEST_KEY: SortKey = [
  [feePartsRequests.createdAt, 'desc'],
  [feePartsRequests.id, 'desc'],
]

type OldPartRow = typeof feeOldParts.$inferSelect
const toOldPart = ({ clientRequestId: _, ...r }: OldPartRow): OldPartRegistration => ({
  ...r,
  status: r.status as OldPartRegistration['status'],
})

export const oldPartRepository = (db: Database): OldPartRepository => ({
  async register(r) {
    const existing = async () => {
      const [row] = await db
        .select()
        .from(feeOldParts)
        .where(and(eq(feeOldParts.dealerId, r.dealerId), eq(feeOldParts.clientRequestId, r.clientRequestId)))
      return row ? toOldPart(row) : null
    }
    const before = await existing()
    if (before) return { registration: before, created: false }
    const [row] = await db
      .insert(feeOldParts)
      .values({ ...r, registrationNumber: feeNumber('JJ', r.createdAt), status: 'registered' })
      .onConflictDoNothing({ target: [feeOldParts.dealerId, feeOldParts.clientRequestId] })
      .returning()
    if (row) return { registration: toOldPart(row), created: true }
    return { registration: (await existing())!, created: false }
  },
  async byId(id) {
    const [r] = await db.select().from(feeOldParts).where(eq(feeOldParts.id, id))
    return r ? toOldPart(r) : null
  },
  async list(f) {
    const where = and(
      f.dealerId ? eq(feeOldParts.dealerId, f.dealerId) : undefined,
      f.status ? eq(feeOldParts.status, f.status) : undefined,
      f.overdueAsOf
        ? and(eq(feeOldParts.status, 'registered'), lt(feeOldParts.returnDeadline, f.overdueAsOf))
        : undefined,
    )
    const rows = await db
      .select({ p: feeOldParts, dealerName: organisations.nameZh })
      .from(feeOldParts)
      .innerJoin(organisations, eq(organisations.id, feeOldParts.dealerId))
      .where(and(where, afterKey(OLD_PART_KEY, f.after)))
      .orderBy(...keyOrder(OLD_PART_KEY))
      .limit(f.limit)
      .offset(offsetFor(f))
    const [total] = f.uncounted ? [] : await db.select({ n: count() }).from(feeOldParts).where(where)
    return { items: rows.map((r) => ({ ...toOldPart(r.p), dealerName: r.dealerName })), total: total?.n ?? 0 }
  },
  async unreported(f) {
    const rows = await db
      .select()
      .from(feeOldParts)
      .where(
        and(
          eq(feeOldParts.status, 'registered'),
          f.dealerId ? eq(feeOldParts.dealerId, f.dealerId) : undefined,
        ),
      )
      .orderBy(asc(feeOldParts.returnDeadline))
    return rows.map(toOldPart)
  },
  async update(id, version, patch) {
    const [r] = await db
      .update(feeOldParts)
      .set({ ...patch, version: version + 1 })
      .where(and(eq(feeOldParts.id, id), eq(feeOldParts.version, version)))
      .returning()
    return r ? toOldPart(r) : null
  },
})

export const returnDeadlineRepository = (db: Database): ReturnDeadlineRepository => ({
  async list() {
    const rows = await db
      .select()
      .from(feeReturnDeadlines)
      .orderBy(asc(feeReturnDeadlines.scope), asc(feeReturnDeadlines.key))
    return rows.map((r) => ({ scope: r.scope as 'part' | 'line' | 'default', key: r.key, days: r.days }))
  },
  async set(s) {
    await db
      .insert(feeReturnDeadlines)
      .values(s)
      .onConflictDoUpdate({
        target: [feeReturnDeadlines.scope, feeReturnDeadlines.key],
        set: { days: s.days },
      })
  },
  async remove(scope, key) {
    const rows = await db
      .delete(feeReturnDeadlines)
      .where(and(eq(feeReturnDeadlines.scope, scope), eq(feeReturnDeadlines.key, key)))
      .returning({ k: feeReturnDeadlines.key })
    return rows.length === 1
  },
})

type RequestRow = typeof feePartsRequests.$inferSelect
const toRequest = ({ clientRequestId: _, ...r }: RequestRow): DealerPartsRequest => ({
  ...r,
  lines: r.lines as DealerPartsRequest['lines'],
  status: r.status as DealerPartsRequest['status'],
})

export const dealerPartsRequestRepository = (db: Database): DealerPartsRequestRepository => ({
  async create(r) {
    const existing = async () => {
      const [row] = await db
        .select()
        .from(feePartsRequests)
        .where(
          and(
            eq(feePartsRequests.dealerId, r.dealerId),
            eq(feePartsRequests.clientRequestId, r.clientRequestId),
          ),
        )
      return row ? toRequest(row) : null
    }
    const before = await existing()
    if (before) return { request: before, created: false }
    const [row] = await db
      .insert(feePartsRequests)
      .values({ ...r, number: feeNumber('PR', r.createdAt), status: 'requested' })
      .onConflictDoNothing({ target: [feePartsRequests.dealerId, feePartsRequests.clientRequestId] })
      .returning()
    if (row) return { request: toRequest(row), created: true }
    return { request: (await existing())!, created: false }
  },
  async byId(id) {
    const [r] = await db.select().from(feePartsRequests).where(eq(feePartsRequests.id, id))
    return r ? toRequest(r) : null
  },
  async list(f) {
    const where = and(
      f.dealerId ? eq(feePartsRequests.dealerId, f.dealerId) : undefined,
      f.status ? eq(feePartsRequests.status, f.status) : undefined,
    )
    const rows = await db
      .select({ r: feePartsRequests, dealerName: organisations.nameZh })
      .from(feePartsRequests)
      .innerJoin(organisations, eq(organisations.id, feePartsRequests.dealerId))
      .where(and(where, afterKey(REQUEST_KEY, f.after)))
      .orderBy(...keyOrder(REQUEST_KEY))
      .limit(f.limit)
      .offset(offsetFor(f))
    const [total] = f.uncounted ? [] : await db.select({ n: count() }).from(feePartsRequests).where(where)
    return { items: rows.map((r) => ({ ...toRequest(r.r), dealerName: r.dealerName })), total: total?.n ?? 0 }
  },
  async update(id, version, patch) {
    const [r] = await db
      .update(feePartsRequests)
      .set({ ...patch, version: version + 1 })
      .where(and(eq(feePartsRequests.id, id), eq(feePartsRequests.version, version)))
      .returning()
    return r ? toRequest(r) : null
  },
  async confirmedDebits(dealerId, period) {
    const { from, to } = chinaMonthBounds(period)
    const rows = await db
      .select()
      .from(feePartsRequests)
      .where(
        and(
          dealerId ? eq(feePartsRequests.dealerId, dealerId) : undefined,
          isNotNull(feePartsRequests.confirmedAt),
          isNotNull(feePartsRequests.costTotalFen),
          gte(feePartsRequests.confirmedAt, from),
          lt(feePartsRequests.confirmedAt, to),
        ),
      )
      .orderBy(asc(feePartsRequests.confirmedAt))
    return rows.map((r) => ({
      requestId: r.id,
      number: r.number,
      dealerId: r.dealerId,
      amountFen: r.costTotalFen!,
      confirmedAt: r.confirmedAt!,
    }))
  },
})

export const stationStockRepository = (db: Database): StationStockRepository => ({
  async forDealer(dealerId) {
    const rows = await db
      .select({
        partCode: feeStationStock.partCode,
        nameZh: feeParts.nameZh,
        nameEn: feeParts.nameEn,
        quantity: feeStationStock.quantity,
        updatedAt: feeStationStock.updatedAt,
      })
      .from(feeStationStock)
      .innerJoin(feeParts, eq(feeParts.code, feeStationStock.partCode))
      .where(eq(feeStationStock.dealerId, dealerId))
      .orderBy(asc(feeStationStock.partCode))
    return rows
  },
  async add(dealerId, lines, at) {
    for (const l of lines) {
      await db
        .insert(feeStationStock)
        .values({ dealerId, partCode: l.partCode, quantity: l.quantity, updatedAt: at })
        .onConflictDoUpdate({
          target: [feeStationStock.dealerId, feeStationStock.partCode],
          set: { quantity: sql`${feeStationStock.quantity} + ${l.quantity}`, updatedAt: at },
        })
    }
  },
})
