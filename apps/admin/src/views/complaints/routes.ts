import type { RouteRecordRaw } from 'vue-router'
import { DESK_ROLES } from './types'

const meta = { roles: [...DESK_ROLES] }

/** HQ's complaint screens, inside the admin shell. */
export const complaintRoutes: RouteRecordRaw[] = [
  { path: 'complaints', name: 'complaints', component: () => import('./ComplaintDeskPage.vue'), meta },
  {
    path: 'complaints/:id',
    name: 'complaint',
    component: () => import('./DeskComplaintPage.vue'),
    props: true,
    meta,
  },
  { path: 'escalations', name: 'escalations', component: () => import('./EscalationBoardPage.vue'), meta },
  { path: 'complaint-queues', name: 'complaint-queues', component: () => import('./QueuesPage.vue'), meta },
]
