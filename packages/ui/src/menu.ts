import type { Component } from 'vue'

/** One entry of an app's sidebar; `roles` limits it to actors holding one of them. */
export type MenuItem = {
  path: string
  titleKey: string
  icon?: Component
  roles?: readonly string[]
}

/** The entries an actor with `roles` may see. */
export const visibleMenu = (items: readonly MenuItem[], roles: readonly string[]): MenuItem[] =>
  items.filter((i) => !i.roles || i.roles.some((r) => roles.includes(r)))
