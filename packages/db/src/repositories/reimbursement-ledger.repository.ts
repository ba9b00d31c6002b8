import type {
  DealerLedgerEntry,
  DealerLedgerRepository,
  SettlementRepository,
  SettlementRun,
} from '@asq/domain'
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm'
import type { Database } from '../client'
import { dealerLedgerEntries, organisations, settlementPeriods, settlementRuns } from '../schema'
import { afterKey, keyOrder, offsetFor, type SortKey } from './keyset'
import { settleBatch } from './settlement-batch.query'

type RunRow = typeof settlementRuns.$inferSelect
type EntryRow = typeof dealerLedgerEntries.$inferSelect

/** Statements: newest month first, then dealer code (one run per dealer and month). */
const RUN_KEY: SortKey = [
  [settlementRuns.period, 'desc'],
  [organisations.code, 'asc'],
]
/** A dealer's ledger: newest posting first. */
const ENTRY_KEY: SortKey = [
  [dealerLedgerEntries.postedAt, 'desc'],
  [dealerLedgerEntries.id, 'desc'],
]

const toRun = (r: RunRow, org: { code: string; nameZh: string }): SettlementRun => ({
  id: r.id,
  period: r.period,
  dealerId: r.dealerId,
  dealerCode: org.code,
  dealerName: org.nameZh,
  statementNo: r.statementNo,
  linesFen: r.linesFen,
  deductionsFen: r.deductionsFen,
  netFen: r.netFen,
  openingBalanceFen: r.openingBalanceFen,
  closingBalanceFen: r.closingBalanceFen,
  lineCount: r.lineCount,
  entryCount: r.entryCount,
  trigger: r.trigger as SettlementRun['trigger'],
  runBy: r.runBy,
  settledAt: r.settledAt,
})

const toEntry = (r: EntryRow): DealerLedgerEntry => ({
  id: r.id,
  key: `${r.causeType}:${r.causeId}`,
  causeType: r.causeType as DealerLedgerEntry['causeType'],
  causeId: r.causeId,
  dealerId: r.dealerId,
  debitAccount: r.debitAccount,
  creditAccount: r.creditAccount,
  amountFen: r.amountFen,
  memo: r.memo,
  settlementId: r.settlementId,
  postedAt: r.postedAt,
  postedBy: r.postedBy,
})

const runColumns = { run: settlementRuns, code: organisations.code, nameZh: organisations.nameZh }

export const settlementRepository = (db: Database): SettlementRepository => ({
  settleBatch: (b) => settleBatch(db, b),
  async insert(run) {
    // The unique (period, dealer) is the claim on the work: a second run waits for the first one's
    // transaction, then finds the row and gets nothing; a crashed run's row vanished with its rollback.
    const [r] = await db.insert(settlementRuns).values(run).onConflictDoNothing().returning()
    if (!r) return null
    const [org] = await db
      .select({ code: organisations.code, nameZh: organisations.nameZh })
      .from(organisations)
      .where(eq(organisations.id, r.dealerId))
    return toRun(r, org!)
  },
  async byId(id) {
    const [r] = await db
      .select(runColumns)
      .from(settlementRuns)
      .innerJoin(organisations, eq(organisations.id, settlementRuns.dealerId))
      .where(eq(settlementRuns.id, id))
    return r ? toRun(r.run, r) : null
  },
  async forDealerPeriod(dealerId, period) {
    const [r] = await db
      .select(runColumns)
      .from(settlementRuns)
      .innerJoin(organisations, eq(organisations.id, settlementRuns.dealerId))
      .where(and(eq(settlementRuns.dealerId, dealerId), eq(settlementRuns.period, period)))
    return r ? toRun(r.run, r) : null
  },
  async list({ dealerId, period, limit, offset, after, uncounted }) {
    const where = and(
      dealerId ? eq(settlementRuns.dealerId, dealerId) : undefined,
      period ? eq(settlementRuns.period, period) : undefined,
    )
    const rows = await db
      .select(runColumns)
      .from(settlementRuns)
      .innerJoin(organisations, eq(organisations.id, settlementRuns.dealerId))
      .where(and(where, afterKey(RUN_KEY, after)))
      .orderBy(...keyOrder(RUN_KEY))
      .limit(limit)
      .offset(offsetFor({ after, offset }))
    const [{ total }] = uncounted
      ? [{ total: 0 }]
      : ((await db.select({ total: count() }).from(settlementRuns).where(where)) as [{ total: number }])
    return { items: rows.map((r) => toRun(r.run, r)), total }
  },
  async periodDone(period) {
    const [r] = await db.select().from(settlementPeriods).where(eq(settlementPeriods.period, period))
    return !!r
  },
  async markPeriodDone(period, at) {
    await db.insert(settlementPeriods).values({ period, completedAt: at }).onConflictDoNothing()
  },
})

