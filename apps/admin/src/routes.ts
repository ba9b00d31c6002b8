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
import { vehicleRoutes } from './views/vehicles/routes'

/** The app's own pages inside the frame (sign-in, no-permission and the inbox come from startStaffApp). */
export const routes: RouteRecordRaw[] = [
  { path: '', name: 'home', component: () => import('./views/home/HomePage.vue') },
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
  {
    path: 'users',
    name: 'users',
    component: () => import('./views/users/UsersPage.vue'),
    meta: { roles: ['hq_admin'] },
  },
  {
    path: 'outbox',
    name: 'outbox',
    component: () => import('./views/outbox/OutboxPage.vue'),
    meta: { roles: ['hq_admin'] },
  },
  {
    path: 'surveys',
    meta: { roles: ['hq_admin', 'hq_service', 'hq_quality'] },
    children: [
      { path: '', name: 'surveys', component: () => import('./views/surveys/SurveyResultsPage.vue') },
      {
        path: 'templates',
        name: 'survey-templates',
        component: () => import('./views/surveys/TemplatesPage.vue'),
      },
      {
        path: 'templates/new',
        name: 'survey-template-new',
        component: () => import('./views/surveys/TemplateBuilderPage.vue'),
      },
      {
        path: 'templates/:id',
        name: 'survey-template',
        component: () => import('./views/surveys/TemplateBuilderPage.vue'),
      },
      {
        path: 'campaigns',
        name: 'survey-campaigns',
        component: () => import('./views/surveys/SurveyCampaignsPage.vue'),
      },
      {
        path: 'settings',
        name: 'survey-settings',
        component: () => import('./views/surveys/SurveySettingsPage.vue'),
      },
    ],
  },
  ...feeRoutes,
  {
    path: 'audit',
    name: 'audit',
    component: () => import('./views/audit/AuditPage.vue'),
    meta: { roles: ['hq_admin'] },
  },
]
