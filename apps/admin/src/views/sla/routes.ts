import { page } from '@asq/ui'
import type { RouteRecordRaw } from 'vue-router'

/** HQ's SLA policy and working calendar (every HQ role may read; only admins change). */
export const slaRoutes: RouteRecordRaw[] = [
  page('sla', 'sla', () => import('./SlaPage.vue'), {
    meta: { roles: ['hq_admin', 'hq_service', 'hq_quality'] },
  }),
]
