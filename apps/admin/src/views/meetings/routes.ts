import type { Role } from '@asq/domain'
import { page, section } from '@asq/ui'
import type { RouteRecordRaw } from 'vue-router'

/** Who runs the complaint review meeting (issue 18): the general manager, admin, quality and service. */
export const MEETING_ROLES: Role[] = ['hq_general_manager', 'hq_admin', 'hq_quality', 'hq_service']

export const meetingRoutes: RouteRecordRaw[] = [
  section('meetings', { roles: MEETING_ROLES }, [
    page('', 'meetings', () => import('./MeetingsPage.vue')),
    page(':id', 'meeting', () => import('./MeetingPage.vue')),
  ]),
]
