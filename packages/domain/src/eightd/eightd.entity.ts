import type {
  Discipline,
  EightdClaimStatus,
  EightdCostKind,
  EightdFoundAt,
  EightdRecoveryStatus,
  EightdSeverity,
  StepReviewStatus,
} from './eightd.vocabulary'

/** An 8D claim: one supplier, one defect. */
export type EightdClaim = {
  id: string
  number: string
  supplierId: string
  title: string
  partCode: string
  partName: string
  lot: string
  quantityAffected: number
  foundAt: EightdFoundAt
  severity: EightdSeverity
  description: string
  complaintIds: string[]
  /** Warranty claim lines this defect came from, as the warranty system numbers them. */
  warrantyRefs: string[]
  status: EightdClaimStatus
  openedAt: Date
  openedBy: string
  closedAt: Date | null
  /** Highest escalation level reached by any overdue step (0 = none). */
  escalationLevel: number
  /** The nearest deadline of a step the supplier still owes; null when none is owed. */
  nextDueAt: Date | null
  version: number
}

/** One step of a claim: its current content (draft or last submitted), review state and deadline. */
export type EightdStep = {
  claimId: string
  step: Discipline
  status: StepReviewStatus
  content: Record<string, unknown>
  /** How many times it was submitted; the approved/current submission is this revision. */
  revision: number
  deadlineAt: Date
  firstSubmittedAt: Date | null
  submittedAt: Date | null
  approvedAt: Date | null
  updatedAt: Date
  version: number
}

/** A submitted version of a step, kept so HQ can compare it with the previous one. */
export type EightdStepRevision = {
  claimId: string
  step: Discipline
  revision: number
  content: Record<string, unknown>
  submittedAt: Date
  submittedBy: string
}

/** HQ's decision on one revision: the comment goes to the supplier, the internal note never does. */
export type EightdReview = {
  id: string
  claimId: string
  step: Discipline
  revision: number
  decision: 'approved' | 'rejected'
  comment: string
  internalNote: string
  reviewer: string
  at: Date
}

export type EightdCostLine = {
  kind: EightdCostKind
  description: string
  amountFen: number
  complaintId?: string | null
}

export type EightdRecovery = {
  claimId: string
  lines: EightdCostLine[]
  costFen: number
  handlingFeeFen: number
  /** Cost + handling fee: the most HQ may ask for. */
  computedFen: number
  /** What HQ asks for now (≤ computedFen). */
  amountFen: number
  status: EightdRecoveryStatus
  disputeReason: string | null
  hqNote: string | null
  decidedAt: Date | null
  updatedAt: Date
  version: number
}
