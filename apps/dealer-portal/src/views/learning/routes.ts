import { page } from '@asq/ui'
import type { RouteRecordRaw } from 'vue-router'

/** The learning centre's teaching-case library (issue 18): published cases, read-only, for every station staff member. */
export const libraryRoutes: RouteRecordRaw[] = [
  page('learning/library', 'teaching-library', () => import('./LibraryPage.vue')),
  page('learning/library/:id', 'teaching-library-case', () => import('./LibraryCasePage.vue'), {
    props: true,
  }),
]

/** Where a published case opens in the station's library. */
export const libraryCaseRoute = (id: string) => ({ name: 'teaching-library-case', params: { id } })
