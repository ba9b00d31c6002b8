import type { Api } from '@asq/api-client'
import { installAuthGuard, withMessages } from '@asq/ui'
import { createRouter, createWebHistory } from 'vue-router'
import { accepts, reasonOf, rolesOf } from './access'
import { complaintMessages, complaintRoutes } from './views/complaints/routes'
import { quoteMessages, quoteRoutes } from './views/quotes/routes'
import { surveyRoutes } from './views/survey/routes'

// Lazy like every page, so the login screen does not load the signed-in frame.
const PortalLayout = () => import('./layout/PortalLayout.vue')

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
        children: [
          {
            path: '',
            name: 'home',
            component: withMessages(
              () => import('./views/home/HomePage.vue'),
              complaintMessages,
              quoteMessages,
            ),
          },
        ],
      },
      { path: '/complaints', component: PortalLayout, children: complaintRoutes },
      { path: '/quotes', component: PortalLayout, children: quoteRoutes },
      ...surveyRoutes,
      { path: '/:pathMatch(.*)*', redirect: '/' },
    ],
  })
  installAuthGuard(router, { getActor: api.fetchMe, accepts, refuse: api.logout, reasonOf, rolesOf })
  return router
}
