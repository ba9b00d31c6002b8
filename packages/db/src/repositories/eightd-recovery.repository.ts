import type {
  EightdCostLine,
  EightdRecovery,
  EightdRecoveryRepository,
  SupplierLedgerRepository,
} from '@asq/domain'
import { and, asc, eq } from 'drizzle-orm'
import type { Database } from '../client'
import { eightdRecoveries, supplierLedgerEntries } from '../schema'

const toRecovery = (r: typeof eightdRecoveries.$inferSelect): EightdRecovery => ({
  claimId: r.claimId,
  lines: r.lines as EightdCostLine[],
  costFen: r.costFen,
  handlingFeeFen: r.handlingFeeFen,
  computedFen: r.computedFen,
  amountFen: r.amountFen,
  status: r.status as EightdRecovery['status'],
  disputeReason: r.disputeReason,
  hqNote: r.hqNote,
  decidedAt: r.decidedAt,
  updatedAt: r.updatedAt,
  version: r.version,
})

export const eightdRecoveryRepository = (db: Database): EightdRecoveryRepository => ({
  async get(claimId) {
    const [r] = await db.select().from(eightdRecoveries).where(eq(eightdRecoveries.claimId, claimId))
    return r ? toRecovery(r) : null
  },
  async save(claimId, version, r) {
    if (version === null) {
      const [row] = await db
        .insert(eightdRecoveries)
        .values({ ...r, claimId })
        .onConflictDoNothing()
        .returning()
      return row ? toRecovery(row) : null
    }
    const [row] = await db
      .update(eightdRecoveries)
      .set({ ...r, version: version + 1 })
      .where(and(eq(eightdRecoveries.claimId, claimId), eq(eightdRecoveries.version, version)))
      .returning()
    return row ? toRecovery(row) : null
  },
})

export const supplierLedgerRepository = (db: Database): SupplierLedgerRepository => ({
  async post(e) {
    const [r] = await db.insert(supplierLedgerEntries).values(e).onConflictDoNothing().returning()
    return r ?? null
  },
  async forSupplier(supplierId) {
    return db
      .select()
      .from(supplierLedgerEntries)
      .where(eq(supplierLedgerEntries.supplierId, supplierId))
      .orderBy(asc(supplierLedgerEntries.postedAt))
  },
})
