import type { Api } from '@asq/api-client'
import { installAuthGuard, notificationRoute } from '@asq/ui'
import { createRouter, createWebHistory } from 'vue-router'
import { accepts, reasonOf, rolesOf } from './access'
import ShellLayout from './layout/ShellLayout.vue'
import { claimRoutes } from './views/claims/routes'

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
          notificationRoute,
          {
            path: 'scorecard',
            name: 'scorecard',
            component: () => import('./views/scorecard/ScorecardPage.vue'),
          },
        ],
      },
      { path: '/claims', component: ShellLayout, children: claimRoutes },
      { path: '/:pathMatch(.*)*', redirect: '/' },
    ],
  })
  installAuthGuard(router, { getActor: api.fetchMe, accepts, refuse: api.logout, reasonOf, rolesOf })
  return router
}
