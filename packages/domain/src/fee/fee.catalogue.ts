import type { IsoDate } from '../shared/china-time'
import type { Fen } from '../shared/money'

/** A part of the catalogue (零部件). Its prices live in dated versions (PartPrice). */
export type CataloguePart = {
  code: string
  productLineCode: string
  nameZh: string
  nameEn: string
  /** Under warranty the replaced part must be returned to HQ (旧件回收). */
  returnRequired: boolean
  active: boolean
}

/** One dated price version: cost (what HQ charges a dealer) and the out-of-warranty list price. */
export type PartPrice = {
  partCode: string
  effectiveFrom: IsoDate
  costFen: Fen
  listFen: Fen
}

/** A part with the price version in force on some date. */
export type PricedPart = CataloguePart & { costFen: Fen; listFen: Fen; priceEffectiveFrom: IsoDate }

/** Part codes: letters, digits, dot, dash, slash, underscore; never starting with a formula sign. */
export const PART_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$/

/** Caps that keep a number typed by mistake (an extra zero or three) out of the price list. */
export const MAX_PART_PRICE_FEN = 100_000_000 // 1 000 000 yuan

/** The newest version in force on `date` (latest effectiveFrom ≤ date), or null. */
export function versionInForce<T extends { effectiveFrom: IsoDate }>(
  versions: readonly T[],
  date: IsoDate,
): T | null {
  let best: T | null = null
  for (const v of versions) {
    if (v.effectiveFrom <= date && (!best || v.effectiveFrom >= best.effectiveFrom)) best = v
  }
  return best
}

/** Each part with its price in force on `date`; parts without a price yet are left out. */
export function pricesInForce(
  parts: readonly CataloguePart[],
  prices: readonly PartPrice[],
  date: IsoDate,
): Record<string, PricedPart> {
  const byCode = new Map<string, PartPrice[]>()
  for (const p of prices) byCode.set(p.partCode, [...(byCode.get(p.partCode) ?? []), p])
  const out: Record<string, PricedPart> = {}
  for (const part of parts) {
    const v = versionInForce(byCode.get(part.code) ?? [], date)
    if (v)
      out[part.code] = {
        ...part,
        costFen: v.costFen,
        listFen: v.listFen,
        priceEffectiveFrom: v.effectiveFrom,
      }
  }
  return out
}
