import { type Fen, mulHalfUp } from '../shared/money'
import { noStandard, unapprovedStandard, unknownExtra, unknownPart } from './fee.errors'
import { type Reason, reason } from './fee.reasons'
import { hundredthsOf, type RepairInput } from './fee.repair'
import type { RuleSnapshot } from './fee.rules'
import type { FeeStandard } from './fee.standard'
import type { LineKind } from './fee.vocabulary'
import { type Coverage, coverage, type WarrantyTerms } from './fee.warranty'

export type Explanation = {
  /** The rule that produced the figures, e.g. PART_OUT_OF_WARRANTY_LOWER_OF. */
  rule: string
  /** The rule versions used, e.g. "warranty-terms H5 v2 (2026-01-01); part-price HL-001 (2026-03-01)". */
  version: string
  inputs: Record<string, string | number | boolean | null>
}

export type PricedLine = {
  kind: LineKind
  partCode?: string
  extraCode?: string
  description: { zh: string; en: string }
  /** Pieces, hours (labour) or times. */
  quantity: number
  inWarranty: boolean
  reason: Reason
  /** The published price per unit: list price, approved labour rate, call-out fee, extra price. */
  publishedUnitFen: Fen
  /** The warranty card's price per unit, when the card has one. */
  cardUnitFen: Fen | null
  customerChargeFen: Fen
  dealerReimbursementFen: Fen
  oldPartReturnRequired: boolean
  /** Priced with a fee standard HQ has not approved: it cannot be charged. */
  unapprovedStandard: boolean
  chargeable: boolean
  explanation: Explanation
}

export type PricedRepair = {
  repairDate: string
  productLineCode: string
  coverage: Coverage
  lines: PricedLine[]
  totals: { customerChargeFen: Fen; dealerReimbursementFen: Fen }
  unapprovedStandard: boolean
  chargeable: boolean
  standard: { id: string; seq: number; status: string; effectiveFrom: string } | null
}

const termsLabel = (t: WarrantyTerms | null) =>
  t
    ? `warranty-terms ${t.productLineCode}${t.partCode ? `/${t.partCode}` : ''} v${t.version} (${t.effectiveFrom})`
    : 'no warranty terms'
const standardLabel = (s: FeeStandard, approved: boolean) =>
  `fee-standard #${s.seq} (${s.effectiveFrom}, ${approved ? 'approved' : 'NOT approved'})`
const cardLabel = (rules: RuleSnapshot) =>
  rules.lineTerms && rules.card ? `; card of ${termsLabel(rules.lineTerms)}` : ''
const lower = (published: Fen, card: Fen | null | undefined) =>
  card != null && card < published ? card : published

/**
 * The fee engine. Prices every line of a repair with the rule versions in force on its date (chosen by
 * selectRulesInForce): in warranty the customer pays nothing and HQ reimburses the dealer (parts at
 * cost, labour and call-out at the approved standard); out of warranty the customer pays the lower of
 * the published standard and the warranty card's standard. Labour is rounded half-up to the fen.
 */
