import type { Cause, CommunicationStyle, Mindset } from '../../complaint'
import type { CustomerType, TeachingCaseStatus } from './learning.vocabulary'

/** The text of a teaching case: what the library shows and the anonymisation check reads. */
export const TEACHING_TEXT_FIELDS = ['title', 'story', 'actions', 'lessons'] as const
export type TeachingTextField = (typeof TEACHING_TEXT_FIELDS)[number]

/** What HQ writes about the case; all of it shown to every station once published. */
export type TeachingCaseContent = {
  title: string
  cause: Cause
  /** A part of the catalogue (fee_parts.code), when the case is about one. */
  partCode: string | null
  customerType: CustomerType
  communicationStyle: CommunicationStyle | null
  mindsets: Mindset[]
  /** The anonymised story (what happened, how the customer felt). */
  story: string
  /** What was done: the handling, the solution, the goodwill. */
  actions: string
  /** What the handler learned. */
  lessons: string
}

/**
 * A closed complaint HQ turned into a teaching case (learning centre). It keeps the complaint's id for
 * HQ; stations never receive it, nor anything of the customer.
 */
export type TeachingCase = TeachingCaseContent & {
  id: string
  /** The closed case it was made from; null for a case of the handlers' training material. */
  complaintId: string | null
  status: TeachingCaseStatus
  createdBy: string
  createdAt: Date
  updatedAt: Date
  publishedAt: Date | null
  withdrawnAt: Date | null
  version: number
}
