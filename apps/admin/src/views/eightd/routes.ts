import type { RouteRecordRaw } from 'vue-router'
import { EIGHTD_READERS, EIGHTD_REVIEWERS } from './labels'

const readers = { roles: [...EIGHTD_READERS] }
const reviewers = { roles: [...EIGHTD_REVIEWERS] }

/** HQ's 8D screens, inside the admin shell. */
export const eightdRoutes: RouteRecordRaw[] = [
  { path: 'eightd', name: 'eightd', component: () => import('./EightdListPage.vue'), meta: readers },
  {
    path: 'eightd/overdue',
    name: 'eightd-overdue',
    component: () => import('./EightdOverduePage.vue'),
    meta: reviewers,
  },
  {
    path: 'eightd/new',
    name: 'eightd-new',
    component: () => import('./EightdOpenPage.vue'),
    meta: reviewers,
  },
  {
    path: 'eightd/settings',
    name: 'eightd-settings',
    component: () => import('./EightdSettingsPage.vue'),
    meta: reviewers,
  },
  {
    path: 'eightd/:id',
    name: 'eightd-claim',
    component: () => import('./EightdReviewPage.vue'),
    props: true,
    meta: readers,
  },
]
