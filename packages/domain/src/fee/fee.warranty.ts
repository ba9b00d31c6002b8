import { addMonths, type IsoDate } from '../shared/china-time'
import type { Fen } from '../shared/money'
import { repairBeforeStart } from './fee.errors'
import { type Reason, reason } from './fee.reasons'
import { type StartBasis, USAGE_UNIT_LABELS, type UsageUnit } from './fee.vocabulary'

/**
 * The fee standard printed on a product line's warranty card (保修卡). Out of warranty the customer
 * pays the lower of this and the station's published standard; null fields mean "no card price".
 */
export type CardStandard = {
  labourRateFen: Fen | null
  calloutFeeFen: Fen | null
  partPrices: Record<string, Fen>
  extras: Record<string, Fen>
}

/** One version of warranty terms for a product line, or for one part of it (partCode set). */
export type WarrantyTerms = {
  id: string
  productLineCode: string
  partCode: string | null
  version: number
  effectiveFrom: IsoDate
  months: number
  /** Mileage (km) or running hours; null when only the months count. */
  usageLimit: number | null
  usageUnit: UsageUnit
  startBasis: StartBasis
  /** The warranty card's own fee standard (product-line terms only). */
  card: CardStandard | null
}

export type Coverage = {
  inWarranty: boolean
  reason: Reason
  startDate: IsoDate | null
  /** The last day the months still cover (the Civil Code's last day of the period). */
  lastCoveredDay: IsoDate | null
}

export type UnitFacts = {
  purchaseDate: IsoDate
  deliveryDate?: IsoDate | null
  usage: number
  repairDate: IsoDate
}

/**
 * The last day a warranty of `months` covers, counted like a legal period (Civil Code arts. 201–202):
 * the start day itself is not counted, the period runs from the next day, and it ends on the
 * corresponding day of its last month, or on that month's last day when the month has no such day.
 * 2024-01-15 + 24 → 2026-01-15; 2024-02-29 + 24 → 2026-02-28; 2024-01-31 + 1 → 2024-02-29.
 */
export const lastCoveredDay = (startDate: IsoDate, months: number): IsoDate => addMonths(startDate, months)

/**
 * In or out of warranty: months OR usage, whichever comes first. The months run from the purchase or
 * delivery date (as the terms say; purchase when no delivery date is known) through `lastCoveredDay`.
 * Usage is the reading on the repair order; a usage equal to the limit is still covered.
 */
export function coverage(terms: WarrantyTerms | null, unit: UnitFacts): Coverage {
  const earliest =
    unit.deliveryDate && unit.deliveryDate < unit.purchaseDate ? unit.deliveryDate : unit.purchaseDate
  if (unit.repairDate < earliest) throw repairBeforeStart()
  if (!terms)
    return { inWarranty: false, reason: reason('NO_WARRANTY_TERMS'), startDate: null, lastCoveredDay: null }
  const startDate =
    terms.startBasis === 'delivery' && unit.deliveryDate ? unit.deliveryDate : unit.purchaseDate
  const lastDay = lastCoveredDay(startDate, terms.months)
  const unitZh = USAGE_UNIT_LABELS[terms.usageUnit].zh
  const unitEn = USAGE_UNIT_LABELS[terms.usageUnit].en
  const params = {
    months: terms.months,
    lastCoveredDay: lastDay,
    usageLimit: terms.usageLimit,
    usage: unit.usage,
    unitZh,
    unitEn,
  }
  const outByMonths = unit.repairDate > lastDay
  const outByUsage = terms.usageLimit !== null && unit.usage > terms.usageLimit
  const code =
    outByMonths && outByUsage
      ? 'OUT_BY_MONTHS_AND_USAGE'
      : outByMonths
        ? 'OUT_BY_MONTHS'
        : outByUsage
          ? 'OUT_BY_USAGE'
          : 'IN_WARRANTY'
  return {
    inWarranty: code === 'IN_WARRANTY',
    reason: reason(code, params),
    startDate,
    lastCoveredDay: lastDay,
  }
}
