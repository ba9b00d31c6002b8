import { page } from '@asq/ui'
import type { RouteRecordRaw } from 'vue-router'

/** The station's learning centre (issue 18): exams to take, one attempt, certificates, the staff table. */
export const examRoutes: RouteRecordRaw[] = [
  page('learning/exams', 'exams', () => import('./ExamsPage.vue')),
  page('learning/attempts/:attemptId', 'exam-attempt', () => import('./AttemptPage.vue'), { props: true }),
  page('learning/certificates', 'exam-certificates', () => import('./CertificatesPage.vue')),
  page('learning/staff', 'exam-staff', () => import('./StaffCertificationPage.vue'), {
    meta: { roles: ['dealer_manager'] },
  }),
]
