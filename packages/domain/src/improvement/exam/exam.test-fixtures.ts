import type { AskedQuestion, Attempt, Certificate } from './exam.entity'

/** Small builders for the exam rules' tests. */
export const single: AskedQuestion = {
  questionId: 'q-single',
  kind: 'single',
  topic: 'time_rules',
  stem: '首次响应时限？',
  options: [
    { id: 'a', text: '24 小时', correct: true },
    { id: 'b', text: '3 天', correct: false },
  ],
  explanation: '24 小时内联系客户。',
}
export const multiple: AskedQuestion = {
  questionId: 'q-multiple',
  kind: 'multiple',
  topic: 'six_steps',
  stem: '六步法包括？',
  options: [
    { id: 'a', text: '聽故事', correct: true },
    { id: 'b', text: '探心態', correct: true },
    { id: 'c', text: '争辩', correct: false },
    { id: 'd', text: '跟客戶', correct: true },
  ],
  explanation: '六步法：聽故事、探心態、找證據、出方案、平抱怨、跟客戶。',
}
export const trueFalse: AskedQuestion = {
  questionId: 'q-tf',
  kind: 'true_false',
  topic: 'parts_complaints',
  stem: '配件支持申请最多 6 行。',
  options: [
    { id: 'a', text: '对', correct: true },
    { id: 'b', text: '错', correct: false },
  ],
  explanation: '每张申请最多 6 行。',
}
export const QUESTIONS = [single, multiple, trueFalse]

export const attempt = (over: Partial<Attempt> = {}): Attempt => ({
  id: 'att-1',
  examId: 'exam-1',
  userId: 'u1',
  stationId: 'st1',
  startedAt: new Date('2026-11-24T02:00:00Z'),
  deadlineAt: null,
  questions: QUESTIONS,
  submittedAt: null,
  answers: null,
  right: null,
  score: null,
  passed: null,
  ...over,
})
export const failed = (submittedAt: string, over: Partial<Attempt> = {}) =>
  attempt({
    startedAt: new Date(new Date(submittedAt).getTime() - 600_000),
    submittedAt: new Date(submittedAt),
    answers: {},
    right: 0,
    score: 0,
    passed: false,
    ...over,
  })
export const certificate = (over: Partial<Certificate> = {}): Certificate => ({
  id: 'cert-1',
  attemptId: 'att-0',
  examId: 'exam-1',
  userId: 'u1',
  stationId: 'st1',
  score: 100,
  issuedOn: '2025-11-20',
  validUntil: '2026-11-19',
  issuedAt: new Date('2025-11-20T02:00:00Z'),
  ...over,
})
