import type { RouteRecordRaw } from 'vue-router'

/** The supplier's 8D claim screens, inside the portal frame. */
export const claimRoutes: RouteRecordRaw[] = [
  { path: '', name: 'claims', component: () => import('./ClaimInboxPage.vue') },
  { path: ':id', name: 'claim', component: () => import('./ClaimDetailPage.vue'), props: true },
]
