import { page, section } from '@asq/ui'
import type { RouteRecordRaw } from 'vue-router'

/** The station's quotes, fee standard, old parts and parts requests (every station role). */
export const feeRoutes: RouteRecordRaw[] = [
  section('fees', { roles: ['dealer_manager', 'dealer_staff'] }, [
    page('', 'fees', () => import('./QuotesPage.vue')),
    page('quotes/new', 'fee-quote-new', () => import('./QuotePage.vue')),
    page('quotes/:id', 'fee-quote', () => import('./QuotePage.vue'), { props: true }),
    page('standard', 'fee-standard', () => import('./StandardPage.vue')),
    page('old-parts', 'fee-old-parts', () => import('./OldPartsPage.vue')),
    page('parts-requests', 'fee-parts-requests', () => import('./PartsRequestsPage.vue')),
  ]),
]
