import { HQ_ROLES } from '@asq/domain'
import type { RouteRecordRaw } from 'vue-router'

const hq = { roles: HQ_ROLES }

/** What HQ watches: the dashboard, its targets and inputs, station and supplier scorecards. */
export const kpiRoutes: RouteRecordRaw[] = [
  { path: 'kpi', name: 'kpi', component: () => import('./KpiDashboardPage.vue'), meta: hq },
  {
    path: 'kpi/stations/:id?',
    name: 'kpi-station',
    component: () => import('./ScorecardPage.vue'),
    props: (r) => ({ kind: 'station', id: r.params.id || undefined }),
    meta: hq,
  },
  {
    path: 'kpi/suppliers/:id?',
    name: 'kpi-supplier',
    component: () => import('./ScorecardPage.vue'),
    props: (r) => ({ kind: 'supplier', id: r.params.id || undefined }),
    meta: hq,
  },
  {
    path: 'kpi/settings',
    name: 'kpi-settings',
    component: () => import('./KpiSettingsPage.vue'),
    meta: { roles: ['hq_admin', 'hq_finance'] },
  },
]
