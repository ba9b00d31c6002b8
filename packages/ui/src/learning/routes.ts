import type { RouteRecordRaw } from 'vue-router'
import { asTab, page } from '../router/page-route'

/**
 * The teaching-case library's two pages, the same in both staff apps: the list (a tab of the app's
 * learning section, headed by the app's message `titleKey`) and one case. The screens load lazily.
 */
export const libraryPages = (titleKey: string): RouteRecordRaw[] => [
  page('library', 'teaching-library', () => import('../screens').then((m) => m.TeachingCaseLibrary), {
    ...asTab('library'),
    props: { titleKey },
  }),
  page('library/:id', 'teaching-library-case', () => import('../screens').then((m) => m.TeachingCaseScreen), {
    props: true,
  }),
]
