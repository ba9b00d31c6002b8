/**
 * The counts a workbench home shows, each an indexed count in the database (no rows are loaded):
 * what is waiting for HQ, for one service station, for one supplier.
 */
export type HqWorkbenchCounts = {
  /** Open complaints past their nearest deadline. */
  overdueCases: number
  /** Open complaints whose nearest deadline falls within the next `withinHours`. */
  nearBreachCases: number
  /** Goodwill proposals waiting for HQ's approval. */
  approvalsWaiting: number
  /** Technical-support questions not yet answered. */
  techQuestions: number
  /** Reimbursement claims submitted or under audit. */
  claimsToAudit: number
  /** 8D steps submitted (or resubmitted) and waiting for HQ's review. */
  stepsToReview: number
  /** Early-warning signals no 8D has been opened from. */
  openSignals: number
}

export type StationWorkbenchCounts = {
  overdueCases: number
  /** The station's complaints in follow-up (回访) now. */
  followUpsDue: number
  /** Open follow-up tasks from low survey scores. */
  surveyTasks: number
  /** The status of the station's claim for a period, or null when none is started. */
  claimStatus: string | null
}

export type SupplierWorkbenchCounts = {
  /** Open 8D claims with a step the supplier still owes, and of those the ones past the deadline. */
  stepsOwed: number
  stepsOverdue: number
  /** The nearest deadline of an owed step. */
  nextDueAt: Date | null
  /** Cost recoveries proposed by HQ that the supplier has not answered. */
  recoveriesToAnswer: number
}

export interface WorkbenchRepository {
  hq(now: Date, nearBefore: Date): Promise<HqWorkbenchCounts>
  station(stationId: string, now: Date, claimPeriod: string): Promise<StationWorkbenchCounts>
  supplier(supplierId: string, now: Date): Promise<SupplierWorkbenchCounts>
}
