import type { Api } from '@asq/api-client'
import { forbiddenRoute, installAuthGuard, notificationRoute } from '@asq/ui'
import { createRouter, createWebHistory } from 'vue-router'
import { accepts, reasonOf, rolesOf } from './access'
import ShellLayout from './layout/ShellLayout.vue'
import { complaintRoutes } from './views/complaints/routes'
import { feeRoutes } from './views/fees/routes'
import { reimbursementRoutes } from './views/reimbursement/routes'
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
          ...complaintRoutes,
          ...vehicleRoutes,
          ...feeRoutes,
          ...reimbursementRoutes,
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
        ],
      },
      { path: '/:pathMatch(.*)*', redirect: '/' },
    ],
  })
  installAuthGuard(router, { getActor: api.fetchMe, accepts, refuse: api.logout, reasonOf, rolesOf })
  return router
}
