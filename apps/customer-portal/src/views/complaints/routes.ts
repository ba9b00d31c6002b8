import type { RouteRecordRaw } from 'vue-router'

/** The customer's complaint screens, inside the portal frame. */
export const complaintRoutes: RouteRecordRaw[] = [
  { path: '', name: 'complaints', component: () => import('./ComplaintListPage.vue') },
  { path: 'new', name: 'complaint-new', component: () => import('./FileComplaintPage.vue') },
  { path: ':id', name: 'complaint', component: () => import('./ComplaintDetailPage.vue'), props: true },
]
