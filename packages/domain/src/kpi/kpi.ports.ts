import type { AggregateDim, DailyDelta, DimScope, HoursDelta } from './kpi.contributions'
import type { EightdTotals } from './kpi.eightd'
import type { ComplaintEventLike, ComplaintFact, ComplaintForFact } from './kpi.facts'
import type { KpiPeriod } from './kpi.period'
import type { ComplaintTally, TallyCounter } from './kpi.tally'
import type { Target } from './kpi.targets'

export type FactSource = { complaint: ComplaintForFact; events: ComplaintEventLike[] }

export type TargetVersion = { version: number; targets: Target[]; effectiveFrom: Date; createdBy: string }

export type LineScope =
  | { kind: 'all' }
  | { kind: 'station'; stationId: string }
  | { kind: 'region'; region: string }
  | { kind: 'product_line'; productLineId: string }

export type PartMonthCount = { partCode: string; month: string; count: number; productLineId: string | null }

export type SignalRecord = {
  id: string
  partCode: string
  month: string
  count: number
  rate: number
  limitRate: number
  supplierId: string | null
  raisedAt: Date
  eightdClaimId: string | null
}

/** HQ's inputs to the figures and what is read straight from the other contexts' tables. */
export interface KpiInputsRepository {
  productLines(): Promise<{ id: string; code: string; nameZh: string; nameEn: string }[]>
  unitsInService(months: readonly string[], productLineId: string | null): Promise<number | null>
  listUnits(months: readonly string[]): Promise<{ month: string; productLineId: string; units: number }[]>
  setUnits(
    u: { month: string; productLineId: string; units: number },
    by: string,
    at: Date,
  ): Promise<number | null>
  budget(months: readonly string[]): Promise<number | null>
  setBudget(b: { month: string; budgetFen: number }, by: string, at: Date): Promise<number | null>
  currentTargets(): Promise<TargetVersion | null>
  saveTargets(t: TargetVersion): Promise<boolean>
  /** Warranty claim lines repaired in the period (repair date), and their approved amounts. */
  claimLines(period: KpiPeriod, scope: LineScope): Promise<{ lines: number; approvedFen: number }>
  recoveries(
    period: KpiPeriod,
    supplierId: string | null,
  ): Promise<{ claimedFen: number; acceptedFen: number }>
  /**
   * The 8D totals of the claims opened in the period (of one supplier, or of every supplier when
   * null), and the claims overdue at `now`, in grouped queries.
   */
  eightdTotals(period: KpiPeriod, supplierId: string | null, now: Date): Promise<EightdTotals>
  /** Claim lines per part and repair month, and liaison letters per part and month first seen, with the part's product line. */
  partMonthCounts(fromMonth: string, toMonth: string): Promise<PartMonthCount[]>
  /** The supplier of the latest 8D claim on each part. */
  partSuppliers(partCodes: readonly string[]): Promise<Map<string, string>>
  /** Records a signal unless one exists for (part, month); true when this call raised it. */
  raiseSignal(s: Omit<SignalRecord, 'id' | 'eightdClaimId'>): Promise<boolean>
  signals(fromMonth: string): Promise<SignalRecord[]>
  signal(id: string): Promise<SignalRecord | null>
  linkSignal(id: string, eightdClaimId: string): Promise<boolean>
  /** The claim lines behind a signal: a part's lines repaired in a month, and the part's name. */
  signalCases(
    partCode: string,
    month: string,
  ): Promise<{
    partName: string | null
    lines: { repairOrderNo: string; dealerId: string; approvedFen: number | null; claimedFen: number }[]
  }>
}

/** Storage of the KPI context: the dirty marks, the facts and their daily sums, HQ's inputs. */
export interface KpiRepository extends KpiInputsRepository {
  /** Takes (and removes) up to `limit` marks no other transaction holds. */
  claimDirty(limit: number): Promise<string[]>
  pendingCount(): Promise<number>
  factSources(complaintIds: readonly string[]): Promise<FactSource[]>
  facts(complaintIds: readonly string[]): Promise<ComplaintFact[]>
  saveFacts(facts: readonly ComplaintFact[], removed: readonly string[], at: Date): Promise<void>
  applyDeltas(d: { daily: DailyDelta[]; hours: HoursDelta[] }): Promise<void>
  tally(scope: DimScope, period: KpiPeriod): Promise<ComplaintTally>
  causeCounts(scope: DimScope, period: KpiPeriod): Promise<{ key: string; count: number }[]>
  monthlyTally(scope: DimScope, period: KpiPeriod): Promise<{ month: string; tally: ComplaintTally }[]>
  /** The counters per key of `dim` (e.g. every station): SLA breaches by station, rankings among peers. */
  countersBy(
    dim: AggregateDim,
    period: KpiPeriod,
  ): Promise<{ key: string; counters: Record<TallyCounter, number> }[]>
}
