import { HQ_ROLES } from '@asq/domain'
import { page } from '@asq/ui'
import type { RouteRecordRaw } from 'vue-router'

/** The report archive: every HQ role browses, generates and downloads the weekly and monthly summaries. */
export const reportRoutes: RouteRecordRaw[] = [
  page('reports', 'reports', () => import('./ReportsPage.vue'), { meta: { roles: HQ_ROLES } }),
]
