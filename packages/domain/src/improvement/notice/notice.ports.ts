import type { Cause } from '../../complaint'
import type { RewardPenaltyNotice } from './notice.rules'
import type { NoticeState } from './notice.schema'

/** The responsibility recorded for one serious case (one per case). */
export type Responsibility = {
  complaintId: string
  unitOrgId: string
  personName: string | null
  causeCode: Cause | null
  causeText: string | null
  impact: string
  recordedBy: string
  recordedAt: Date
  version: number
}

/** A notice as stored: the rules' fields, its version and when it was made and last changed. */
export type StoredNotice = RewardPenaltyNotice & { version: number; createdAt: Date; updatedAt: Date }

/** A notice in a list, with what a reader needs beside it: the case number and the unit's name. */
export type NoticeListItem = StoredNotice & {
  complaintNumber: string
  unitNameZh: string
  unitNameEn: string
  issuedByName: string
}

/** A serious case closed in a period, with its responsibility when one is recorded. */
export type SeriousClosedCase = {
  complaintId: string
  number: string
  summary: string
  cause: Cause
  stationId: string | null
  closedAt: Date
  responsibility: Responsibility | null
}

export interface NoticeRepository {
  responsibilityOf(complaintId: string): Promise<Responsibility | null>
  /** Inserts (baseVersion 0) or updates at `baseVersion`; null when that version is not the stored one. */
  saveResponsibility(r: Omit<Responsibility, 'version'>, baseVersion: number): Promise<Responsibility | null>
  /** Major complaints closed in [from, to), oldest first, with their responsibility if any. */
  seriousClosed(range: { from: Date; to: Date }): Promise<SeriousClosedCase[]>
  insert(n: RewardPenaltyNotice, at: Date): Promise<StoredNotice>
  byId(id: string): Promise<StoredNotice | null>
  /** Optimistic update: null when `version` is no longer the stored one. */
  update(n: RewardPenaltyNotice, version: number, at: Date): Promise<StoredNotice | null>
  list(f: {
    state?: NoticeState
    unitOrgId?: string
    limit: number
    offset: number
  }): Promise<{ items: NoticeListItem[]; total: number }>
  /** The unit's notices approved in [from, to): what its scorecard counts. */
  approvedFor(unitOrgId: string, range: { from: Date; to: Date }): Promise<StoredNotice[]>
}
