import type { KeysetWindow } from '../shared/paging'
import type { ReimbursementClaim, ReimbursementLine } from './reimbursement.entity'
import type { DealerLedgerEntry, DealerLedgerEntryDraft } from './reimbursement.ledger'
import type { ClaimPeriod } from './reimbursement.period'
import type { DeductionLine, SettlableLine } from './reimbursement.settlement'
import type { EarlierReading } from './reimbursement.usage'
import type { LinePricing, LineProblem } from './reimbursement.validation'
import type { ReimbursementStatus } from './reimbursement.vocabulary'

export type ReimbursementClaimSummary = ReimbursementClaim & {
  dealerCode: string
  dealerName: string
  lines: number
  claimedFen: number
  decided: number
  approvedFen: number
}

export type NewReimbursementLine = Pick<
  ReimbursementLine,
  | 'repairOrderNo'
  | 'repairDate'
  | 'serial'
  | 'partCode'
  | 'quantity'
  | 'labourHours'
  | 'oldPartRegistrationNo'
  | 'claimedFen'
  | 'pricing'
  | 'problems'
> &
  /** Absent: entered without a reading (the vehicle's record is used). */
  Partial<Pick<ReimbursementLine, 'usageReading'>>

export type ReimbursementStatusPatch = {
  status: ReimbursementStatus
  submittedAt?: Date | null
  auditStartedAt?: Date | null
  auditedAt?: Date | null
  settledAt?: Date | null
}

export interface ReimbursementClaimRepository {
  byId(id: string): Promise<ReimbursementClaim | null>
  /** The dealer's claim for the period, created when there is none (one per dealer and period). */
  getOrCreate(
    dealerId: string,
    period: ClaimPeriod,
    at: Date,
  ): Promise<{ claim: ReimbursementClaim; created: boolean }>
  forDealerPeriod(dealerId: string, period: ClaimPeriod): Promise<ReimbursementClaim | null>
  list(
    f: {
      dealerId?: string
      status?: ReimbursementStatus
      period?: ClaimPeriod
      limit: number
      offset: number
    } & KeysetWindow,
  ): Promise<{ items: ReimbursementClaimSummary[]; total: number }>
  /** Applies a status change when the claim is still at `version`; null when it is not (stale). */
  transition(
    id: string,
    version: number,
    patch: ReimbursementStatusPatch,
    at: Date,
  ): Promise<ReimbursementClaim | null>
  /** Bumps the version after a line change (the claim's optimistic lock); null when stale. */
  touch(id: string, version: number, at: Date): Promise<ReimbursementClaim | null>
  /** The claim a submission key already produced for this dealer, if any. */
  submissionByKey(dealerId: string, key: string): Promise<{ claimId: string } | null>
  /** Records a submission key; false when the dealer used it already (unique per dealer). */
  recordSubmission(dealerId: string, key: string, claimId: string, at: Date): Promise<boolean>
  /** The dealer's audited claims with period ≤ `upTo`, locked until the transaction ends. */
  lockAudited(dealerId: string, upTo: ClaimPeriod): Promise<ReimbursementClaim[]>
  /** Marks claims settled whose every line is settled. */
  settleComplete(claimIds: string[], at: Date): Promise<number>
}

export interface ReimbursementLineRepository {
  ofClaim(claimId: string): Promise<ReimbursementLine[]>
  byId(id: string): Promise<ReimbursementLine | null>
  add(
    claim: Pick<ReimbursementClaim, 'id' | 'dealerId'>,
    lines: NewReimbursementLine[],
    at: Date,
  ): Promise<ReimbursementLine[]>
  /** Changes a line's content; only lines of unsubmitted claims (not locked) change. */
  update(id: string, line: NewReimbursementLine, at: Date): Promise<ReimbursementLine | null>
  remove(id: string): Promise<boolean>
  /** Stores fresh prices and problems after a re-validation. */
  reprice(
    updates: { id: string; claimedFen: number; pricing: LinePricing | null; problems: LineProblem[] }[],
    at: Date,
  ): Promise<void>
  /**
   * Locks (true) or frees (false) the claim's lines against duplicates: a unique index over locked
   * lines refuses the same (dealer, repair order, part) twice, whoever submits.
   */
  setLocked(claimId: string, locked: boolean): Promise<void>
  /** Keys `repairOrderNo|partCode` (upper case) of the dealer's locked lines outside `exceptClaimId`. */
  claimedKeys(dealerId: string, exceptClaimId: string): Promise<Set<string>>
  /** HQ's decision; null when the line is settled meanwhile (a settled line never changes). */
  decide(
    id: string,
    d: Pick<
      ReimbursementLine,
      'decision' | 'approvedFen' | 'reasonCode' | 'reasonText' | 'decidedBy' | 'decidedAt'
    >,
  ): Promise<ReimbursementLine | null>
  /** Decided, unsettled lines of the given claims; with `lock`, locked until the transaction ends. */
  settlable(claimIds: string[], opts?: { lock: boolean }): Promise<SettlableLine[]>
  /** Settles lines that are not settled yet; returns how many it settled. */
  markSettled(ids: string[], settlementId: string, at: Date): Promise<number>
  ofSettlement(settlementId: string): Promise<(ReimbursementLine & { period: ClaimPeriod })[]>
  /**
   * What HQ has paid (or agreed to pay) for a part under warranty: approved or adjusted lines of that
   * part, optionally only those repair orders; newest first. The 8D cost recovery starts from these.
   */
  paidForPart(
    partCode: string,
    repairOrderNos: readonly string[] | null,
    limit: number,
  ): Promise<(ReimbursementLine & { period: ClaimPeriod })[]>
  /** Every usage reading recorded on claim lines for these VINs (any dealer), by VIN (upper case). */
  readingsOf(serials: readonly string[]): Promise<Map<string, EarlierReading[]>>
}

