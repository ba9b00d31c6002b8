import { page } from '@asq/ui'
import type { RouteRecordRaw } from 'vue-router'
import { TEACHING_EDITORS } from './labels'

const meta = { roles: [...TEACHING_EDITORS] }

/** The learning centre's teaching cases (issue 18): HQ's list and editor, and the library every HQ role reads. */
export const teachingRoutes: RouteRecordRaw[] = [
  page('learning/cases', 'teaching-cases', () => import('./TeachingCasesPage.vue'), { meta }),
  page('learning/cases/:id', 'teaching-case-edit', () => import('./TeachingCaseEditPage.vue'), {
    props: true,
    meta,
  }),
  page('learning/library', 'teaching-library', () => import('./LibraryPage.vue')),
  page('learning/library/:id', 'teaching-library-case', () => import('./LibraryCasePage.vue'), {
    props: true,
  }),
]
