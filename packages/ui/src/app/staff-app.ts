import type * as Client from '@asq/api-client'
import type { Actor, OrgKind } from '@asq/api-client'
import { HomeFilled } from '@element-plus/icons-vue'
import { createApp, h } from 'vue'
import { createRouter, createWebHistory, type RouteRecordRaw, RouterView } from 'vue-router'
import AppRoot from '../components/AppRoot.vue'
import { type AppMessages, createI18nFor } from '../i18n/create-i18n'
import type { MenuItem } from '../menu'
import { notificationRoute } from '../notifications'
import { forbiddenRoute, installAuthGuard } from '../router/auth-guard'
import { page } from '../router/page-route'
import { provideUiClient, type UiClient } from './client-port'
import StaffShell from './StaffShell.vue'

/** The client functions a staff app hands over: the ui port and `createApi`. */
export type StaffAppClient = UiClient & { createApi: typeof Client.createApi }

export type StaffAppOptions<M extends object> = {
  client: StaffAppClient
  /** The app's base path (`import.meta.env.BASE_URL`). */
  base: string
  /** The one kind of organisation this app serves ('hq', 'dealer', 'supplier'). */
  orgKind: OrgKind
  messages: AppMessages<M>
  /** The sidebar after its first entry, the home page, which every staff app has. */
  menu: readonly MenuItem[]
  /** The app's home page (at '/', named 'home'), loaded when first opened. */
  home: Parameters<typeof page>[2]
  /** The app's other pages inside the frame (children of '/'). */
  routes: RouteRecordRaw[]
}

/** The sidebar's first entry in every staff app. */
const HOME_ITEM: MenuItem = { path: '/', titleKey: 'menu.home', icon: HomeFilled }

/** Whom a staff app serves: staff of its organisation kind, with their roles for `meta.roles`. */
export function staffAccess(orgKind: OrgKind) {
  return {
    accepts: (a: Actor) => a.kind === 'staff' && a.orgKind === orgKind,
    reasonOf: (a: Actor) => (a.kind === 'staff' ? a.orgKind : 'customer'),
    rolesOf: (a: Actor): readonly string[] => (a.kind === 'staff' ? a.roles : []),
  }
}

/** The routes every staff app has: sign-in, the frame with no-permission, the inbox and home, then the app's own. */
export function staffRoutes(
  o: Pick<StaffAppOptions<object>, 'orgKind' | 'menu' | 'home' | 'routes'>,
): RouteRecordRaw[] {
  return [
    {
      path: '/login',
      name: 'login',
      component: () => import('../components/StaffSignIn.vue'),
      props: { orgKind: o.orgKind },
      meta: { public: true },
    },
    {
      path: '/',
      component: StaffShell,
      props: { menu: [HOME_ITEM, ...o.menu] },
      children: [forbiddenRoute, notificationRoute, page('', 'home', o.home), ...o.routes],
    },
    { path: '/:pathMatch(.*)*', redirect: '/' },
  ]
}

/**
 * Starts a staff app (HQ, dealer, supplier): the API client, i18n, the router with its sign-in guard,
 * and the ui port, mounted on #app. A session that ends on the server mid-use sends the user to
 * login, back where they were afterwards.
 */
export function startStaffApp<M extends object>(o: StaffAppOptions<M>) {
  const api = o.client.createApi({
    onSessionExpired: () =>
      router.replace({
        name: 'login',
        query: { expired: '1', redirect: router.currentRoute.value.fullPath },
      }),
  })
  const router = createRouter({ history: createWebHistory(o.base), routes: staffRoutes(o) })
  installAuthGuard(router, { getActor: api.fetchMe, refuse: api.logout, ...staffAccess(o.orgKind) })
  const app = createApp({ render: () => h(AppRoot, null, { default: () => h(RouterView) }) })
  app.use(api).use(createI18nFor(o.messages)).use(router)
  provideUiClient(app, o.client)
  app.mount('#app')
  return { app, router, api }
}
