import type {
  CardStandard,
  CatalogueItem,
  FeeRepositories,
  PartCatalogueRepository,
  WarrantyTerms,
  WarrantyTermsRepository,
} from '@asq/domain'
import { versionInForce } from '@asq/domain'
import { and, asc, count, desc, eq, gt, ilike, inArray, max, or, sql } from 'drizzle-orm'
import type { Database } from '../client'
import { feePartPrices, feeParts, feeWarrantyTerms, productLines, vehicles } from '../schema'
import { feeQuoteRepository, feeStandardRepository } from './fee-quote.repository'
import {
  dealerPartsRequestRepository,
  oldPartRepository,
  returnDeadlineRepository,
  stationStockRepository,
} from './fee-register.repository'

type PartRow = typeof feeParts.$inferSelect
const toPart = (r: PartRow) => ({
  code: r.code,
  productLineCode: r.productLineCode,
  nameZh: r.nameZh,
  nameEn: r.nameEn,
  returnRequired: r.returnRequired,
  active: r.active,
})

/** Rows per multi-row statement in imports: well under PostgreSQL's 65 535 bind parameters. */
const BATCH = 1000

const partCatalogueRepository = (db: Database): PartCatalogueRepository => ({
  async list(f) {
    const q = f.q ? `%${f.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%` : null
    const where = and(
      f.productLineCode ? eq(feeParts.productLineCode, f.productLineCode) : undefined,
      f.includeInactive ? undefined : eq(feeParts.active, true),
      q ? or(ilike(feeParts.code, q), ilike(feeParts.nameZh, q), ilike(feeParts.nameEn, q)) : undefined,
    )
    const rows = await db
      .select()
      .from(feeParts)
      .where(and(where, f.afterCode !== undefined ? gt(feeParts.code, f.afterCode) : undefined))
      .orderBy(asc(feeParts.code))
      .limit(f.limit)
      .offset(f.afterCode !== undefined ? 0 : f.offset)
    const [total] =
      f.afterCode !== undefined ? [] : await db.select({ n: count() }).from(feeParts).where(where)
    const prices = rows.length
      ? await db
          .select()
          .from(feePartPrices)
          .where(
            inArray(
              feePartPrices.partCode,
              rows.map((r) => r.code),
            ),
          )
      : []
    const items: CatalogueItem[] = rows.map((r) => {
      const v = versionInForce(
        prices.filter((p) => p.partCode === r.code),
        f.asOf,
      )
      return {
        ...toPart(r),
        costFen: v?.costFen ?? null,
        listFen: v?.listFen ?? null,
        priceEffectiveFrom: v?.effectiveFrom ?? null,
      }
    })
    return { items, total: total?.n ?? 0 }
  },
  async parts(codes) {
    if (codes && !codes.length) return []
    const rows = await db
      .select()
      .from(feeParts)
      .where(codes ? inArray(feeParts.code, [...codes]) : undefined)
      .orderBy(asc(feeParts.code))
    return rows.map(toPart)
  },
  async prices(codes) {
    if (codes && !codes.length) return []
    const rows = await db
      .select()
      .from(feePartPrices)
      .where(codes ? inArray(feePartPrices.partCode, [...codes]) : undefined)
      .orderBy(asc(feePartPrices.partCode), asc(feePartPrices.effectiveFrom))
    return rows.map((r) => ({
      partCode: r.partCode,
      effectiveFrom: r.effectiveFrom,
      costFen: r.costFen,
      listFen: r.listFen,
    }))
  },
  async productLineCodes() {
    return (await db.select({ code: productLines.code }).from(productLines)).map((r) => r.code)
  },
  async productLines() {
    return db
      .select({ code: productLines.code, nameZh: productLines.nameZh, nameEn: productLines.nameEn })
      .from(productLines)
      .orderBy(asc(productLines.code))
  },
  async upsert(part, price, at) {
    await db
      .insert(feeParts)
      .values({ ...part, createdAt: at, updatedAt: at })
      .onConflictDoUpdate({
        target: feeParts.code,
        set: {
          productLineCode: part.productLineCode,
          nameZh: part.nameZh,
          nameEn: part.nameEn,
          returnRequired: part.returnRequired,
          active: part.active,
          updatedAt: at,
        },
      })
    await db
      .insert(feePartPrices)
      .values({ ...price, createdAt: at })
      .onConflictDoUpdate({
        target: [feePartPrices.partCode, feePartPrices.effectiveFrom],
        set: { costFen: price.costFen, listFen: price.listFen, createdAt: at },
      })
  },
  async importRows(rows, at) {
    for (let i = 0; i < rows.length; i += BATCH) {
      const chunk = rows.slice(i, i + BATCH)
      await db
        .insert(feeParts)
        .values(
          chunk.map((r) => ({
            code: r.code,
            productLineCode: r.productLineCode,
            nameZh: r.nameZh,
            nameEn: r.nameEn,
            returnRequired: r.returnRequired,
            active: true,
            createdAt: at,
            updatedAt: at,
          })),
        )
        .onConflictDoUpdate({
          target: feeParts.code,
          set: {
            productLineCode: sql`excluded.product_line_code`,
            nameZh: sql`excluded.name_zh`,
            nameEn: sql`excluded.name_en`,
            returnRequired: sql`excluded.return_required`,
            active: true,
            updatedAt: at,
          },
        })
      const priced = chunk.filter((r) => r.writePrice)
      if (!priced.length) continue
      await db
        .insert(feePartPrices)
        .values(
          priced.map((r) => ({
            partCode: r.code,
            effectiveFrom: r.effectiveFrom,
            costFen: r.costFen,
            listFen: r.listFen,
            createdAt: at,
          })),
        )
        .onConflictDoUpdate({
          target: [feePartPrices.partCode, feePartPrices.effectiveFrom],
          set: { costFen: sql`excluded.cost_fen`, listFen: sql`excluded.list_fen`, createdAt: at },
        })
    }
    return rows.length
  },
})

