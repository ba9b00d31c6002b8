import type { Api } from '@asq/api-client'
import { installAuthGuard, notificationRoute, withMessages } from '@asq/ui'
import { createRouter, createWebHistory } from 'vue-router'
import { accepts, reasonOf, rolesOf } from './access'
import { complaintMessages, complaintRoutes } from './views/complaints/routes'
import LoginPage from './views/login/LoginPage.vue'
import { quoteMessages, quoteRoutes } from './views/quotes/routes'
import { surveyRoutes } from './views/survey/routes'

// The sign-in page comes with the app: on a phone it is the first screen of most visits, and its code
// then loads while the router asks who is signed in, not after. Every other page (and the signed-in
// frame) is lazy.
const PortalLayout = () => import('./layout/PortalLayout.vue')

export function createAppRouter(api: Api) {
  const router = createRouter({
    history: createWebHistory(import.meta.env.BASE_URL),
    routes: [
      {
        path: '/login',
        name: 'login',
        component: LoginPage,
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
          notificationRoute,
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
