import type { IsoDate } from '../shared/china-time'
import {
  type CataloguePart,
  type PartPrice,
  type PricedPart,
  pricesInForce,
  versionInForce,
} from './fee.catalogue'
import { type FeeStandard, standardInForce } from './fee.standard'
import type { CardStandard, WarrantyTerms } from './fee.warranty'

/** Every stored version of every rule that may price a repair of one product line at one station. */
export type RuleVersions = {
  terms: readonly WarrantyTerms[]
  standards: readonly FeeStandard[]
  parts: readonly CataloguePart[]
  prices: readonly PartPrice[]
}

/** The rule versions in force on one repair date: all the engine needs, and all it may use. */
export type RuleSnapshot = {
  date: IsoDate
  productLineCode: string
  lineTerms: WarrantyTerms | null
  partTerms: Record<string, WarrantyTerms>
  standard: FeeStandard | null
  standardApproved: boolean
  card: CardStandard | null
  parts: Record<string, PricedPart>
}

/** Picks, for each rule, the version in force on the repair date (latest effective-from ≤ date). */
export function selectRulesInForce(
  all: RuleVersions,
  repairDate: IsoDate,
  productLineCode: string,
): RuleSnapshot {
  const bySeq = (a: WarrantyTerms, b: WarrantyTerms) => a.version - b.version
  const ofLine = all.terms.filter((t) => t.productLineCode === productLineCode).sort(bySeq)
  const lineTerms = versionInForce(
    ofLine.filter((t) => t.partCode === null),
    repairDate,
  )
  const partTerms: Record<string, WarrantyTerms> = {}
  for (const code of new Set(ofLine.map((t) => t.partCode).filter((c): c is string => c !== null))) {
    const v = versionInForce(
      ofLine.filter((t) => t.partCode === code),
      repairDate,
    )
    if (v) partTerms[code] = v
  }
  const { standard, approved } = standardInForce(all.standards, repairDate)
  return {
    date: repairDate,
    productLineCode,
    lineTerms,
    partTerms,
    standard,
    standardApproved: approved,
    card: lineTerms?.card ?? null,
    parts: pricesInForce(all.parts, all.prices, repairDate),
  }
}
