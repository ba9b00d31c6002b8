import type { KeysetWindow } from '../shared/paging'
import type {
  EightdClaim,
  EightdRecovery,
  EightdReview,
  EightdStep,
  EightdStepRevision,
} from './eightd.entity'
import type { EightdPolicy, EightdSettings } from './eightd.policy'
import type { ScorecardClaim, ScorecardTotals } from './eightd.scorecard'
import type { Discipline, EightdClaimStatus, EightdSeverity } from './eightd.vocabulary'

export type NewEightdClaim = Omit<
  EightdClaim,
  'id' | 'status' | 'closedAt' | 'escalationLevel' | 'version' | 'nextDueAt'
> & { clientRequestId: string; deadlines: Record<Discipline, Date> }

export type EightdClaimFilter = KeysetWindow & {
  supplierId?: string
  status?: EightdClaimStatus
  severity?: EightdSeverity
  /** Only claims with a step the supplier owes past its deadline (as of `now`). */
  overdue?: boolean
  now: Date
  q?: string
  limit: number
  offset: number
  /** 'due': the nearest deadline first (the supplier inbox, the overdue board). */
  order: 'due' | 'newest'
}

export type EightdClaimListItem = EightdClaim & { supplierName: string; currentDiscipline: Discipline | null }

export interface EightdClaimRepository {
  nextSequence(year: number): Promise<number>
  /** Creates the claim and its nine steps; null when this clientRequestId opened one already. */
  create(c: NewEightdClaim): Promise<EightdClaim | null>
  byClientRequest(clientRequestId: string): Promise<EightdClaim | null>
  byId(id: string): Promise<EightdClaim | null>
  list(f: EightdClaimFilter): Promise<{ items: EightdClaimListItem[]; total: number }>
  /** Optimistic update: null when `version` is no longer the stored one. */
  update(
    id: string,
    version: number,
    patch: Partial<Pick<EightdClaim, 'status' | 'closedAt' | 'nextDueAt'>>,
  ): Promise<EightdClaim | null>
  /** Open claims with an owed step past its deadline: what the escalation sweep looks at. */
  dueForSweep(now: Date, limit: number): Promise<EightdClaim[]>
  /** Claims one (claim, step, level); null when it was escalated already (a unique key). */
  claimEscalation(e: { claimId: string; step: Discipline; level: number; at: Date }): Promise<string | null>
  /** Raises the claim's level to at least `level`. */
  raiseLevel(claimId: string, level: number): Promise<EightdClaim>
  escalations(claimId: string): Promise<{ step: Discipline; level: number; at: Date }[]>
}

export interface EightdStepRepository {
  forClaim(claimId: string): Promise<EightdStep[]>
  get(claimId: string, step: Discipline): Promise<EightdStep | null>
  /** Optimistic update: null when `version` is no longer the stored one. */
  update(
    claimId: string,
    step: Discipline,
    version: number,
    patch: Partial<Omit<EightdStep, 'claimId' | 'step' | 'version' | 'deadlineAt'>>,
  ): Promise<EightdStep | null>
  addRevision(r: EightdStepRevision): Promise<void>
  /** Submitted versions of one step, newest first. */
  revisions(claimId: string, step: Discipline): Promise<EightdStepRevision[]>
}

export interface EightdReviewRepository {
  add(r: Omit<EightdReview, 'id'>): Promise<EightdReview>
  forClaim(claimId: string): Promise<EightdReview[]>
}

export type EightdEvidence = {
  id: string
  claimId: string
  step: Discipline
  filename: string
  mime: string
  size: number
  sha256: string
  uploadedBy: string
  createdAt: Date
}

export interface EightdEvidenceRepository {
  /** The bytes are in the file store (by `sha256`). */
  add(e: Omit<EightdEvidence, 'id' | 'createdAt'> & { at: Date }): Promise<EightdEvidence>
  forClaim(claimId: string): Promise<EightdEvidence[]>
  /** `content`: bytes stored in the row before the file store existed, else null. */
  content(id: string): Promise<(EightdEvidence & { content: Uint8Array | null }) | null>
}

export interface EightdRecoveryRepository {
  get(claimId: string): Promise<EightdRecovery | null>
  /** Inserts when `version` is null (null if one exists already), else an optimistic update. */
  save(
    claimId: string,
    version: number | null,
    r: Omit<EightdRecovery, 'claimId' | 'version'>,
  ): Promise<EightdRecovery | null>
}

export type SupplierLedgerEntry = {
  id: string
  supplierId: string
  claimId: string
  amountFen: number
  postedAt: Date
}

export interface SupplierLedgerRepository {
  /** Posts a claim's accepted recovery; null when it was posted already (one entry per claim). */
  post(e: Omit<SupplierLedgerEntry, 'id'>): Promise<SupplierLedgerEntry | null>
  forSupplier(supplierId: string): Promise<SupplierLedgerEntry[]>
}

export interface EightdPolicyRepository {
  current(): Promise<EightdPolicy | null>
  /** false when that version exists already (someone saved from the same base). */
  save(p: {
    version: number
    settings: EightdSettings
    effectiveFrom: Date
    createdBy: string
  }): Promise<boolean>
}

export interface EightdScorecardRepository {
  facts(supplierId: string): Promise<ScorecardClaim[]>
  /**
   * Each supplier's scorecard sums in one grouped query: of `supplierIds`, or of every supplier with
   * claims when null. A supplier without claims has no entry.
   */
  totals(supplierIds: readonly string[] | null): Promise<Map<string, ScorecardTotals>>
}

/** The 8D context's repositories, bound to one transaction like all the others. */
export type EightdRepositories = {
  claims: EightdClaimRepository
  steps: EightdStepRepository
  reviews: EightdReviewRepository
  evidence: EightdEvidenceRepository
  recovery: EightdRecoveryRepository
  ledger: SupplierLedgerRepository
  policy: EightdPolicyRepository
  scorecard: EightdScorecardRepository
}
