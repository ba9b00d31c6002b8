import { page, section } from '@asq/ui'
import type { RouteRecordRaw } from 'vue-router'
import { READER_ROLES } from './types'

const meta = { roles: [...READER_ROLES] }

/** HQ's parts catalogue and warranty fee screens, inside the admin shell (every HQ role reads). */
export const feeRoutes: RouteRecordRaw[] = [
  section('fees', meta, [
    page('', 'fees', () => import('./CataloguePage.vue')),
    page('simulator', 'fee-simulator', () => import('./SimulatorPage.vue')),
    page('terms', 'fee-terms', () => import('./TermsPage.vue')),
    page('standards', 'fee-standards', () => import('./StandardsPage.vue')),
    page('old-parts', 'fee-old-parts', () => import('./OldPartsPage.vue')),
    page('parts-requests', 'fee-parts-requests', () => import('./PartsRequestsPage.vue')),
    page('deadlines', 'fee-deadlines', () => import('./DeadlinesPage.vue')),
  ]),
]
