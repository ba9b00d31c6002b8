import { asTab, page, section } from '@asq/ui'
import type { RouteRecordRaw } from 'vue-router'
import { READER_ROLES } from './types'

const meta = { roles: [...READER_ROLES] }

/** HQ's parts catalogue and warranty fee screens, inside the admin shell (every HQ role reads). */
export const feeRoutes: RouteRecordRaw[] = [
  section('fees', { ...meta, tabs: 'fees.tabs' }, [
    page('', 'fees', () => import('./CataloguePage.vue'), asTab('catalogue')),
    page('simulator', 'fee-simulator', () => import('./SimulatorPage.vue'), asTab('simulator')),
    page('terms', 'fee-terms', () => import('./TermsPage.vue'), asTab('terms')),
    page('standards', 'fee-standards', () => import('./StandardsPage.vue'), asTab('standards')),
    page('old-parts', 'fee-old-parts', () => import('./OldPartsPage.vue'), asTab('oldParts')),
    page('parts-requests', 'fee-parts-requests', () => import('./PartsRequestsPage.vue'), asTab('requests')),
    page('deadlines', 'fee-deadlines', () => import('./DeadlinesPage.vue'), asTab('deadlines')),
  ]),
]
