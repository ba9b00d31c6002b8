import type { Role } from '@asq/domain'
import { page, section } from '@asq/ui'
import type { RouteRecordRaw } from 'vue-router'

/** The station's quality liaison letters (issue 18); HQ's answer notification links to /liaison/<id>. */
export const LIAISON_ROLES: Role[] = ['dealer_manager', 'dealer_staff']

export const liaisonRoutes: RouteRecordRaw[] = [
  section('liaison', { roles: LIAISON_ROLES }, [
    page('', 'liaison-letters', () => import('./LettersPage.vue')),
    page('new', 'liaison-new', () => import('./NewLetterPage.vue')),
    page(':id', 'liaison-letter', () => import('./LetterPage.vue'), { props: true }),
  ]),
]
