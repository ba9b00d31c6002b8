import type { CaseFacts, TeachingCaseRecord } from '@asq/domain'
import { teachingCaseLeaks } from '@asq/domain'

/**
 * What each audience reads of a teaching case. The library (every station, all of HQ) gets the
 * anonymised text and its filing only: no complaint, no customer, no author.
 */
export const libraryItem = (t: TeachingCaseRecord) => ({
  id: t.id,
  title: t.title,
  cause: t.cause,
  part: t.partCode ? { code: t.partCode, nameZh: t.partNameZh, nameEn: t.partNameEn } : null,
  customerType: t.customerType,
  communicationStyle: t.communicationStyle,
  mindsets: t.mindsets,
  publishedAt: t.publishedAt,
})

export const libraryCase = (t: TeachingCaseRecord) => ({
  ...libraryItem(t),
  story: t.story,
  actions: t.actions,
  lessons: t.lessons,
})

/** HQ's editors: every status, the case it came from, and where the text still names the customer. */
export const editorItem = (t: TeachingCaseRecord) => ({
  ...libraryItem(t),
  status: t.status,
  complaintId: t.complaintId,
  updatedAt: t.updatedAt,
  version: t.version,
})

export const editorCase = (
  t: TeachingCaseRecord,
  complaintNumber: string | null,
  facts: CaseFacts | null,
) => ({
  ...libraryCase(t),
  ...editorItem(t),
  complaintNumber,
  createdBy: t.createdBy,
  createdAt: t.createdAt,
  withdrawnAt: t.withdrawnAt,
  /** Each leak of the customer's data in the text: field, kind, position (never the data itself). */
  leaks: facts ? teachingCaseLeaks(t, facts.personal) : [],
})
