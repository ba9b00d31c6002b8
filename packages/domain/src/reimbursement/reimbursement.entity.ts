import type { ClaimPeriod } from './reimbursement.period'
import type { LinePricing, LineProblem } from './reimbursement.validation'
import type {
  ReimbursementAuditReason,
  ReimbursementDecision,
  ReimbursementStatus,
} from './reimbursement.vocabulary'

/** A dealer's claim for one month; one per (dealer, period). */
export type ReimbursementClaim = {
  id: string
  dealerId: string
  period: ClaimPeriod
  status: ReimbursementStatus
  version: number
  submittedAt: Date | null
  auditStartedAt: Date | null
  auditedAt: Date | null
  settledAt: Date | null
  createdAt: Date
  updatedAt: Date
}

/** One in-warranty repair line of a claim, with its price, its problems and HQ's decision. */
export type ReimbursementLine = {
  id: string
  claimId: string
  dealerId: string
  seq: number
  repairOrderNo: string
  repairDate: string
  serial: string
  partCode: string
  quantity: number
  labourHours: number
  oldPartRegistrationNo: string | null
  /** Odometer (km) or running hours on the repair order; null on lines entered without one. */
  usageReading: number | null
  /** What the dealer claims: the fee engine's reimbursement at the repair date's rules. */
  claimedFen: number
  pricing: LinePricing | null
  problems: LineProblem[]
  decision: ReimbursementDecision | null
  /** The amount HQ pays: claimed (approved), HQ's figure (adjusted), 0 (rejected). */
  approvedFen: number | null
  reasonCode: ReimbursementAuditReason | null
  reasonText: string | null
  decidedBy: string | null
  decidedAt: Date | null
  settlementId: string | null
  settledAt: Date | null
}

/** What a line pays at settlement. Undecided and rejected lines pay nothing. */
export function payableFen(l: Pick<ReimbursementLine, 'decision' | 'claimedFen' | 'approvedFen'>): number {
  if (l.decision === 'approved') return l.claimedFen
  if (l.decision === 'adjusted') return l.approvedFen ?? 0
  return 0
}

export type ReimbursementTotals = {
  lines: number
  claimedFen: number
  decided: number
  approvedFen: number
  rejected: number
  problems: number
}

export function reimbursementTotals(lines: readonly ReimbursementLine[]): ReimbursementTotals {
  return lines.reduce<ReimbursementTotals>(
    (t, l) => ({
      lines: t.lines + 1,
      claimedFen: t.claimedFen + l.claimedFen,
      decided: t.decided + (l.decision ? 1 : 0),
      approvedFen: t.approvedFen + payableFen(l),
      rejected: t.rejected + (l.decision === 'rejected' ? 1 : 0),
      problems: t.problems + (l.problems.length > 0 ? 1 : 0),
    }),
    { lines: 0, claimedFen: 0, decided: 0, approvedFen: 0, rejected: 0, problems: 0 },
  )
}
