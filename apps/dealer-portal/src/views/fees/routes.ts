import { asTab, page, section } from '@asq/ui'
import type { RouteRecordRaw } from 'vue-router'

/** The station's quotes, fee standard, old parts and parts requests (every station role). */
export const feeRoutes: RouteRecordRaw[] = [
  section('fees', { roles: ['dealer_manager', 'dealer_staff'], tabs: 'fees.tabs' }, [
    page('', 'fees', () => import('./QuotesPage.vue'), asTab('quotes')),
    page('quotes/new', 'fee-quote-new', () => import('./QuotePage.vue')),
    page('quotes/:id', 'fee-quote', () => import('./QuotePage.vue'), { props: true }),
    page('standard', 'fee-standard', () => import('./StandardPage.vue'), asTab('standard')),
    page('old-parts', 'fee-old-parts', () => import('./OldPartsPage.vue'), asTab('oldParts')),
    page('parts-requests', 'fee-parts-requests', () => import('./PartsRequestsPage.vue'), asTab('requests')),
  ]),
]
