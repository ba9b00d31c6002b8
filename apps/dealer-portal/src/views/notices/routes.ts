import type { Role } from '@asq/domain'
import type { RouteRecordRaw } from 'vue-router'

/** The station's reward/penalty notices (issue 18); the approval notification links to /notices/<id>. */
export const NOTICE_ROLES: Role[] = ['dealer_manager', 'dealer_staff']

export const noticeRoutes: RouteRecordRaw[] = [
  {
    path: 'notices',
    meta: { roles: NOTICE_ROLES },
    children: [
      { path: '', name: 'notices', component: () => import('./NoticesPage.vue') },
      { path: ':id', name: 'notice', component: () => import('./NoticePage.vue'), props: true },
    ],
  },
]