export const dealerLedgerRepository = (db: Database): DealerLedgerRepository => ({
  async post(entries, meta) {
    if (entries.length === 0) return []
    const out: EntryRow[] = []
    for (let i = 0; i < entries.length; i += 500) {
      // No ON CONFLICT here on purpose: a cause posted before fails the insert and the transaction.
      out.push(
        ...(await db
          .insert(dealerLedgerEntries)
          .values(
            entries.slice(i, i + 500).map((e) => ({
              causeType: e.causeType,
              causeId: e.causeId,
              dealerId: e.dealerId,
              debitAccount: e.debitAccount,
              creditAccount: e.creditAccount,
              amountFen: e.amountFen,
              memo: e.memo,
              settlementId: meta.settlementId,
              postedAt: meta.at,
              postedBy: meta.by,
            })),
          )
          .returning()),
      )
    }
    return out.map(toEntry)
  },
  async postedKeys(keys) {
    if (keys.length === 0) return new Set()
    const rows = await db
      .select({ t: dealerLedgerEntries.causeType, id: dealerLedgerEntries.causeId })
      .from(dealerLedgerEntries)
      .where(inArray(sql`${dealerLedgerEntries.causeType} || ':' || ${dealerLedgerEntries.causeId}`, keys))
    return new Set(rows.map((r) => `${r.t}:${r.id}`))
  },
  async balance(dealerId) {
    const account = `dealer:${dealerId}`
    const [r] = await db
      .select({
        balance:
          sql<number>`coalesce(sum(case when ${dealerLedgerEntries.creditAccount} = ${account} then ${dealerLedgerEntries.amountFen} else 0 end) - sum(case when ${dealerLedgerEntries.debitAccount} = ${account} then ${dealerLedgerEntries.amountFen} else 0 end), 0)`.mapWith(
            Number,
          ),
      })
      .from(dealerLedgerEntries)
      .where(eq(dealerLedgerEntries.dealerId, dealerId))
    return r?.balance ?? 0
  },
  async list(dealerId, limit, offset, window = {}) {
    const where = eq(dealerLedgerEntries.dealerId, dealerId)
    const rows = await db
      .select()
      .from(dealerLedgerEntries)
      .where(and(where, afterKey(ENTRY_KEY, window.after)))
      .orderBy(...keyOrder(ENTRY_KEY))
      .limit(limit)
      .offset(offsetFor({ after: window.after, offset }))
    const [{ total }] = window.uncounted
      ? [{ total: 0 }]
      : ((await db.select({ total: count() }).from(dealerLedgerEntries).where(where)) as [{ total: number }])
    return { items: rows.map(toEntry), total }
  },
  async ofSettlement(settlementId) {
    const rows = await db
      .select()
      .from(dealerLedgerEntries)
      .where(eq(dealerLedgerEntries.settlementId, settlementId))
      .orderBy(asc(dealerLedgerEntries.causeType), asc(dealerLedgerEntries.memo))
    return rows.map(toEntry)
  },
})
