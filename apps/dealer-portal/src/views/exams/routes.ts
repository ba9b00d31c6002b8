import { asTab, libraryPages, page, section } from '@asq/ui'
import type { RouteRecordRaw } from 'vue-router'

/**
 * The station's learning centre (issue 18), a tab each: exams to take (and one attempt), the
 * teaching-case library, certificates and, for the manager, the staff's certification.
 */
export const examRoutes: RouteRecordRaw[] = [
  section('learning', { tabs: 'exams.tabs' }, [
    page('exams', 'exams', () => import('./ExamsPage.vue'), asTab('exams')),
    page('attempts/:attemptId', 'exam-attempt', () => import('./AttemptPage.vue'), { props: true }),
    ...libraryPages('exams.title'),
    page('certificates', 'exam-certificates', () => import('./CertificatesPage.vue'), asTab('certificates')),
    page(
      'staff',
      'exam-staff',
      () => import('./StaffCertificationPage.vue'),
      asTab('staff', { roles: ['dealer_manager'] }),
    ),
  ]),
]
