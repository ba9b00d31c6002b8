import { page } from '@asq/ui'
import type { RouteRecordRaw } from 'vue-router'
import { claimRoutes } from './views/claims/routes'

/** The app's own pages inside the frame (sign-in, no-permission, the inbox and home come from startStaffApp). */
export const routes: RouteRecordRaw[] = [
  { path: 'claims', children: claimRoutes },
  page('scorecard', 'scorecard', () => import('./views/scorecard/ScorecardPage.vue')),
]