export type SettlementRun = {
  id: string
  period: ClaimPeriod
  dealerId: string
  dealerCode: string
  dealerName: string
  statementNo: string
  linesFen: number
  deductionsFen: number
  netFen: number
  openingBalanceFen: number
  closingBalanceFen: number
  lineCount: number
  entryCount: number
  trigger: 'schedule' | 'manual'
  runBy: string
  settledAt: Date
}

export type NewSettlementRun = Omit<SettlementRun, 'id' | 'dealerCode' | 'dealerName'>

/** One transaction's share of a settlement run: these dealers, their deductions (from the fee context). */
export type SettlementBatch = {
  period: ClaimPeriod
  dealerIds: string[]
  deductions: (DeductionLine & { dealerId: string })[]
  at: Date
  trigger: SettlementRun['trigger']
  runBy: string
}

export interface SettlementRepository {
  /** Inserts the run; null when (period, dealer) is settled already (a unique constraint decides). */
  insert(run: NewSettlementRun): Promise<SettlementRun | null>
  /**
   * Settles a batch of dealers with set-based statements inside the caller's transaction: per dealer
   * with anything to settle, a run (unique per period and dealer), its ledger entries (each cause once),
   * its lines marked and its claims closed. Dealers another run settled first come back in
   * `alreadySettled` with that run.
   */
  settleBatch(b: SettlementBatch): Promise<{ settled: SettlementRun[]; alreadySettled: SettlementRun[] }>
  byId(id: string): Promise<SettlementRun | null>
  forDealerPeriod(dealerId: string, period: ClaimPeriod): Promise<SettlementRun | null>
  list(
    f: { dealerId?: string; period?: ClaimPeriod; limit: number; offset: number } & KeysetWindow,
  ): Promise<{
    items: SettlementRun[]
    total: number
  }>
  /** Whether the scheduled pass over every dealer finished for the period. */
  periodDone(period: ClaimPeriod): Promise<boolean>
  markPeriodDone(period: ClaimPeriod, at: Date): Promise<void>
}

export interface DealerLedgerRepository {
  /** Inserts entries; a key posted before makes the whole insert fail (and the transaction with it). */
  post(
    entries: DealerLedgerEntryDraft[],
    meta: { settlementId: string | null; at: Date; by: string },
  ): Promise<DealerLedgerEntry[]>
  postedKeys(keys: string[]): Promise<Set<string>>
  balance(dealerId: string): Promise<number>
  list(
    dealerId: string,
    limit: number,
    offset: number,
    window?: KeysetWindow,
  ): Promise<{ items: DealerLedgerEntry[]; total: number }>
  ofSettlement(settlementId: string): Promise<DealerLedgerEntry[]>
}

export type ReimbursementSettings = { version: number; submissionDeadlineDay: number }

export interface ReimbursementSettingsRepository {
  current(): Promise<ReimbursementSettings | null>
  /** Stores the settings as `version`; false when that version exists already (someone saved first). */
  save(s: ReimbursementSettings, by: string, at: Date): Promise<boolean>
}

export interface ReimbursementRepositories {
  claims: ReimbursementClaimRepository
  lines: ReimbursementLineRepository
  settlements: SettlementRepository
  ledger: DealerLedgerRepository
  settings: ReimbursementSettingsRepository
}
