import type { Role } from '@asq/domain'
import type { RouteRecordRaw } from 'vue-router'

/** Who runs the complaint review meeting (issue 18): the general manager, admin, quality and service. */
export const MEETING_ROLES: Role[] = ['hq_general_manager', 'hq_admin', 'hq_quality', 'hq_service']

export const meetingRoutes: RouteRecordRaw[] = [
  {
    path: 'meetings',
    meta: { roles: MEETING_ROLES },
    children: [
      { path: '', name: 'meetings', component: () => import('./MeetingsPage.vue') },
      { path: ':id', name: 'meeting', component: () => import('./MeetingPage.vue') },
    ],
  },
]
