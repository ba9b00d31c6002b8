import { asTab, page } from '@asq/ui'
import type { RouteRecordRaw } from 'vue-router'

/**
 * The learning centre's teaching-case library (issue 18): published cases, read-only, for every station
 * staff member. A tab of the learning section (see ../exams/routes.ts).
 */
export const libraryPages: RouteRecordRaw[] = [
  page('library', 'teaching-library', () => import('./LibraryPage.vue'), asTab('library')),
  page('library/:id', 'teaching-library-case', () => import('./LibraryCasePage.vue'), { props: true }),
]

/** Where a published case opens in the station's library. */
export const libraryCaseRoute = (id: string) => ({ name: 'teaching-library-case', params: { id } })
