import { page } from '@asq/ui'
import type { RouteRecordRaw } from 'vue-router'

/** The station's monthly warranty-parts reimbursement and its account, inside the app shell. */
export const reimbursementRoutes: RouteRecordRaw[] = [
  page('reimbursement', 'reimbursement', () => import('./ClaimPage.vue')),
  page('reimbursement/account', 'reimbursement-account', () => import('./AccountPage.vue')),
]