type TermsRow = typeof feeWarrantyTerms.$inferSelect
const toTerms = (r: TermsRow): WarrantyTerms => ({
  id: r.id,
  productLineCode: r.productLineCode,
  partCode: r.partCode === '' ? null : r.partCode,
  version: r.version,
  effectiveFrom: r.effectiveFrom,
  months: r.months,
  usageLimit: r.usageLimit,
  usageUnit: r.usageUnit as WarrantyTerms['usageUnit'],
  startBasis: r.startBasis as WarrantyTerms['startBasis'],
  card: (r.card as CardStandard | null) ?? null,
})

const warrantyTermsRepository = (db: Database): WarrantyTermsRepository => ({
  async list(f) {
    const rows = await db
      .select()
      .from(feeWarrantyTerms)
      .where(f.productLineCode ? eq(feeWarrantyTerms.productLineCode, f.productLineCode) : undefined)
      .orderBy(
        asc(feeWarrantyTerms.productLineCode),
        asc(feeWarrantyTerms.partCode),
        desc(feeWarrantyTerms.version),
      )
    return rows.map(toTerms)
  },
  async byId(id) {
    const [r] = await db.select().from(feeWarrantyTerms).where(eq(feeWarrantyTerms.id, id))
    return r ? toTerms(r) : null
  },
  async add(t) {
    const partCode = t.partCode ?? ''
    const [last] = await db
      .select({ v: max(feeWarrantyTerms.version) })
      .from(feeWarrantyTerms)
      .where(
        and(eq(feeWarrantyTerms.productLineCode, t.productLineCode), eq(feeWarrantyTerms.partCode, partCode)),
      )
    const [r] = await db
      .insert(feeWarrantyTerms)
      .values({
        productLineCode: t.productLineCode,
        partCode,
        version: (last?.v ?? 0) + 1,
        effectiveFrom: t.effectiveFrom,
        months: t.months,
        usageLimit: t.usageLimit,
        usageUnit: t.usageUnit,
        startBasis: t.startBasis,
        card: t.card,
        createdBy: t.createdBy,
        createdAt: t.at,
      })
      // The same day again (fee_terms_date_uq), or another editor's version just taken: nothing written.
      .onConflictDoNothing()
      .returning()
    return r ? toTerms(r) : null
  },
  async remove(id) {
    const rows = await db
      .delete(feeWarrantyTerms)
      .where(eq(feeWarrantyTerms.id, id))
      .returning({ id: feeWarrantyTerms.id })
    return rows.length === 1
  },
})

/** The fee context's repositories on one executor (the database or an open transaction). */
export const feeRepositories = (db: Database): FeeRepositories => ({
  catalogue: partCatalogueRepository(db),
  terms: warrantyTermsRepository(db),
  standards: feeStandardRepository(db),
  quotes: feeQuoteRepository(db),
  oldParts: oldPartRepository(db),
  deadlines: returnDeadlineRepository(db),
  partsRequests: dealerPartsRequestRepository(db),
  stock: stationStockRepository(db),
  async vehicleByVin(vin) {
    const [r] = await db
      .select({
        vin: vehicles.vin,
        productLineCode: productLines.code,
        purchaseDate: vehicles.purchaseDate,
        customerId: vehicles.customerId,
        mileageKm: vehicles.mileageKm,
      })
      .from(vehicles)
      .innerJoin(productLines, eq(productLines.id, vehicles.productLineId))
      .where(eq(vehicles.vin, vin))
    return r ?? null
  },
  async raiseVehicleUsage(vin, mileageKm) {
    await db
      .update(vehicles)
      .set({ mileageKm: sql`greatest(${vehicles.mileageKm}, ${mileageKm})` })
      .where(eq(vehicles.vin, vin))
  },
})
