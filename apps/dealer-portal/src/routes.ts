import { page } from '@asq/ui'
import type { RouteRecordRaw } from 'vue-router'
import { complaintRoutes } from './views/complaints/routes'
import { examRoutes } from './views/exams/routes'
import { feeRoutes } from './views/fees/routes'
import { liaisonRoutes } from './views/liaison/routes'
import { noticeRoutes } from './views/notices/routes'
import { reimbursementRoutes } from './views/reimbursement/routes'
import { vehicleRoutes } from './views/vehicles/routes'

/** The app's own pages inside the frame (sign-in, no-permission, the inbox and home come from startStaffApp). */
export const routes: RouteRecordRaw[] = [
  ...complaintRoutes,
  ...vehicleRoutes,
  ...feeRoutes,
  ...reimbursementRoutes,
  page('actions', 'actions', () => import('./views/actions/ActionsPage.vue')),
  ...examRoutes,
  ...noticeRoutes,
  ...liaisonRoutes,
  page('staff', 'staff', () => import('./views/staff/StaffPage.vue'), {
    meta: { roles: ['dealer_manager'] },
  }),
  page('hours', 'hours', () => import('./views/hours/OpeningHoursPage.vue')),
  page('scorecard', 'scorecard', () => import('./views/scorecard/ScorecardPage.vue')),
  page('surveys', 'surveys', () => import('./views/surveys/StationSurveysPage.vue')),
]
