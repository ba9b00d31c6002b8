import type { RouteRecordRaw } from 'vue-router'
import { READER_ROLES } from './types'

const meta = { roles: [...READER_ROLES] }

/** HQ's parts catalogue and warranty fee screens, inside the admin shell (every HQ role reads). */
export const feeRoutes: RouteRecordRaw[] = [
  {
    path: 'fees',
    meta,
    children: [
      { path: '', name: 'fees', component: () => import('./CataloguePage.vue') },
      { path: 'simulator', name: 'fee-simulator', component: () => import('./SimulatorPage.vue') },
      { path: 'terms', name: 'fee-terms', component: () => import('./TermsPage.vue') },
      { path: 'standards', name: 'fee-standards', component: () => import('./StandardsPage.vue') },
      { path: 'old-parts', name: 'fee-old-parts', component: () => import('./OldPartsPage.vue') },
      {
        path: 'parts-requests',
        name: 'fee-parts-requests',
        component: () => import('./PartsRequestsPage.vue'),
      },
      { path: 'deadlines', name: 'fee-deadlines', component: () => import('./DeadlinesPage.vue') },
    ],
  },
]
