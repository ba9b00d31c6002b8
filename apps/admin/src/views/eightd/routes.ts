import { page } from '@asq/ui'
import type { RouteRecordRaw } from 'vue-router'
import { EIGHTD_READERS, EIGHTD_REVIEWERS } from './labels'

const readers = { roles: [...EIGHTD_READERS] }
const reviewers = { roles: [...EIGHTD_REVIEWERS] }

/** HQ's 8D screens, inside the admin shell. */
export const eightdRoutes: RouteRecordRaw[] = [
  page('eightd', 'eightd', () => import('./EightdListPage.vue'), { meta: readers }),
  page('eightd/overdue', 'eightd-overdue', () => import('./EightdOverduePage.vue'), { meta: reviewers }),
  page('eightd/new', 'eightd-new', () => import('./EightdOpenPage.vue'), { meta: reviewers }),
  page('eightd/settings', 'eightd-settings', () => import('./EightdSettingsPage.vue'), { meta: reviewers }),
  page('eightd/:id', 'eightd-claim', () => import('./EightdReviewPage.vue'), { props: true, meta: readers }),
]
