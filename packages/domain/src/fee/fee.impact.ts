import type { IsoDate } from '../shared/china-time'
import { isDomainError } from '../shared/errors'
import { type Fen, mulHalfUp } from '../shared/money'
import { type PricedRepair, priceRepair } from './fee.engine'
import type { RepairInput } from './fee.repair'
import type { RuleSnapshot } from './fee.rules'
import type { FeeStandard } from './fee.standard'

export type OpenQuote = {
  id: string
  number: string
  repair: RepairInput
  rules: RuleSnapshot
  current: PricedRepair
}

export type QuoteImpact = {
  quoteId: string
  number: string
  repairDate: IsoDate
  /** false when the repair is dated before the standard would take effect: nothing changes. */
  applies: boolean
  before: PricedRepair['totals']
  after: PricedRepair['totals']
  deltaCustomerFen: Fen
  deltaReimbursementFen: Fen
  /** The quote could not be charged before and could be after approval. */
  becomesChargeable: boolean
  /** The quote cannot be priced with the new standard (e.g. an extra service it drops). */
  errorCode: string | null
}

/**
 * What approving `proposed` (taking effect on `effectiveFrom`) would do to a station's open quotes:
 * each re-priced with the proposal as the approved standard, beside its current figures.
 */
export function standardImpact(
  quotes: readonly OpenQuote[],
  proposed: FeeStandard,
  effectiveFrom: IsoDate,
): { quotes: QuoteImpact[]; affected: number; deltaCustomerFen: Fen; deltaReimbursementFen: Fen } {
  const rows = quotes.map((q): QuoteImpact => {
    const before = q.current.totals
    const same = {
      before,
      after: before,
      deltaCustomerFen: 0,
      deltaReimbursementFen: 0,
      becomesChargeable: false,
    }
    const base = { quoteId: q.id, number: q.number, repairDate: q.repair.repairDate }
    if (q.repair.repairDate < effectiveFrom) return { ...base, ...same, applies: false, errorCode: null }
    try {
      const approved = { ...proposed, status: 'approved' as const, effectiveFrom }
      const after = priceRepair(q.repair, { ...q.rules, standard: approved, standardApproved: true }).totals
      return {
        ...base,
        applies: true,
        before,
        after,
        deltaCustomerFen: after.customerChargeFen - before.customerChargeFen,
        deltaReimbursementFen: after.dealerReimbursementFen - before.dealerReimbursementFen,
        becomesChargeable: q.current.unapprovedStandard,
        errorCode: null,
      }
    } catch (e) {
      if (!isDomainError(e)) throw e
      return { ...base, ...same, applies: true, errorCode: e.code }
    }
  })
  return {
    quotes: rows,
    affected: rows.filter(
      (r) => r.applies && (r.deltaCustomerFen || r.deltaReimbursementFen || r.becomesChargeable),
    ).length,
    deltaCustomerFen: rows.reduce((a, r) => a + r.deltaCustomerFen, 0),
    deltaReimbursementFen: rows.reduce((a, r) => a + r.deltaReimbursementFen, 0),
  }
}

/** A line of a claim the station has not submitted yet (issue 5), as the impact check reads it. */
export type UnsubmittedClaimLine = {
  lineId: string
  period: string
  repairOrderNo: string
  partCode: string
  repairDate: IsoDate
  labourHours: number
  /** In warranty as last priced: only then does HQ pay the labour, at the station's standard. */
  inWarranty: boolean
  /** The labour HQ reimburses as last priced (0 when the standard in force was not approved). */
  labourFen: Fen
}

export type ClaimLineImpact = {
  lineId: string
  period: string
  repairOrderNo: string
  partCode: string
  repairDate: IsoDate
  /** false when the repair is dated before the standard would take effect: nothing changes. */
  applies: boolean
  beforeLabourFen: Fen
  afterLabourFen: Fen
  deltaReimbursementFen: Fen
}

/**
 * What approving `proposed` from `effectiveFrom` would do to the station's unsubmitted claim lines:
 * an in-warranty line repaired on or after that day would be reimbursed its labour at the proposed
 * rate (hours × rate, half-up to the fen, as the engine prices labour). Lines repaired earlier keep
 * the standard that was in force on their repair date, so re-pricing them changes nothing.
 */
export function claimLineImpact(
  lines: readonly UnsubmittedClaimLine[],
  proposed: Pick<FeeStandard, 'labourRateFen'>,
  effectiveFrom: IsoDate,
): { lines: ClaimLineImpact[]; affected: number; deltaReimbursementFen: Fen } {
  const rows = lines.map((l): ClaimLineImpact => {
    const applies = l.inWarranty && l.repairDate >= effectiveFrom
    const after = applies
      ? mulHalfUp(proposed.labourRateFen, Math.round(l.labourHours * 100), 100)
      : l.labourFen
    return {
      lineId: l.lineId,
      period: l.period,
      repairOrderNo: l.repairOrderNo,
      partCode: l.partCode,
      repairDate: l.repairDate,
      applies,
      beforeLabourFen: l.labourFen,
      afterLabourFen: after,
      deltaReimbursementFen: after - l.labourFen,
    }
  })
  return {
    lines: rows,
    affected: rows.filter((r) => r.deltaReimbursementFen !== 0).length,
    deltaReimbursementFen: rows.reduce((a, r) => a + r.deltaReimbursementFen, 0),
  }
}
