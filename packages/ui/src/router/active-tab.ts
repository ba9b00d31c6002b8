/**
 * Which of a section's route tabs is active on `path`: the one whose path is the longest prefix of it
 * (a tab's sub-pages keep the tab lit); on a path none of them covers, the first tab.
 */
export function activeTab(tabs: readonly { name: string; path: string }[], path: string): string | undefined {
  const covering = tabs.filter((x) => path === x.path || path.startsWith(`${x.path}/`))
  return [...covering].sort((a, b) => b.path.length - a.path.length)[0]?.name ?? tabs[0]?.name
}
