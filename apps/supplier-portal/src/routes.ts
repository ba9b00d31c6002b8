import type { RouteRecordRaw } from 'vue-router'
import { claimRoutes } from './views/claims/routes'

/** The app's own pages inside the frame (sign-in, no-permission and the inbox come from startStaffApp). */
export const routes: RouteRecordRaw[] = [
  { path: '', name: 'home', component: () => import('./views/home/HomePage.vue') },
  { path: 'claims', children: claimRoutes },
  { path: 'scorecard', name: 'scorecard', component: () => import('./views/scorecard/ScorecardPage.vue') },
]
