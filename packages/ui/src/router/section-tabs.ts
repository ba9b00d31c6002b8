import type { RouteRecordNormalized } from 'vue-router'

export type SectionTab = { name: string; path: string }

/**
 * A section's tabs, read from the route table so that a page is declared once: the nearest matched
 * section with `meta.tabs`, its children marked `meta.tab` in the order they are declared, less those
 * whose roles (the child's own, else the section's) the actor does not hold.
 */
export function sectionTabs(
  matched: readonly RouteRecordNormalized[],
  held: readonly string[],
): { labelPrefix: string; tabs: SectionTab[] } | null {
  const section = [...matched].reverse().find((r) => r.meta.tabs)
  if (!section?.meta.tabs) return null
  const may = (roles: readonly string[] | undefined) => !roles || held.some((r) => roles.includes(r))
  const tabs = section.children.flatMap((c) => {
    const name = c.meta?.tab
    if (!name || !may(c.meta?.roles ?? section.meta.roles)) return []
    return [{ name, path: c.path ? `${section.path}/${c.path}` : section.path }]
  })
  return { labelPrefix: section.meta.tabs, tabs }
}
