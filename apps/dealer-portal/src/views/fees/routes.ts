import type { RouteRecordRaw } from 'vue-router'

/** The station's quotes, fee standard, old parts and parts requests (every station role). */
export const feeRoutes: RouteRecordRaw[] = [
  {
    path: 'fees',
    meta: { roles: ['dealer_manager', 'dealer_staff'] },
    children: [
      { path: '', name: 'fees', component: () => import('./QuotesPage.vue') },
      { path: 'quotes/new', name: 'fee-quote-new', component: () => import('./QuotePage.vue') },
      { path: 'quotes/:id', name: 'fee-quote', component: () => import('./QuotePage.vue'), props: true },
      { path: 'standard', name: 'fee-standard', component: () => import('./StandardPage.vue') },
      { path: 'old-parts', name: 'fee-old-parts', component: () => import('./OldPartsPage.vue') },
      {
        path: 'parts-requests',
        name: 'fee-parts-requests',
        component: () => import('./PartsRequestsPage.vue'),
      },
    ],
  },
]
