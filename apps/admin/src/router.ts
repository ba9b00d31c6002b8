import type { Api } from '@asq/api-client'
import { forbiddenRoute, installAuthGuard, notificationRoute } from '@asq/ui'
import { createRouter, createWebHistory } from 'vue-router'
import { accepts, reasonOf, rolesOf } from './access'
import ShellLayout from './layout/ShellLayout.vue'
import { complaintRoutes } from './views/complaints/routes'
import { eightdRoutes } from './views/eightd/routes'
import { feeRoutes } from './views/fees/routes'
import { kpiRoutes } from './views/kpi/routes'
import { reimbursementRoutes } from './views/reimbursement/routes'
import { reportRoutes } from './views/reports/routes'
import { slaRoutes } from './views/sla/routes'
import { vehicleRoutes } from './views/vehicles/routes'

export function createAppRouter(api: Api) {
  const router = createRouter({
    history: createWebHistory(import.meta.env.BASE_URL),
    routes: [
      {
        path: '/login',
        name: 'login',
        component: () => import('./views/login/LoginPage.vue'),
        meta: { public: true },
      },
      {
        path: '/',
        component: ShellLayout,
        children: [
          { path: '', name: 'home', component: () => import('./views/home/HomePage.vue') },
          forbiddenRoute,
          notificationRoute,
          ...kpiRoutes,
          ...complaintRoutes,
          ...vehicleRoutes,
          ...eightdRoutes,
          ...slaRoutes,
          ...reimbursementRoutes,
          ...reportRoutes,
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
        ],
      },
      { path: '/:pathMatch(.*)*', redirect: '/' },
    ],
  })
  installAuthGuard(router, { getActor: api.fetchMe, accepts, refuse: api.logout, reasonOf, rolesOf })
  return router
}
