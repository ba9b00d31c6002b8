import type { RouterOutputs } from '@asq/api-client'
import type { Cause, CustomerType, SearchTeachingCasesInput } from '@asq/domain'
import type { RouteLocationRaw } from 'vue-router'

/** A published teaching case as the library lists it (no complaint, no customer, no author). */
export type LibraryItem = RouterOutputs['improvement']['learning']['search']['items'][number]
/** One published teaching case with its text. */
export type LibraryCase = RouterOutputs['improvement']['learning']['get']
/** Where a teaching case opens in the app showing it. */
export type CaseRoute = (id: string) => RouteLocationRaw

/**
 * The library's two routes, named alike in both staff apps (HQ's and the stations' `teaching-library`
 * and `teaching-library-case`), so the shared library and case screens link to each other themselves.
 */
export const LIBRARY_ROUTE = { name: 'teaching-library' } as const
export const libraryCaseRoute: CaseRoute = (id) => ({ name: 'teaching-library-case', params: { id } })

/** The library's filters and their defaults (kept in the URL by the paged list). */
export const LIBRARY_FILTERS = {
  q: '',
  cause: '' as Cause | '',
  partCode: '',
  customerType: '' as CustomerType | '',
}

/**
 * The library's procedures (`client.improvement.learning`: the same for HQ and the stations), passed
 * in by the app with its query keys (`keyOf.improvement.learning.…`).
 */
export type LearningApi = {
  search: {
    query(input: SearchTeachingCasesInput): Promise<RouterOutputs['improvement']['learning']['search']>
  }
  get: { query(input: { id: string }): Promise<LibraryCase> }
  similar: { query(input: { complaintId: string }): Promise<LibraryItem[]> }
}
