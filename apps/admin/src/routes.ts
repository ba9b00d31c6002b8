import { page } from '@asq/ui'
import type { RouteRecordRaw } from 'vue-router'
import { complaintRoutes } from './views/complaints/routes'
import { eightdRoutes } from './views/eightd/routes'
import { examRoutes } from './views/exams/routes'
import { feeRoutes } from './views/fees/routes'
import { kpiRoutes } from './views/kpi/routes'
import { teachingRoutes } from './views/learning/routes'
import { liaisonRoutes } from './views/liaison/routes'
import { meetingRoutes } from './views/meetings/routes'
import { noticeRoutes } from './views/notices/routes'
import { reimbursementRoutes } from './views/reimbursement/routes'
import { reportRoutes } from './views/reports/routes'
import { slaRoutes } from './views/sla/routes'
import { surveyRoutes } from './views/surveys/routes'
import { vehicleRoutes } from './views/vehicles/routes'

/** The app's own pages inside the frame (sign-in, no-permission, the inbox and home come from startStaffApp). */
export const routes: RouteRecordRaw[] = [
  ...kpiRoutes,
  ...complaintRoutes,
  ...vehicleRoutes,
  ...eightdRoutes,
  ...liaisonRoutes,
  ...slaRoutes,
  ...reimbursementRoutes,
  ...reportRoutes,
  ...meetingRoutes,
  ...noticeRoutes,
  ...examRoutes,
  ...teachingRoutes,
  page('users', 'users', () => import('./views/users/UsersPage.vue'), { meta: { roles: ['hq_admin'] } }),
  page('outbox', 'outbox', () => import('./views/outbox/OutboxPage.vue'), { meta: { roles: ['hq_admin'] } }),
  ...surveyRoutes,
  ...feeRoutes,
  page('audit', 'audit', () => import('./views/audit/AuditPage.vue'), { meta: { roles: ['hq_admin'] } }),
]
