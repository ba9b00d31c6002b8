import type { RouteRecordRaw } from 'vue-router'

const hq = { roles: ['hq_admin', 'hq_service', 'hq_quality', 'hq_finance'] }

/** What HQ watches: the dashboard, its targets and inputs, station and supplier scorecards. */
export const kpiRoutes: RouteRecordRaw[] = [
  { path: 'kpi', name: 'kpi', component: () => import('./KpiDashboardPage.vue'), meta: hq },
  {
    path: 'kpi/settings',
    name: 'kpi-settings',
    component: () => import('./KpiSettingsPage.vue'),
    meta: { roles: ['hq_admin', 'hq_finance'] },
  },
]
