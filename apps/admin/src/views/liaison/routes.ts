import type { Role } from '@asq/domain'
import { page, section } from '@asq/ui'
import type { RouteRecordRaw } from 'vue-router'

/** Who answers quality liaison letters (issue 18): HQ quality, and admins. */
export const LIAISON_ROLES: Role[] = ['hq_admin', 'hq_quality']

export const liaisonRoutes: RouteRecordRaw[] = [
  section('liaison', { roles: LIAISON_ROLES }, [
    page('', 'liaison-inbox', () => import('./InboxPage.vue')),
    page(':id', 'liaison-letter', () => import('./LetterPage.vue'), { props: true }),
  ]),
]
