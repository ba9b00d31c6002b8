import { asTab, page, section } from '@asq/ui'
import type { RouteRecordRaw } from 'vue-router'
import { EXAM_EDITORS } from './labels'

/** The learning centre's question bank and exams (issue 18), a tab each. */
export const examRoutes: RouteRecordRaw[] = [
  section('learning', { roles: [...EXAM_EDITORS], tabs: 'exams.tabs' }, [
    page('questions', 'exam-questions', () => import('./QuestionBankPage.vue'), asTab('questions')),
    page('exams', 'exams', () => import('./ExamsPage.vue'), asTab('exams')),
    page('exams/:id/results', 'exam-results', () => import('./ExamResultsPage.vue'), { props: true }),
  ]),
]
