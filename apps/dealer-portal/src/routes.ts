import type { RouteRecordRaw } from 'vue-router'
import { complaintRoutes } from './views/complaints/routes'
import { examRoutes } from './views/exams/routes'
import { feeRoutes } from './views/fees/routes'
import { libraryRoutes } from './views/learning/routes'
import { liaisonRoutes } from './views/liaison/routes'
import { noticeRoutes } from './views/notices/routes'
import { reimbursementRoutes } from './views/reimbursement/routes'
import { vehicleRoutes } from './views/vehicles/routes'

/** The app's own pages inside the frame (sign-in, no-permission and the inbox come from startStaffApp). */
export const routes: RouteRecordRaw[] = [
  { path: '', name: 'home', component: () => import('./views/home/HomePage.vue') },
  ...complaintRoutes,
  ...vehicleRoutes,
  ...feeRoutes,
  ...reimbursementRoutes,
  { path: 'actions', name: 'actions', component: () => import('./views/actions/ActionsPage.vue') },
  ...examRoutes,
  ...libraryRoutes,
  ...noticeRoutes,
  ...liaisonRoutes,
  {
    path: 'staff',
    name: 'staff',
    component: () => import('./views/staff/StaffPage.vue'),
    meta: { roles: ['dealer_manager'] },
  },
  { path: 'hours', name: 'hours', component: () => import('./views/hours/OpeningHoursPage.vue') },
  {
    path: 'scorecard',
    name: 'scorecard',
    component: () => import('./views/scorecard/ScorecardPage.vue'),
  },
  {
    path: 'surveys',
    name: 'surveys',
    component: () => import('./views/surveys/StationSurveysPage.vue'),
  },
]
