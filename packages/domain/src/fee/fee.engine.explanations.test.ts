import { describe, expect, it } from 'vitest'
import { assertChargeable, type PricedLine, priceRepair } from './fee.engine'
import type { RepairInput } from './fee.repair'
import { type RuleVersions, selectRulesInForce } from './fee.rules'
import { repair, standard, terms, versions } from './fee.test-fixtures'

/**
 * Whole repairs priced line by line: every figure, the rule and the rule versions each line names
 * (domain: "every computed fee must explain which rule gave it"). Figures checked by hand:
 * list 980 / card 900 → 900 a headlamp; labour 80/h, card 60/h; call-out 50, card 90 → 50; wash 30, card 20.
 */
const card = {
  labourRateFen: 6000,
  calloutFeeFen: 9000,
  partPrices: { 'HL-001': 90_000 },
  extras: { WASH: 2000 },
}
const work = (repairDate: string): RepairInput =>
  repair({
    repairDate,
    usage: 40_000,
    parts: [
      { partCode: 'HL-001', quantity: 2 },
      { partCode: 'BM-001', quantity: 1 },
    ],
    labour: [
      { hours: 1.25, partCode: 'HL-001' },
      { hours: 0.5, partCode: null, description: '检查 check' },
      { hours: 1 },
    ],
    callout: true,
    extras: [{ code: 'WASH', quantity: 2 }],
  })
const withCard = versions({ terms: [terms({ card })] })
const SCENARIOS: Record<string, [RepairInput, RuleVersions]> = {
  in: [work('2026-06-19'), withCard],
  out: [work('2027-07-01'), withCard],
  outNoCard: [work('2027-07-01'), versions()],
  pending: [
    work('2027-07-01'),
    versions({
      terms: [terms({ card })],
      standards: [standard({ id: 's-3', seq: 3, status: 'proposed', effectiveFrom: '2021-05-01' })],
    }),
  ],
  override: [
    work('2025-08-01'),
    versions({
      terms: [
        terms({ card }),
        terms({ partCode: 'HL-001', version: 2, months: 12, usageLimit: null, effectiveFrom: '2021-01-01' }),
      ],
    }),
  ],
  noTerms: [work('2025-08-01'), versions({ terms: [] })],
}
const priced = (name: string) => {
  const [r, v] = SCENARIOS[name]!
  return priceRepair(r, selectRulesInForce(v, r.repairDate, r.productLineCode))
}
/** One priced line in words: every figure, its flags, the rule, the versions and the inputs it names. */
const render = (l: PricedLine) =>
  [
    `${l.kind} ${l.partCode ?? l.extraCode ?? '-'} ${l.description.zh}/${l.description.en} ×${l.quantity}`,
    `${l.inWarranty ? 'in' : 'out'} ${l.reason.code}`,
    `published ${l.publishedUnitFen} card ${l.cardUnitFen}`,
    `customer ${l.customerChargeFen} dealer ${l.dealerReimbursementFen}`,
    `return ${l.oldPartReturnRequired} unapproved ${l.unapprovedStandard} chargeable ${l.chargeable}`,
    l.explanation.rule,
    l.explanation.version,
    Object.entries(l.explanation.inputs)
      .map(([k, v]) => `${k}=${v}`)
      .join(' '),
  ].join(' | ')

