import { randomBytes } from 'node:crypto'
import type {
  FeeExtra,
  FeeQuote,
  FeeQuoteRepository,
  FeeStandard,
  FeeStandardRepository,
  PricedRepair,
  RepairInput,
} from '@asq/domain'
import { chinaCompactDate } from '@asq/domain'
import { and, asc, count, desc, eq, max } from 'drizzle-orm'
import type { Database } from '../client'
import { feeQuotes, feeStandards, organisations } from '../schema'

/**
 * A quote or old-part registration number, e.g. Q20261124-3F9A2C0B1D: prefix, the China day it was made
 * (a quote made at 07:00 Beijing time carries that day, not UTC's yesterday), and 40 random bits. The numbers are unique in
 * the database; 40 bits keep a clash (which would refuse the write) negligible even at thousands a day.
 */
export const feeNumber = (prefix: string, at: Date) =>
  `${prefix}${chinaCompactDate(at)}-${randomBytes(5).toString('hex').toUpperCase()}`

type StandardRow = typeof feeStandards.$inferSelect
const toStandard = (r: StandardRow): FeeStandard => ({
  id: r.id,
  dealerId: r.dealerId,
  seq: r.seq,
  labourRateFen: r.labourRateFen,
  calloutFeeFen: r.calloutFeeFen,
  extras: r.extras as FeeExtra[],
  effectiveFrom: r.effectiveFrom,
  status: r.status as FeeStandard['status'],
  note: r.note,
  proposedBy: r.proposedBy,
  proposedAt: r.proposedAt,
  decidedBy: r.decidedBy,
  decidedAt: r.decidedAt,
  decisionNote: r.decisionNote,
  version: r.version,
})

export const feeStandardRepository = (db: Database): FeeStandardRepository => ({
  async propose(s) {
    const existing = async () => {
      const [r] = await db
        .select()
        .from(feeStandards)
        .where(
          and(eq(feeStandards.dealerId, s.dealerId), eq(feeStandards.clientRequestId, s.clientRequestId)),
        )
      return r ? toStandard(r) : null
    }
    const before = await existing()
    if (before) return { standard: before, created: false }
    const [last] = await db
      .select({ seq: max(feeStandards.seq) })
      .from(feeStandards)
      .where(eq(feeStandards.dealerId, s.dealerId))
    const [r] = await db
      .insert(feeStandards)
      .values({ ...s, seq: (last?.seq ?? 0) + 1, status: 'proposed' })
      .onConflictDoNothing({ target: [feeStandards.dealerId, feeStandards.clientRequestId] })
      .returning()
    if (r) return { standard: toStandard(r), created: true }
    return { standard: (await existing())!, created: false }
  },
  async byId(id) {
    const [r] = await db.select().from(feeStandards).where(eq(feeStandards.id, id))
    return r ? toStandard(r) : null
  },
  async forDealer(dealerId) {
    const rows = await db
      .select()
      .from(feeStandards)
      .where(eq(feeStandards.dealerId, dealerId))
      .orderBy(asc(feeStandards.seq))
    return rows.map(toStandard)
  },
  async list(f) {
    const where = and(
      f.status ? eq(feeStandards.status, f.status) : undefined,
      f.dealerId ? eq(feeStandards.dealerId, f.dealerId) : undefined,
    )
    const rows = await db
      .select({ s: feeStandards, dealerName: organisations.nameZh, dealerCode: organisations.code })
      .from(feeStandards)
      .innerJoin(organisations, eq(organisations.id, feeStandards.dealerId))
      .where(where)
      .orderBy(desc(feeStandards.proposedAt))
      .limit(f.limit)
      .offset(f.offset)
    const [total] = await db.select({ n: count() }).from(feeStandards).where(where)
    return {
      items: rows.map((r) => ({ ...toStandard(r.s), dealerName: r.dealerName, dealerCode: r.dealerCode })),
      total: total?.n ?? 0,
    }
  },
  async decide(id, version, patch) {
    const [r] = await db
      .update(feeStandards)
      .set({ ...patch, version: version + 1 })
      .where(and(eq(feeStandards.id, id), eq(feeStandards.version, version)))
      .returning()
    return r ? toStandard(r) : null
  },
})

type QuoteRow = typeof feeQuotes.$inferSelect
const toQuote = (r: QuoteRow): FeeQuote => ({
  id: r.id,
  number: r.number,
  dealerId: r.dealerId,
  customerId: r.customerId,
  vin: r.vin,
  repair: r.repair as RepairInput,
  priced: r.priced as PricedRepair,
  status: r.status as FeeQuote['status'],
  customerChargeFen: r.customerChargeFen,
  dealerReimbursementFen: r.dealerReimbursementFen,
  unapprovedStandard: r.unapprovedStandard,
  createdBy: r.createdBy,
  createdAt: r.createdAt,
  finalisedAt: r.finalisedAt,
  version: r.version,
})

export const feeQuoteRepository = (db: Database): FeeQuoteRepository => ({
  async create(q) {
    const existing = async () => {
      const [r] = await db
        .select()
        .from(feeQuotes)
        .where(and(eq(feeQuotes.dealerId, q.dealerId), eq(feeQuotes.clientRequestId, q.clientRequestId)))
      return r ? toQuote(r) : null
    }
    const before = await existing()
    if (before) return { quote: before, created: false }
    const [r] = await db
      .insert(feeQuotes)
      .values({ ...q, number: feeNumber('Q', q.createdAt) })
      .onConflictDoNothing({ target: [feeQuotes.dealerId, feeQuotes.clientRequestId] })
      .returning()
    if (r) return { quote: toQuote(r), created: true }
    return { quote: (await existing())!, created: false }
  },
  async byId(id) {
    const [r] = await db.select().from(feeQuotes).where(eq(feeQuotes.id, id))
    return r ? toQuote(r) : null
  },
  async list(f) {
    const where = and(
      f.dealerId ? eq(feeQuotes.dealerId, f.dealerId) : undefined,
      f.customerId ? eq(feeQuotes.customerId, f.customerId) : undefined,
      f.status ? eq(feeQuotes.status, f.status) : undefined,
    )
    const rows = await db
      .select()
      .from(feeQuotes)
      .where(where)
      .orderBy(desc(feeQuotes.createdAt))
      .limit(f.limit)
      .offset(f.offset)
    const [total] = await db.select({ n: count() }).from(feeQuotes).where(where)
    return { items: rows.map(toQuote), total: total?.n ?? 0 }
  },
  async open(dealerId) {
    const rows = await db
      .select()
      .from(feeQuotes)
      .where(and(eq(feeQuotes.dealerId, dealerId), eq(feeQuotes.status, 'open')))
      .orderBy(asc(feeQuotes.createdAt))
    return rows.map(toQuote)
  },
  async finalise(id, version, priced, at) {
    const [r] = await db
      .update(feeQuotes)
      .set({
        status: 'final',
        priced,
        customerChargeFen: priced.totals.customerChargeFen,
        dealerReimbursementFen: priced.totals.dealerReimbursementFen,
        unapprovedStandard: priced.unapprovedStandard,
        finalisedAt: at,
        version: version + 1,
      })
      .where(and(eq(feeQuotes.id, id), eq(feeQuotes.version, version), eq(feeQuotes.status, 'open')))
      .returning()
    return r ? toQuote(r) : null
  },
})
