import { asTab, page, section } from '@asq/ui'
import type { RouteRecordRaw } from 'vue-router'
import { EIGHTD_READERS, EIGHTD_REVIEWERS } from './labels'

const readers = { roles: [...EIGHTD_READERS] }
const reviewers = { roles: [...EIGHTD_REVIEWERS] }

/** HQ's 8D screens, inside the admin shell; the list is every reader's tab, the other tabs reviewers' only. */
export const eightdRoutes: RouteRecordRaw[] = [
  section('eightd', { ...readers, tabs: 'eightd.tabs' }, [
    page('', 'eightd', () => import('./EightdListPage.vue'), asTab('list')),
    page('overdue', 'eightd-overdue', () => import('./EightdOverduePage.vue'), asTab('overdue', reviewers)),
    page('new', 'eightd-new', () => import('./EightdOpenPage.vue'), asTab('open', reviewers)),
    page(
      'settings',
      'eightd-settings',
      () => import('./EightdSettingsPage.vue'),
      asTab('settings', reviewers),
    ),
    page(':id', 'eightd-claim', () => import('./EightdReviewPage.vue'), { props: true }),
  ]),
]
