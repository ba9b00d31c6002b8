import type { Api } from '@asq/api-client'
import { installAuthGuard } from '@asq/ui'
import { createRouter, createWebHistory } from 'vue-router'
import { accepts, reasonOf, rolesOf } from './access'
import PortalLayout from './layout/PortalLayout.vue'
import { complaintRoutes } from './views/complaints/routes'
import { quoteRoutes } from './views/quotes/routes'

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
        component: PortalLayout,
        children: [{ path: '', name: 'home', component: () => import('./views/home/HomePage.vue') }],
      },
      { path: '/complaints', component: PortalLayout, children: complaintRoutes },
      { path: '/quotes', component: PortalLayout, children: quoteRoutes },
      // A survey link works without an account, whoever is (or is not) signed in on this device.
      {
        path: '/s/:token',
        name: 'survey',
        component: () => import('./views/survey/SurveyPage.vue'),
        meta: { anyone: true },
      },
      {
        path: '/s/:token/thanks',
        name: 'survey-thanks',
        component: () => import('./views/survey/SurveyThanksPage.vue'),
        meta: { anyone: true },
      },
      { path: '/:pathMatch(.*)*', redirect: '/' },
    ],
  })
  installAuthGuard(router, { getActor: api.fetchMe, accepts, refuse: api.logout, reasonOf, rolesOf })
  return router
}
