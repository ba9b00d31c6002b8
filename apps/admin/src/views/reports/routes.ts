import { HQ_ROLES } from '@asq/domain'
import type { RouteRecordRaw } from 'vue-router'

/** The report archive: every HQ role browses, generates and downloads the weekly and monthly summaries. */
export const reportRoutes: RouteRecordRaw[] = [
  {
    path: 'reports',
    name: 'reports',
    component: () => import('./ReportsPage.vue'),
    meta: { roles: HQ_ROLES },
  },
]
