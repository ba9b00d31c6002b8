import type { Role } from '@asq/domain'
import type { RouteRecordRaw } from 'vue-router'

/** The station's quality liaison letters (issue 18); HQ's answer notification links to /liaison/<id>. */
export const LIAISON_ROLES: Role[] = ['dealer_manager', 'dealer_staff']

export const liaisonRoutes: RouteRecordRaw[] = [
  {
    path: 'liaison',
    meta: { roles: LIAISON_ROLES },
    children: [
      { path: '', name: 'liaison-letters', component: () => import('./LettersPage.vue') },
      { path: 'new', name: 'liaison-new', component: () => import('./NewLetterPage.vue') },
      { path: ':id', name: 'liaison-letter', component: () => import('./LetterPage.vue'), props: true },
    ],
  },
]