export function priceRepair(repair: RepairInput, rules: RuleSnapshot): PricedRepair {
  const unit = {
    purchaseDate: repair.purchaseDate,
    deliveryDate: repair.deliveryDate ?? null,
    usage: repair.usage,
    repairDate: repair.repairDate,
  }
  const vehicle = coverage(rules.lineTerms, unit)
  const termsFor = (code: string | null | undefined) => (code && rules.partTerms[code]) || rules.lineTerms
  const coverageFor = (code: string | null | undefined) =>
    code && rules.partTerms[code] ? coverage(rules.partTerms[code]!, unit) : vehicle
  const covInputs = (c: Coverage) => ({
    startDate: c.startDate,
    lastCoveredDay: c.lastCoveredDay,
    usage: repair.usage,
    repairDate: repair.repairDate,
  })
  const needStandard = (): FeeStandard => {
    if (!rules.standard) throw noStandard()
    return rules.standard
  }
  const flagged = !rules.standardApproved
  const lines: PricedLine[] = []

  repair.parts.forEach((p, i) => {
    const part = rules.parts[p.partCode]
    if (!part) throw unknownPart(p.partCode, `parts.${i}.partCode`)
    const cov = coverageFor(p.partCode)
    const card = rules.card?.partPrices[p.partCode] ?? null
    const priceLabel = `part-price ${part.code} (${part.priceEffectiveFrom})`
    const base = {
      kind: 'part' as const,
      partCode: part.code,
      description: { zh: part.nameZh, en: part.nameEn },
      quantity: p.quantity,
      inWarranty: cov.inWarranty,
      reason: cov.reason,
      publishedUnitFen: part.listFen,
      cardUnitFen: card,
      unapprovedStandard: false,
      chargeable: true,
    }
    if (cov.inWarranty) {
      lines.push({
        ...base,
        customerChargeFen: 0,
        dealerReimbursementFen: part.costFen * p.quantity,
        oldPartReturnRequired: part.returnRequired,
        explanation: {
          rule: 'PART_IN_WARRANTY_AT_COST',
          version: `${termsLabel(termsFor(p.partCode))}; ${priceLabel}`,
          inputs: {
            ...covInputs(cov),
            costFen: part.costFen,
            quantity: p.quantity,
            returnRequired: part.returnRequired,
          },
        },
      })
    } else {
      const unitFen = lower(part.listFen, card)
      lines.push({
        ...base,
        customerChargeFen: unitFen * p.quantity,
        dealerReimbursementFen: 0,
        oldPartReturnRequired: false,
        explanation: {
          rule: 'PART_OUT_OF_WARRANTY_LOWER_OF',
          version: `${termsLabel(termsFor(p.partCode))}; ${priceLabel}${card != null ? cardLabel(rules) : ''}`,
          inputs: { ...covInputs(cov), listFen: part.listFen, cardFen: card, unitFen, quantity: p.quantity },
        },
      })
    }
  })

  repair.labour.forEach((l, i) => {
    const s = needStandard()
    const code = l.partCode ?? null
    if (code && !rules.parts[code]) throw unknownPart(code, `labour.${i}.partCode`)
    const cov = coverageFor(code)
    const h = hundredthsOf(l.hours)
    const card = rules.card?.labourRateFen ?? null
    const rate = cov.inWarranty ? s.labourRateFen : lower(s.labourRateFen, card)
    const amount = mulHalfUp(rate, h, 100)
    lines.push({
      kind: 'labour',
      ...(code ? { partCode: code } : {}),
      description: l.description
        ? { zh: l.description, en: l.description }
        : {
            zh: code ? `工时（${rules.parts[code]!.nameZh}）` : '工时',
            en: code ? `Labour (${rules.parts[code]!.nameEn})` : 'Labour',
          },
      quantity: l.hours,
      inWarranty: cov.inWarranty,
      reason: cov.reason,
      publishedUnitFen: s.labourRateFen,
      cardUnitFen: card,
      customerChargeFen: cov.inWarranty ? 0 : amount,
      dealerReimbursementFen: cov.inWarranty ? amount : 0,
      oldPartReturnRequired: false,
      unapprovedStandard: flagged,
      chargeable: !flagged,
      explanation: {
        rule: cov.inWarranty ? 'LABOUR_IN_WARRANTY_AT_STANDARD' : 'LABOUR_OUT_OF_WARRANTY_LOWER_OF',
        version: `${termsLabel(termsFor(code))}; ${standardLabel(s, rules.standardApproved)}${!cov.inWarranty && card != null ? cardLabel(rules) : ''}`,
        inputs: {
          ...covInputs(cov),
          standardRateFen: s.labourRateFen,
          cardRateFen: card,
          rateFen: rate,
          hours: l.hours,
          rounding: 'half-up to the fen',
        },
      },
    })
  })

  if (repair.callout) {
    const s = needStandard()
    const card = rules.card?.calloutFeeFen ?? null
    const fee = vehicle.inWarranty ? s.calloutFeeFen : lower(s.calloutFeeFen, card)
    lines.push({
      kind: 'callout',
      description: { zh: '外出服务费', en: 'Call-out fee' },
      quantity: 1,
      inWarranty: vehicle.inWarranty,
      reason: vehicle.reason,
      publishedUnitFen: s.calloutFeeFen,
      cardUnitFen: card,
      customerChargeFen: vehicle.inWarranty ? 0 : fee,
      dealerReimbursementFen: vehicle.inWarranty ? fee : 0,
      oldPartReturnRequired: false,
      unapprovedStandard: flagged,
      chargeable: !flagged,
      explanation: {
        rule: vehicle.inWarranty ? 'CALLOUT_IN_WARRANTY_AT_STANDARD' : 'CALLOUT_OUT_OF_WARRANTY_LOWER_OF',
        version: `${termsLabel(rules.lineTerms)}; ${standardLabel(s, rules.standardApproved)}${!vehicle.inWarranty && card != null ? cardLabel(rules) : ''}`,
        inputs: { ...covInputs(vehicle), standardFeeFen: s.calloutFeeFen, cardFeeFen: card, feeFen: fee },
      },
    })
  }

  repair.extras.forEach((e, i) => {
    const s = needStandard()
    const extra = s.extras.find((x) => x.code === e.code)
    if (!extra) throw unknownExtra(e.code, `extras.${i}.code`)
    const card = rules.card?.extras[e.code] ?? null
    const unitFen = lower(extra.priceFen, card)
    lines.push({
      kind: 'extra',
      extraCode: extra.code,
      description: { zh: extra.nameZh, en: extra.nameEn },
      quantity: e.quantity,
      inWarranty: false,
      reason: reason('EXTRA_NOT_COVERED'),
      publishedUnitFen: extra.priceFen,
      cardUnitFen: card,
      customerChargeFen: unitFen * e.quantity,
      dealerReimbursementFen: 0,
      oldPartReturnRequired: false,
      unapprovedStandard: flagged,
      chargeable: !flagged,
      explanation: {
        rule: 'EXTRA_SERVICE_LOWER_OF',
        version: `${standardLabel(s, rules.standardApproved)}${card != null ? cardLabel(rules) : ''}`,
        inputs: { standardPriceFen: extra.priceFen, cardPriceFen: card, unitFen, quantity: e.quantity },
      },
    })
  })

  const unapproved = lines.some((l) => l.unapprovedStandard)
  return {
    repairDate: repair.repairDate,
    productLineCode: repair.productLineCode,
    coverage: vehicle,
    lines,
    totals: {
      customerChargeFen: lines.reduce((a, l) => a + l.customerChargeFen, 0),
      dealerReimbursementFen: lines.reduce((a, l) => a + l.dealerReimbursementFen, 0),
    },
    unapprovedStandard: unapproved,
    chargeable: !unapproved,
    standard: rules.standard
      ? {
          id: rules.standard.id,
          seq: rules.standard.seq,
          status: rules.standard.status,
          effectiveFrom: rules.standard.effectiveFrom,
        }
      : null,
  }
}

/** Charging or finalising a quote: refused while any line rests on an unapproved standard. */
export function assertChargeable(priced: Pick<PricedRepair, 'unapprovedStandard'>): void {
  if (priced.unapprovedStandard) throw unapprovedStandard()
}
