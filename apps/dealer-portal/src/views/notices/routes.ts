import type { Role } from '@asq/domain'
import { page, section } from '@asq/ui'
import type { RouteRecordRaw } from 'vue-router'

/** The station's reward/penalty notices (issue 18); the approval notification links to /notices/<id>. */
export const NOTICE_ROLES: Role[] = ['dealer_manager', 'dealer_staff']

export const noticeRoutes: RouteRecordRaw[] = [
  section('notices', { roles: NOTICE_ROLES }, [
    page('', 'notices', () => import('./NoticesPage.vue')),
    page(':id', 'notice', () => import('./NoticePage.vue'), { props: true }),
  ]),
]
