import { page } from '@asq/ui'
import type { RouteRecordRaw } from 'vue-router'

/** The station's complaint screens, inside the app shell. */
export const complaintRoutes: RouteRecordRaw[] = [
  page('complaints', 'complaints', () => import('./StationQueuePage.vue')),
  page('complaints/:id', 'complaint', () => import('./StationComplaintPage.vue'), { props: true }),
]
