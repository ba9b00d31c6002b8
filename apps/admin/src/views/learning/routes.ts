import { asTab, libraryPages, page, section } from '@asq/ui'
import type { RouteRecordRaw } from 'vue-router'
import { TEACHING_EDITORS } from './labels'

const meta = { roles: [...TEACHING_EDITORS] }

/**
 * The learning centre's teaching cases (issue 18): HQ's list and editor, and the library every HQ role
 * reads. Only editors have both tabs; the others see the library alone, so no tabs.
 */
export const teachingRoutes: RouteRecordRaw[] = [
  section('learning', { tabs: 'teaching.tabs' }, [
    page('cases', 'teaching-cases', () => import('./TeachingCasesPage.vue'), asTab('cases', meta)),
    page('cases/:id', 'teaching-case-edit', () => import('./TeachingCaseEditPage.vue'), {
      props: true,
      meta,
    }),
    ...libraryPages('learning.library.title'),
  ]),
]
