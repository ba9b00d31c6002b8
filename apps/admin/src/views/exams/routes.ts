import { page } from '@asq/ui'
import type { RouteRecordRaw } from 'vue-router'
import { EXAM_EDITORS } from './labels'

const meta = { roles: [...EXAM_EDITORS] }

/** The learning centre's question bank and exams (issue 18). */
export const examRoutes: RouteRecordRaw[] = [
  page('learning/questions', 'exam-questions', () => import('./QuestionBankPage.vue'), { meta }),
  page('learning/exams', 'exams', () => import('./ExamsPage.vue'), { meta }),
  page('learning/exams/:id/results', 'exam-results', () => import('./ExamResultsPage.vue'), {
    props: true,
    meta,
  }),
]
