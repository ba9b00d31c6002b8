import type { Role } from '@asq/domain'
import { page } from '@asq/ui'
import type { RouteRecordRaw } from 'vue-router'

/** Who sees the reward/penalty notices (issue 18): the issuers (admin, quality, service) and the general manager. */
export const NOTICE_ROLES: Role[] = ['hq_admin', 'hq_quality', 'hq_service', 'hq_general_manager']

export const noticeRoutes: RouteRecordRaw[] = [
  page('notices', 'notices', () => import('./NoticesPage.vue'), { meta: { roles: NOTICE_ROLES } }),
]