const EXPECTED: Record<string, { summary: string; lines: string[] }> = {
  in: {
    summary:
      'customer 4000 dealer 217000 | unapproved false chargeable true | standard s-1 #1 approved 2020-01-01',
    lines: [
      'part HL-001 前大灯总成/Headlamp assembly ×2 | in IN_WARRANTY | published 98000 card 90000 | customer 0 dealer 120000 | return true unapproved false chargeable true | PART_IN_WARRANTY_AT_COST | warranty-terms H5 v1 (2020-01-01); part-price HL-001 (2020-01-01) | startDate=2024-06-20 lastCoveredDay=2027-06-20 usage=40000 repairDate=2026-06-19 costFen=60000 quantity=2 returnRequired=true',
      'part BM-001 鼓风机/Blower motor ×1 | in IN_WARRANTY | published 108000 card null | customer 0 dealer 70000 | return false unapproved false chargeable true | PART_IN_WARRANTY_AT_COST | warranty-terms H5 v1 (2020-01-01); part-price BM-001 (2020-01-01) | startDate=2024-06-20 lastCoveredDay=2027-06-20 usage=40000 repairDate=2026-06-19 costFen=70000 quantity=1 returnRequired=false',
      'labour HL-001 工时（前大灯总成）/Labour (Headlamp assembly) ×1.25 | in IN_WARRANTY | published 8000 card 6000 | customer 0 dealer 10000 | return false unapproved false chargeable true | LABOUR_IN_WARRANTY_AT_STANDARD | warranty-terms H5 v1 (2020-01-01); fee-standard #1 (2020-01-01, approved) | startDate=2024-06-20 lastCoveredDay=2027-06-20 usage=40000 repairDate=2026-06-19 standardRateFen=8000 cardRateFen=6000 rateFen=8000 hours=1.25 rounding=half-up to the fen',
      'labour - 检查 check/检查 check ×0.5 | in IN_WARRANTY | published 8000 card 6000 | customer 0 dealer 4000 | return false unapproved false chargeable true | LABOUR_IN_WARRANTY_AT_STANDARD | warranty-terms H5 v1 (2020-01-01); fee-standard #1 (2020-01-01, approved) | startDate=2024-06-20 lastCoveredDay=2027-06-20 usage=40000 repairDate=2026-06-19 standardRateFen=8000 cardRateFen=6000 rateFen=8000 hours=0.5 rounding=half-up to the fen',
      'labour - 工时/Labour ×1 | in IN_WARRANTY | published 8000 card 6000 | customer 0 dealer 8000 | return false unapproved false chargeable true | LABOUR_IN_WARRANTY_AT_STANDARD | warranty-terms H5 v1 (2020-01-01); fee-standard #1 (2020-01-01, approved) | startDate=2024-06-20 lastCoveredDay=2027-06-20 usage=40000 repairDate=2026-06-19 standardRateFen=8000 cardRateFen=6000 rateFen=8000 hours=1 rounding=half-up to the fen',
      'callout - 外出服务费/Call-out fee ×1 | in IN_WARRANTY | published 5000 card 9000 | customer 0 dealer 5000 | return false unapproved false chargeable true | CALLOUT_IN_WARRANTY_AT_STANDARD | warranty-terms H5 v1 (2020-01-01); fee-standard #1 (2020-01-01, approved) | startDate=2024-06-20 lastCoveredDay=2027-06-20 usage=40000 repairDate=2026-06-19 standardFeeFen=5000 cardFeeFen=9000 feeFen=5000',
      'extra WASH 洗车/Car wash ×2 | out EXTRA_NOT_COVERED | published 3000 card 2000 | customer 4000 dealer 0 | return false unapproved false chargeable true | EXTRA_SERVICE_LOWER_OF | fee-standard #1 (2020-01-01, approved); card of warranty-terms H5 v1 (2020-01-01) | standardPriceFen=3000 cardPriceFen=2000 unitFen=2000 quantity=2',
    ],
  },
  out: {
    summary:
      'customer 313500 dealer 0 | unapproved false chargeable true | standard s-1 #1 approved 2020-01-01',
    lines: [
      'part HL-001 前大灯总成/Headlamp assembly ×2 | out OUT_BY_MONTHS | published 98000 card 90000 | customer 180000 dealer 0 | return false unapproved false chargeable true | PART_OUT_OF_WARRANTY_LOWER_OF | warranty-terms H5 v1 (2020-01-01); part-price HL-001 (2020-01-01); card of warranty-terms H5 v1 (2020-01-01) | startDate=2024-06-20 lastCoveredDay=2027-06-20 usage=40000 repairDate=2027-07-01 listFen=98000 cardFen=90000 unitFen=90000 quantity=2',
      'part BM-001 鼓风机/Blower motor ×1 | out OUT_BY_MONTHS | published 108000 card null | customer 108000 dealer 0 | return false unapproved false chargeable true | PART_OUT_OF_WARRANTY_LOWER_OF | warranty-terms H5 v1 (2020-01-01); part-price BM-001 (2020-01-01) | startDate=2024-06-20 lastCoveredDay=2027-06-20 usage=40000 repairDate=2027-07-01 listFen=108000 cardFen=null unitFen=108000 quantity=1',
      'labour HL-001 工时（前大灯总成）/Labour (Headlamp assembly) ×1.25 | out OUT_BY_MONTHS | published 8000 card 6000 | customer 7500 dealer 0 | return false unapproved false chargeable true | LABOUR_OUT_OF_WARRANTY_LOWER_OF | warranty-terms H5 v1 (2020-01-01); fee-standard #1 (2020-01-01, approved); card of warranty-terms H5 v1 (2020-01-01) | startDate=2024-06-20 lastCoveredDay=2027-06-20 usage=40000 repairDate=2027-07-01 standardRateFen=8000 cardRateFen=6000 rateFen=6000 hours=1.25 rounding=half-up to the fen',
      'labour - 检查 check/检查 check ×0.5 | out OUT_BY_MONTHS | published 8000 card 6000 | customer 3000 dealer 0 | return false unapproved false chargeable true | LABOUR_OUT_OF_WARRANTY_LOWER_OF | warranty-terms H5 v1 (2020-01-01); fee-standard #1 (2020-01-01, approved); card of warranty-terms H5 v1 (2020-01-01) | startDate=2024-06-20 lastCoveredDay=2027-06-20 usage=40000 repairDate=2027-07-01 standardRateFen=8000 cardRateFen=6000 rateFen=6000 hours=0.5 rounding=half-up to the fen',
      'labour - 工时/Labour ×1 | out OUT_BY_MONTHS | published 8000 card 6000 | customer 6000 dealer 0 | return false unapproved false chargeable true | LABOUR_OUT_OF_WARRANTY_LOWER_OF | warranty-terms H5 v1 (2020-01-01); fee-standard #1 (2020-01-01, approved); card of warranty-terms H5 v1 (2020-01-01) | startDate=2024-06-20 lastCoveredDay=2027-06-20 usage=40000 repairDate=2027-07-01 standardRateFen=8000 cardRateFen=6000 rateFen=6000 hours=1 rounding=half-up to the fen',
      'callout - 外出服务费/Call-out fee ×1 | out OUT_BY_MONTHS | published 5000 card 9000 | customer 5000 dealer 0 | return false unapproved false chargeable true | CALLOUT_OUT_OF_WARRANTY_LOWER_OF | warranty-terms H5 v1 (2020-01-01); fee-standard #1 (2020-01-01, approved); card of warranty-terms H5 v1 (2020-01-01) | startDate=2024-06-20 lastCoveredDay=2027-06-20 usage=40000 repairDate=2027-07-01 standardFeeFen=5000 cardFeeFen=9000 feeFen=5000',
      'extra WASH 洗车/Car wash ×2 | out EXTRA_NOT_COVERED | published 3000 card 2000 | customer 4000 dealer 0 | return false unapproved false chargeable true | EXTRA_SERVICE_LOWER_OF | fee-standard #1 (2020-01-01, approved); card of warranty-terms H5 v1 (2020-01-01) | standardPriceFen=3000 cardPriceFen=2000 unitFen=2000 quantity=2',
    ],
  },
  outNoCard: {
    summary:
      'customer 337000 dealer 0 | unapproved false chargeable true | standard s-1 #1 approved 2020-01-01',
    lines: [
      'part HL-001 前大灯总成/Headlamp assembly ×2 | out OUT_BY_MONTHS | published 98000 card null | customer 196000 dealer 0 | return false unapproved false chargeable true | PART_OUT_OF_WARRANTY_LOWER_OF | warranty-terms H5 v1 (2020-01-01); part-price HL-001 (2020-01-01) | startDate=2024-06-20 lastCoveredDay=2027-06-20 usage=40000 repairDate=2027-07-01 listFen=98000 cardFen=null unitFen=98000 quantity=2',
      'part BM-001 鼓风机/Blower motor ×1 | out OUT_BY_MONTHS | published 108000 card null | customer 108000 dealer 0 | return false unapproved false chargeable true | PART_OUT_OF_WARRANTY_LOWER_OF | warranty-terms H5 v1 (2020-01-01); part-price BM-001 (2020-01-01) | startDate=2024-06-20 lastCoveredDay=2027-06-20 usage=40000 repairDate=2027-07-01 listFen=108000 cardFen=null unitFen=108000 quantity=1',
      'labour HL-001 工时（前大灯总成）/Labour (Headlamp assembly) ×1.25 | out OUT_BY_MONTHS | published 8000 card null | customer 10000 dealer 0 | return false unapproved false chargeable true | LABOUR_OUT_OF_WARRANTY_LOWER_OF | warranty-terms H5 v1 (2020-01-01); fee-standard #1 (2020-01-01, approved) | startDate=2024-06-20 lastCoveredDay=2027-06-20 usage=40000 repairDate=2027-07-01 standardRateFen=8000 cardRateFen=null rateFen=8000 hours=1.25 rounding=half-up to the fen',
      'labour - 检查 check/检查 check ×0.5 | out OUT_BY_MONTHS | published 8000 card null | customer 4000 dealer 0 | return false unapproved false chargeable true | LABOUR_OUT_OF_WARRANTY_LOWER_OF | warranty-terms H5 v1 (2020-01-01); fee-standard #1 (2020-01-01, approved) | startDate=2024-06-20 lastCoveredDay=2027-06-20 usage=40000 repairDate=2027-07-01 standardRateFen=8000 cardRateFen=null rateFen=8000 hours=0.5 rounding=half-up to the fen',
      'labour - 工时/Labour ×1 | out OUT_BY_MONTHS | published 8000 card null | customer 8000 dealer 0 | return false unapproved false chargeable true | LABOUR_OUT_OF_WARRANTY_LOWER_OF | warranty-terms H5 v1 (2020-01-01); fee-standard #1 (2020-01-01, approved) | startDate=2024-06-20 lastCoveredDay=2027-06-20 usage=40000 repairDate=2027-07-01 standardRateFen=8000 cardRateFen=null rateFen=8000 hours=1 rounding=half-up to the fen',
      'callout - 外出服务费/Call-out fee ×1 | out OUT_BY_MONTHS | published 5000 card null | customer 5000 dealer 0 | return false unapproved false chargeable true | CALLOUT_OUT_OF_WARRANTY_LOWER_OF | warranty-terms H5 v1 (2020-01-01); fee-standard #1 (2020-01-01, approved) | startDate=2024-06-20 lastCoveredDay=2027-06-20 usage=40000 repairDate=2027-07-01 standardFeeFen=5000 cardFeeFen=null feeFen=5000',
      'extra WASH 洗车/Car wash ×2 | out EXTRA_NOT_COVERED | published 3000 card null | customer 6000 dealer 0 | return false unapproved false chargeable true | EXTRA_SERVICE_LOWER_OF | fee-standard #1 (2020-01-01, approved) | standardPriceFen=3000 cardPriceFen=null unitFen=3000 quantity=2',
    ],
  },
  pending: {
    summary:
      'customer 313500 dealer 0 | unapproved true chargeable false | standard s-3 #3 proposed 2021-05-01',
    lines: [
      'part HL-001 前大灯总成/Headlamp assembly ×2 | out OUT_BY_MONTHS | published 98000 card 90000 | customer 180000 dealer 0 | return false unapproved false chargeable true | PART_OUT_OF_WARRANTY_LOWER_OF | warranty-terms H5 v1 (2020-01-01); part-price HL-001 (2020-01-01); card of warranty-terms H5 v1 (2020-01-01) | startDate=2024-06-20 lastCoveredDay=2027-06-20 usage=40000 repairDate=2027-07-01 listFen=98000 cardFen=90000 unitFen=90000 quantity=2',
      'part BM-001 鼓风机/Blower motor ×1 | out OUT_BY_MONTHS | published 108000 card null | customer 108000 dealer 0 | return false unapproved false chargeable true | PART_OUT_OF_WARRANTY_LOWER_OF | warranty-terms H5 v1 (2020-01-01); part-price BM-001 (2020-01-01) | startDate=2024-06-20 lastCoveredDay=2027-06-20 usage=40000 repairDate=2027-07-01 listFen=108000 cardFen=null unitFen=108000 quantity=1',
      'labour HL-001 工时（前大灯总成）/Labour (Headlamp assembly) ×1.25 | out OUT_BY_MONTHS | published 8000 card 6000 | customer 7500 dealer 0 | return false unapproved true chargeable false | LABOUR_OUT_OF_WARRANTY_LOWER_OF | warranty-terms H5 v1 (2020-01-01); fee-standard #3 (2021-05-01, NOT approved); card of warranty-terms H5 v1 (2020-01-01) | startDate=2024-06-20 lastCoveredDay=2027-06-20 usage=40000 repairDate=2027-07-01 standardRateFen=8000 cardRateFen=6000 rateFen=6000 hours=1.25 rounding=half-up to the fen',
      'labour - 检查 check/检查 check ×0.5 | out OUT_BY_MONTHS | published 8000 card 6000 | customer 3000 dealer 0 | return false unapproved true chargeable false | LABOUR_OUT_OF_WARRANTY_LOWER_OF | warranty-terms H5 v1 (2020-01-01); fee-standard #3 (2021-05-01, NOT approved); card of warranty-terms H5 v1 (2020-01-01) | startDate=2024-06-20 lastCoveredDay=2027-06-20 usage=40000 repairDate=2027-07-01 standardRateFen=8000 cardRateFen=6000 rateFen=6000 hours=0.5 rounding=half-up to the fen',
      'labour - 工时/Labour ×1 | out OUT_BY_MONTHS | published 8000 card 6000 | customer 6000 dealer 0 | return false unapproved true chargeable false | LABOUR_OUT_OF_WARRANTY_LOWER_OF | warranty-terms H5 v1 (2020-01-01); fee-standard #3 (2021-05-01, NOT approved); card of warranty-terms H5 v1 (2020-01-01) | startDate=2024-06-20 lastCoveredDay=2027-06-20 usage=40000 repairDate=2027-07-01 standardRateFen=8000 cardRateFen=6000 rateFen=6000 hours=1 rounding=half-up to the fen',
      'callout - 外出服务费/Call-out fee ×1 | out OUT_BY_MONTHS | published 5000 card 9000 | customer 5000 dealer 0 | return false unapproved true chargeable false | CALLOUT_OUT_OF_WARRANTY_LOWER_OF | warranty-terms H5 v1 (2020-01-01); fee-standard #3 (2021-05-01, NOT approved); card of warranty-terms H5 v1 (2020-01-01) | startDate=2024-06-20 lastCoveredDay=2027-06-20 usage=40000 repairDate=2027-07-01 standardFeeFen=5000 cardFeeFen=9000 feeFen=5000',
      'extra WASH 洗车/Car wash ×2 | out EXTRA_NOT_COVERED | published 3000 card 2000 | customer 4000 dealer 0 | return false unapproved true chargeable false | EXTRA_SERVICE_LOWER_OF | fee-standard #3 (2021-05-01, NOT approved); card of warranty-terms H5 v1 (2020-01-01) | standardPriceFen=3000 cardPriceFen=2000 unitFen=2000 quantity=2',
    ],
  },
  override: {
    summary:
      'customer 191500 dealer 87000 | unapproved false chargeable true | standard s-1 #1 approved 2020-01-01',
    lines: [
      'part HL-001 前大灯总成/Headlamp assembly ×2 | out OUT_BY_MONTHS | published 98000 card 90000 | customer 180000 dealer 0 | return false unapproved false chargeable true | PART_OUT_OF_WARRANTY_LOWER_OF | warranty-terms H5/HL-001 v2 (2021-01-01); part-price HL-001 (2020-01-01); card of warranty-terms H5 v1 (2020-01-01) | startDate=2024-06-20 lastCoveredDay=2025-06-20 usage=40000 repairDate=2025-08-01 listFen=98000 cardFen=90000 unitFen=90000 quantity=2',
      'part BM-001 鼓风机/Blower motor ×1 | in IN_WARRANTY | published 108000 card null | customer 0 dealer 70000 | return false unapproved false chargeable true | PART_IN_WARRANTY_AT_COST | warranty-terms H5 v1 (2020-01-01); part-price BM-001 (2020-01-01) | startDate=2024-06-20 lastCoveredDay=2027-06-20 usage=40000 repairDate=2025-08-01 costFen=70000 quantity=1 returnRequired=false',
      'labour HL-001 工时（前大灯总成）/Labour (Headlamp assembly) ×1.25 | out OUT_BY_MONTHS | published 8000 card 6000 | customer 7500 dealer 0 | return false unapproved false chargeable true | LABOUR_OUT_OF_WARRANTY_LOWER_OF | warranty-terms H5/HL-001 v2 (2021-01-01); fee-standard #1 (2020-01-01, approved); card of warranty-terms H5 v1 (2020-01-01) | startDate=2024-06-20 lastCoveredDay=2025-06-20 usage=40000 repairDate=2025-08-01 standardRateFen=8000 cardRateFen=6000 rateFen=6000 hours=1.25 rounding=half-up to the fen',
      'labour - 检查 check/检查 check ×0.5 | in IN_WARRANTY | published 8000 card 6000 | customer 0 dealer 4000 | return false unapproved false chargeable true | LABOUR_IN_WARRANTY_AT_STANDARD | warranty-terms H5 v1 (2020-01-01); fee-standard #1 (2020-01-01, approved) | startDate=2024-06-20 lastCoveredDay=2027-06-20 usage=40000 repairDate=2025-08-01 standardRateFen=8000 cardRateFen=6000 rateFen=8000 hours=0.5 rounding=half-up to the fen',
      'labour - 工时/Labour ×1 | in IN_WARRANTY | published 8000 card 6000 | customer 0 dealer 8000 | return false unapproved false chargeable true | LABOUR_IN_WARRANTY_AT_STANDARD | warranty-terms H5 v1 (2020-01-01); fee-standard #1 (2020-01-01, approved) | startDate=2024-06-20 lastCoveredDay=2027-06-20 usage=40000 repairDate=2025-08-01 standardRateFen=8000 cardRateFen=6000 rateFen=8000 hours=1 rounding=half-up to the fen',
      'callout - 外出服务费/Call-out fee ×1 | in IN_WARRANTY | published 5000 card 9000 | customer 0 dealer 5000 | return false unapproved false chargeable true | CALLOUT_IN_WARRANTY_AT_STANDARD | warranty-terms H5 v1 (2020-01-01); fee-standard #1 (2020-01-01, approved) | startDate=2024-06-20 lastCoveredDay=2027-06-20 usage=40000 repairDate=2025-08-01 standardFeeFen=5000 cardFeeFen=9000 feeFen=5000',
      'extra WASH 洗车/Car wash ×2 | out EXTRA_NOT_COVERED | published 3000 card 2000 | customer 4000 dealer 0 | return false unapproved false chargeable true | EXTRA_SERVICE_LOWER_OF | fee-standard #1 (2020-01-01, approved); card of warranty-terms H5 v1 (2020-01-01) | standardPriceFen=3000 cardPriceFen=2000 unitFen=2000 quantity=2',
    ],
  },
  noTerms: {
    summary:
      'customer 337000 dealer 0 | unapproved false chargeable true | standard s-1 #1 approved 2020-01-01',
    lines: [
      'part HL-001 前大灯总成/Headlamp assembly ×2 | out NO_WARRANTY_TERMS | published 98000 card null | customer 196000 dealer 0 | return false unapproved false chargeable true | PART_OUT_OF_WARRANTY_LOWER_OF | no warranty terms; part-price HL-001 (2020-01-01) | startDate=null lastCoveredDay=null usage=40000 repairDate=2025-08-01 listFen=98000 cardFen=null unitFen=98000 quantity=2',
      'part BM-001 鼓风机/Blower motor ×1 | out NO_WARRANTY_TERMS | published 108000 card null | customer 108000 dealer 0 | return false unapproved false chargeable true | PART_OUT_OF_WARRANTY_LOWER_OF | no warranty terms; part-price BM-001 (2020-01-01) | startDate=null lastCoveredDay=null usage=40000 repairDate=2025-08-01 listFen=108000 cardFen=null unitFen=108000 quantity=1',
      'labour HL-001 工时（前大灯总成）/Labour (Headlamp assembly) ×1.25 | out NO_WARRANTY_TERMS | published 8000 card null | customer 10000 dealer 0 | return false unapproved false chargeable true | LABOUR_OUT_OF_WARRANTY_LOWER_OF | no warranty terms; fee-standard #1 (2020-01-01, approved) | startDate=null lastCoveredDay=null usage=40000 repairDate=2025-08-01 standardRateFen=8000 cardRateFen=null rateFen=8000 hours=1.25 rounding=half-up to the fen',
      'labour - 检查 check/检查 check ×0.5 | out NO_WARRANTY_TERMS | published 8000 card null | customer 4000 dealer 0 | return false unapproved false chargeable true | LABOUR_OUT_OF_WARRANTY_LOWER_OF | no warranty terms; fee-standard #1 (2020-01-01, approved) | startDate=null lastCoveredDay=null usage=40000 repairDate=2025-08-01 standardRateFen=8000 cardRateFen=null rateFen=8000 hours=0.5 rounding=half-up to the fen',
      'labour - 工时/Labour ×1 | out NO_WARRANTY_TERMS | published 8000 card null | customer 8000 dealer 0 | return false unapproved false chargeable true | LABOUR_OUT_OF_WARRANTY_LOWER_OF | no warranty terms; fee-standard #1 (2020-01-01, approved) | startDate=null lastCoveredDay=null usage=40000 repairDate=2025-08-01 standardRateFen=8000 cardRateFen=null rateFen=8000 hours=1 rounding=half-up to the fen',
      'callout - 外出服务费/Call-out fee ×1 | out NO_WARRANTY_TERMS | published 5000 card null | customer 5000 dealer 0 | return false unapproved false chargeable true | CALLOUT_OUT_OF_WARRANTY_LOWER_OF | no warranty terms; fee-standard #1 (2020-01-01, approved) | startDate=null lastCoveredDay=null usage=40000 repairDate=2025-08-01 standardFeeFen=5000 cardFeeFen=null feeFen=5000',
      'extra WASH 洗车/Car wash ×2 | out EXTRA_NOT_COVERED | published 3000 card null | customer 6000 dealer 0 | return false unapproved false chargeable true | EXTRA_SERVICE_LOWER_OF | fee-standard #1 (2020-01-01, approved) | standardPriceFen=3000 cardPriceFen=null unitFen=3000 quantity=2',
    ],
  },
}

