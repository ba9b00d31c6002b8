import type { LocationQuery, RouteLocationRaw, RouteRecordRaw, Router } from 'vue-router'

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without signing in (the login page). */
    public?: boolean
    /** Open to anyone, whoever is signed in or not, with no session check (a survey link). */
    anyone?: boolean
    /** Only actors holding one of these roles may open the route. */
    roles?: readonly string[]
    /** On a section: its pages marked `tab` are its tabs, labelled by the texts under this prefix. */
    tabs?: string
    /** On a page of a section with `tabs`: the page is a tab, labelled `<tabs>.<tab>`. */
    tab?: string
  }
}

export type AuthGuardOptions<A> = {
  /** The signed-in actor or null; a failure counts as anonymous. */
  getActor: () => Promise<A | null>
  /** Whether this app serves the actor (e.g. HQ staff in /admin). */
  accepts: (actor: A) => boolean
  /** Called for an actor of the wrong kind before sending them to login (the apps sign them out). */
  refuse: (actor: A) => Promise<void>
  /** A short reason put in the login URL, e.g. the actor's org kind, so the login page can explain. */
  reasonOf: (actor: A) => string
  /** The actor's roles, for `meta.roles`. */
  rolesOf: (actor: A) => readonly string[]
  loginName?: string
  homeName?: string
  /** The "no permission" page (add `forbiddenRoute` to the app's routes); without it, home. */
  forbiddenName?: string
}

/**
 * The page a signed-in user sees on opening a page their roles do not reach: it names the roles the
 * page needs and the user's own, instead of landing silently on the home page. A child of the app's
 * frame, so the menu stays.
 */
export const forbiddenRoute: RouteRecordRaw = {
  path: 'forbidden',
  name: 'forbidden',
  component: () => import('../components/NoPermissionPage.vue'),
}

/** Where a user whose roles miss `needed` is sent: the no-permission page when the app has one. */
export function refusedTarget(
  router: Pick<Router, 'hasRoute'>,
  path: string,
  needed: readonly string[],
  held: readonly string[],
  names: { forbidden: string; home: string },
): RouteLocationRaw {
  if (!router.hasRoute(names.forbidden)) return { name: names.home }
  return { name: names.forbidden, query: { from: path, need: needed.join(','), have: held.join(',') } }
}

/**
 * Whether someone holding `held` may open `target`: what the guard below would decide, asked before
 * drawing a link, so that a link never leads to the no-permission page (e.g. finance on a vehicle's
 * case, which lives on the service desk).
 */
export function mayOpen(
  router: Pick<Router, 'resolve'>,
  target: RouteLocationRaw,
  held: readonly string[],
): boolean {
  const roles = router.resolve(target).meta.roles
  return !roles || held.some((r) => roles.includes(r))
}

/** The return path kept in `?redirect=`; only same-app paths, never another site. */
export function safeRedirect(query: LocationQuery, fallback = '/'): string {
  const r = query.redirect
  return typeof r === 'string' && r.startsWith('/') && !r.startsWith('//') ? r : fallback
}

/**
 * Anonymous users go to login with the path they wanted; an actor this app does not serve is signed
 * out and sent to login with `?refused=<reason>`; a signed-in user who opens login goes home; one whose
 * roles do not reach a page sees the no-permission page naming the roles it needs.
 */
export function installAuthGuard<A>(router: Router, opts: AuthGuardOptions<A>): void {
  const login = opts.loginName ?? 'login'
  const home = opts.homeName ?? 'home'
  const forbidden = opts.forbiddenName ?? 'forbidden'
  router.beforeEach(async (to): Promise<true | RouteLocationRaw> => {
    if (to.meta.anyone) return true
    const actor = await opts.getActor().catch(() => null)
    if (actor && !opts.accepts(actor)) {
      await opts.refuse(actor)
      if (to.name === login && to.query.refused) return true
      return { name: login, query: { refused: opts.reasonOf(actor) } }
    }
    if (to.meta.public) {
      if (!actor || to.name !== login) return true
      const target = safeRedirect(to.query)
      return target.startsWith('/login') ? { name: home } : target
    }
    if (!actor)
      return to.fullPath === '/' ? { name: login } : { name: login, query: { redirect: to.fullPath } }
    const roles = to.meta.roles
    const held = opts.rolesOf(actor)
    if (roles && !held.some((r) => roles.includes(r)))
      return refusedTarget(router, to.fullPath, roles, held, { forbidden, home })
    return true
  })
}
