import type { RouteRecordRaw } from 'vue-router'
import { TEACHING_EDITORS } from './labels'

const meta = { roles: [...TEACHING_EDITORS] }

/** The learning centre's teaching cases (issue 18): HQ's list and editor, and the library every HQ role reads. */
export const teachingRoutes: RouteRecordRaw[] = [
  {
    path: 'learning/cases',
    name: 'teaching-cases',
    component: () => import('./TeachingCasesPage.vue'),
    meta,
  },
  {
    path: 'learning/cases/:id',
    name: 'teaching-case-edit',
    component: () => import('./TeachingCaseEditPage.vue'),
    props: true,
    meta,
  },
  { path: 'learning/library', name: 'teaching-library', component: () => import('./LibraryPage.vue') },
  {
    path: 'learning/library/:id',
    name: 'teaching-library-case',
    component: () => import('./LibraryCasePage.vue'),
    props: true,
  },
]
