import type { RouteRecordRaw } from 'vue-router'

/** The station's learning centre (issue 18): exams to take, one attempt, certificates, the staff table. */
export const examRoutes: RouteRecordRaw[] = [
  { path: 'learning/exams', name: 'exams', component: () => import('./ExamsPage.vue') },
  {
    path: 'learning/attempts/:attemptId',
    name: 'exam-attempt',
    component: () => import('./AttemptPage.vue'),
    props: true,
  },
  {
    path: 'learning/certificates',
    name: 'exam-certificates',
    component: () => import('./CertificatesPage.vue'),
  },
  {
    path: 'learning/staff',
    name: 'exam-staff',
    component: () => import('./StaffCertificationPage.vue'),
    meta: { roles: ['dealer_manager'] },
  },
]
