import type { Cause } from '../../complaint'
import type { Page } from '../../shared/paging'
import type { TeachingCase } from './teaching-case.entity'
import type { CaseFacts } from './teaching-case.rules'
import type { ManageTeachingCasesInput } from './teaching-case.schema'

/** A teaching case as read: with its part's names from the catalogue. */
export type TeachingCaseRecord = TeachingCase & { partNameZh: string | null; partNameEn: string | null }

export type NewTeachingCase = Omit<TeachingCase, 'id' | 'version' | 'publishedAt' | 'withdrawnAt'>

export interface TeachingCaseRepository {
  /** Null when the complaint has a teaching case already (one per case). */
  create(c: NewTeachingCase): Promise<TeachingCaseRecord | null>
  byId(id: string): Promise<TeachingCaseRecord | null>
  byComplaint(complaintId: string): Promise<TeachingCaseRecord | null>
  /** Null when the version is stale (or the case is gone). */
  update(id: string, version: number, patch: Partial<TeachingCase>): Promise<TeachingCaseRecord | null>
  /** Newest first (published, else created); `status` unset lists every status. */
  search(f: ManageTeachingCasesInput): Promise<Page<TeachingCaseRecord>>
  /** Published cases of that cause or about one of those parts, newest first (bounded). */
  similarCandidates(f: { cause: Cause; partCodes: readonly string[] }): Promise<TeachingCaseRecord[]>
  /** The case's customer data (for the anonymisation check), key-account flag and the catalogue parts it concerned. */
  caseFacts(complaintId: string): Promise<CaseFacts | null>
  partExists(code: string): Promise<boolean>
}
