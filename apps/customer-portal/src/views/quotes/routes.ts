import type { RouteRecordRaw } from 'vue-router'

/** The customer's repair quotes, inside the portal frame. */
export const quoteRoutes: RouteRecordRaw[] = [
  { path: '', name: 'quotes', component: () => import('./QuotesPage.vue') },
]
