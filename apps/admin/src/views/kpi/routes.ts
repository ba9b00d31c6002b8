import { HQ_ROLES } from '@asq/domain'
import { page } from '@asq/ui'
import type { RouteRecordRaw } from 'vue-router'

const hq = { roles: HQ_ROLES }

/** What HQ watches: the dashboard, its targets and inputs, station and supplier scorecards. */
export const kpiRoutes: RouteRecordRaw[] = [
  page('kpi', 'kpi', () => import('./KpiDashboardPage.vue'), { meta: hq }),
  page('kpi/stations/:id?', 'kpi-station', () => import('./ScorecardPage.vue'), {
    props: (r) => ({ kind: 'station', id: r.params.id || undefined }),
    meta: hq,
  }),
  page('kpi/suppliers/:id?', 'kpi-supplier', () => import('./ScorecardPage.vue'), {
    props: (r) => ({ kind: 'supplier', id: r.params.id || undefined }),
    meta: hq,
  }),
  page('kpi/settings', 'kpi-settings', () => import('./KpiSettingsPage.vue'), {
    meta: { roles: ['hq_admin', 'hq_finance'] },
  }),
]