describe('whole repairs priced line by line, each line explained', () => {
  const cases = Object.entries(EXPECTED).flatMap(([name, e]) =>
    e.lines.map((line, i) => [name, i, line] as const),
  )
  it.each(cases)('%s, line %i', (name, i, line) => {
    expect(render(priced(name).lines[i]!)).toBe(line)
  })

  it.each(Object.entries(EXPECTED))('%s: the totals, the flag and the standard used', (name, e) => {
    const p = priced(name)
    expect(p.lines).toHaveLength(e.lines.length)
    const s = p.standard!
    expect(
      [
        `customer ${p.totals.customerChargeFen} dealer ${p.totals.dealerReimbursementFen}`,
        `unapproved ${p.unapprovedStandard} chargeable ${p.chargeable}`,
        `standard ${s.id} #${s.seq} ${s.status} ${s.effectiveFrom}`,
      ].join(' | '),
    ).toBe(e.summary)
    expect(Object.keys(s)).toEqual(['id', 'seq', 'status', 'effectiveFrom'])
    expect(p.totals.customerChargeFen).toBe(p.lines.reduce((sum, l) => sum + l.customerChargeFen, 0))
    expect(p.totals.dealerReimbursementFen).toBe(
      p.lines.reduce((sum, l) => sum + l.dealerReimbursementFen, 0),
    )
  })

  it('each kind of line carries only its own code', () => {
    const keys = priced('in').lines.map((l) => [l.kind, 'partCode' in l, 'extraCode' in l])
    expect(keys).toEqual([
      ['part', true, false],
      ['part', true, false],
      ['labour', true, false],
      ['labour', false, false],
      ['labour', false, false],
      ['callout', false, false],
      ['extra', false, true],
    ])
  })

  it("the coverage of the repair is the vehicle's, and it names the repair", () => {
    const p = priced('override')
    expect([p.repairDate, p.productLineCode, p.coverage.inWarranty, p.coverage.lastCoveredDay]).toEqual([
      '2025-08-01',
      'H5',
      true,
      '2027-06-20',
    ])
    expect(priced('noTerms').coverage).toMatchObject({
      inWarranty: false,
      startDate: null,
      lastCoveredDay: null,
    })
  })

  it('a card in a snapshot without line terms still lowers the price, but names no terms for it', () => {
    const r = repair({ repairDate: '2025-08-01' })
    const rules = { ...selectRulesInForce(versions({ terms: [] }), r.repairDate, 'H5'), card }
    expect(render(priceRepair(r, rules).lines[0]!)).toBe(
      'part HL-001 前大灯总成/Headlamp assembly ×1 | out NO_WARRANTY_TERMS | published 98000 card 90000 | customer 90000 dealer 0 | return false unapproved false chargeable true | PART_OUT_OF_WARRANTY_LOWER_OF | no warranty terms; part-price HL-001 (2020-01-01) | startDate=null lastCoveredDay=null usage=40000 repairDate=2025-08-01 listFen=98000 cardFen=90000 unitFen=90000 quantity=1',
    )
  })

  it("a card without a price for a line is not named in that line's versions", () => {
    const partsOnly = {
      labourRateFen: null,
      calloutFeeFen: null,
      partPrices: { 'HL-001': 90_000 },
      extras: {},
    }
    const r = work('2027-07-01')
    const p = priceRepair(
      r,
      selectRulesInForce(versions({ terms: [terms({ card: partsOnly })] }), r.repairDate, 'H5'),
    )
    expect(p.lines.map((l) => `${l.kind} ${l.customerChargeFen} | ${l.explanation.version}`)).toEqual([
      'part 180000 | warranty-terms H5 v1 (2020-01-01); part-price HL-001 (2020-01-01); card of warranty-terms H5 v1 (2020-01-01)',
      'part 108000 | warranty-terms H5 v1 (2020-01-01); part-price BM-001 (2020-01-01)',
      'labour 10000 | warranty-terms H5 v1 (2020-01-01); fee-standard #1 (2020-01-01, approved)',
      'labour 4000 | warranty-terms H5 v1 (2020-01-01); fee-standard #1 (2020-01-01, approved)',
      'labour 8000 | warranty-terms H5 v1 (2020-01-01); fee-standard #1 (2020-01-01, approved)',
      'callout 5000 | warranty-terms H5 v1 (2020-01-01); fee-standard #1 (2020-01-01, approved)',
      'extra 6000 | fee-standard #1 (2020-01-01, approved)',
    ])
  })

  it('without a standard in force the repair names none', () => {
    const r = repair()
    expect(
      priceRepair(r, selectRulesInForce(versions({ standards: [] }), r.repairDate, 'H5')).standard,
    ).toBeNull()
  })

  it('a labour line for a part not in the catalogue is refused at its field', () => {
    const r = repair({ parts: [], labour: [{ hours: 1 }, { hours: 1, partCode: 'NOPE-1' }] })
    let error: unknown
    try {
      priceRepair(r, selectRulesInForce(versions(), r.repairDate, 'H5'))
    } catch (e) {
      error = e
    }
    expect(error).toMatchObject({
      code: 'FEE.UNKNOWN_PART',
      field: 'labour.1.partCode',
      details: { code: 'NOPE-1' },
    })
  })

  it.each([
    [true, 'FEE.UNAPPROVED_STANDARD'],
    [false, null],
  ])('charging a repair on an unapproved standard (%s) is refused: %s', (unapproved, code) => {
    let error: { code?: string } | null = null
    try {
      assertChargeable({ unapprovedStandard: unapproved })
    } catch (e) {
      error = e as { code: string }
    }
    expect(error?.code ?? null).toBe(code)
  })
})
