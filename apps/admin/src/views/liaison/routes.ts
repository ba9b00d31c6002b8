import type { Role } from '@asq/domain'
import type { RouteRecordRaw } from 'vue-router'

/** Who answers quality liaison letters (issue 18): HQ quality, and admins. */
export const LIAISON_ROLES: Role[] = ['hq_admin', 'hq_quality']

export const liaisonRoutes: RouteRecordRaw[] = [
  {
    path: 'liaison',
    meta: { roles: LIAISON_ROLES },
    children: [
      { path: '', name: 'liaison-inbox', component: () => import('./InboxPage.vue') },
      { path: ':id', name: 'liaison-letter', component: () => import('./LetterPage.vue'), props: true },
    ],
  },
]
