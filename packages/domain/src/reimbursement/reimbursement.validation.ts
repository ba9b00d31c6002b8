import type { ClaimPeriod } from './reimbursement.period'
import { periodOf } from './reimbursement.period'
import type { UsageCheck } from './reimbursement.usage'
import type { LineProblemCode } from './reimbursement.vocabulary'
import { LINE_PROBLEM_LABELS } from './reimbursement.vocabulary'

/**
 * What the fee engine says about one repair line at the rules in force on its repair date (the API's
 * pricing adapter builds it; the domain only judges it). Money is integer fen.
 */
export type LinePricing = {
  partKnown: boolean
  productKnown: boolean
  /** Rules in force on the repair date were found and applied. */
  priced: boolean
  inWarranty: boolean
  warrantyReason: string
  /** What HQ reimburses the dealer for the line (parts + labour). */
  partsFen: number
  labourFen: number
  totalFen: number
  mustReturnOldPart: boolean
  /** The dealer's fee standard in force on the repair date is approved by HQ (labour can be paid). */
  standardApproved: boolean
  /** registered: the number is in the old-part register for this dealer and part. */
  oldPart: 'registered' | 'missing' | 'not_required'
  /** The usage the warranty was judged at, where it came from, and an earlier higher reading if any. */
  usage?: UsageCheck
  /** Which rule and version produced each figure, and the inputs used. */
  explanation: string[]
}

export type LineFacts = {
  quantity: number
  labourHours: number
  repairDate: string
  repairOrderNo: string
  partCode: string
}

export type LineProblem = { code: LineProblemCode; zh: string; en: string }

export type ValidationContext = {
  period: ClaimPeriod
  /** Today's local date (YYYY-MM-DD). */
  today: string
  /** Keys `repairOrderNo|partCode` the dealer already claimed in another claim. */
  claimedElsewhere: ReadonlySet<string>
}

export const reimbursementKey = (l: { repairOrderNo: string; partCode: string }) =>
  `${l.repairOrderNo.trim().toUpperCase()}|${l.partCode.trim().toUpperCase()}`

const problem = (code: LineProblemCode): LineProblem => ({ code, ...LINE_PROBLEM_LABELS[code] })

/** The problems of one line on its own (no duplicates check). */
export function lineProblems(
  line: LineFacts,
  pricing: LinePricing | null,
  ctx: ValidationContext,
): LineProblem[] {
  const out: LineProblemCode[] = []
  if (!Number.isInteger(line.quantity) || line.quantity < 1) out.push('BAD_QUANTITY')
  if (!(line.labourHours >= 0)) out.push('BAD_LABOUR_HOURS')
  if (periodOf(line.repairDate) !== ctx.period) out.push('DATE_OUTSIDE_PERIOD')
  if (line.repairDate > ctx.today) out.push('DATE_IN_FUTURE')
  if (!pricing) out.push('NOT_PRICED')
  else {
    if (!pricing.partKnown) out.push('UNKNOWN_PART')
    if (!pricing.productKnown) out.push('UNKNOWN_PRODUCT')
    if (pricing.partKnown && pricing.productKnown) {
      if (!pricing.priced) out.push('NOT_PRICED')
      else if (!pricing.inWarranty) out.push('NOT_IN_WARRANTY')
      else if (!pricing.standardApproved && pricing.labourFen > 0) out.push('UNAPPROVED_STANDARD')
    }
    if (pricing.mustReturnOldPart && pricing.oldPart !== 'registered') out.push('OLD_PART_NOT_REGISTERED')
  }
  if (ctx.claimedElsewhere.has(reimbursementKey(line))) out.push('ALREADY_CLAIMED')
  return out.map(problem)
}

/**
 * Validates a whole claim: every line's own problems plus duplicates inside the claim (every
 * occurrence of a repair order + part that appears more than once is flagged). Returns the problems
 * per line id, in input order; a line without problems gets an empty list.
 */
export function validateReimbursement<L extends LineFacts & { id: string; pricing: LinePricing | null }>(
  lines: readonly L[],
  ctx: ValidationContext,
): { lineId: string; problems: LineProblem[] }[] {
  const counts = new Map<string, number>()
  for (const l of lines) counts.set(reimbursementKey(l), (counts.get(reimbursementKey(l)) ?? 0) + 1)
  return lines.map((l) => {
    const problems = lineProblems(l, l.pricing, ctx)
    if ((counts.get(reimbursementKey(l)) ?? 0) > 1) problems.push(problem('DUPLICATE_IN_CLAIM'))
    return { lineId: l.id, problems }
  })
}

export const problemsOnly = (r: { lineId: string; problems: LineProblem[] }[]) =>
  r.filter((x) => x.problems.length > 0)
