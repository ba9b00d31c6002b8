import type { RouteRecordRaw } from 'vue-router'
import { EXAM_EDITORS } from './labels'

const meta = { roles: [...EXAM_EDITORS] }

/** The learning centre's question bank and exams (issue 18). */
export const examRoutes: RouteRecordRaw[] = [
  {
    path: 'learning/questions',
    name: 'exam-questions',
    component: () => import('./QuestionBankPage.vue'),
    meta,
  },
  { path: 'learning/exams', name: 'exams', component: () => import('./ExamsPage.vue'), meta },
  {
    path: 'learning/exams/:id/results',
    name: 'exam-results',
    component: () => import('./ExamResultsPage.vue'),
    props: true,
    meta,
  },
]
