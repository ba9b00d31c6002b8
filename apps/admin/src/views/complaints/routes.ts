import { page } from '@asq/ui'
import type { RouteRecordRaw } from 'vue-router'
import { DESK_ROLES } from './types'

const meta = { roles: [...DESK_ROLES] }

/** HQ's complaint screens, inside the admin shell. */
export const complaintRoutes: RouteRecordRaw[] = [
  page('complaints', 'complaints', () => import('./ComplaintDeskPage.vue'), { meta }),
  page('complaints/:id', 'complaint', () => import('./DeskComplaintPage.vue'), { props: true, meta }),
  page('escalations', 'escalations', () => import('./EscalationBoardPage.vue'), { meta }),
  page('complaint-queues', 'complaint-queues', () => import('./QueuesPage.vue'), { meta }),
]
