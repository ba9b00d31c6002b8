import { page } from '@asq/ui'
import type { RouteRecordRaw } from 'vue-router'

/** The supplier's 8D claim screens, inside the portal frame. */
export const claimRoutes: RouteRecordRaw[] = [
  page('', 'claims', () => import('./ClaimInboxPage.vue')),
  page(':id', 'claim', () => import('./ClaimDetailPage.vue'), { props: true }),
]
