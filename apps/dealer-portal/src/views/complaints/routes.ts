import type { RouteRecordRaw } from 'vue-router'

/** The station's complaint screens, inside the app shell. */
export const complaintRoutes: RouteRecordRaw[] = [
  { path: 'complaints', name: 'complaints', component: () => import('./StationQueuePage.vue') },
  {
    path: 'complaints/:id',
    name: 'complaint',
    component: () => import('./StationComplaintPage.vue'),
    props: true,
  },
]
