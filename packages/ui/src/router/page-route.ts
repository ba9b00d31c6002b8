import type { RouteComponent, RouteMeta, RouteRecordRaw, RouteRecordSingleView } from 'vue-router'

/**
 * One page of an app: its path, its name and its screen, loaded when first opened. Route tables are
 * mostly these, so each one is a line (`page('users', 'users', () => import('./UsersPage.vue'), { meta })`)
 * instead of a five-line object repeated across the apps. `props` and `meta` (roles, public…) pass through.
 */
export function page(
  path: string,
  name: string,
  component: () => Promise<RouteComponent | { default: RouteComponent }>,
  options: Pick<RouteRecordSingleView, 'props' | 'meta'> = {},
): RouteRecordRaw {
  return { path, name, component, ...options }
}

/** A section of pages under one path, all guarded by the same `meta` (usually the roles that may open it). */
export function section(path: string, meta: RouteMeta, children: RouteRecordRaw[]): RouteRecordRaw {
  return { path, meta, children }
}

/** The options of a page that is one of its section's tabs (`meta.tab`, see SectionTabs), with any other meta. */
export const asTab = (name: string, meta: RouteMeta = {}) => ({ meta: { ...meta, tab: name } })
