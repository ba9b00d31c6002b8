import type { RouteRecordRaw } from 'vue-router'

/** The station's monthly warranty-parts reimbursement and its account, inside the app shell. */
export const reimbursementRoutes: RouteRecordRaw[] = [
  { path: 'reimbursement', name: 'reimbursement', component: () => import('./ClaimPage.vue') },
  {
    path: 'reimbursement/account',
    name: 'reimbursement-account',
    component: () => import('./AccountPage.vue'),
  },
]
