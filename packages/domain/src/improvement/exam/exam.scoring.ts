import type { AnswerSheet, AskedQuestion } from './exam.entity'

/**
 * Scoring, a pure function of the questions asked and the answers given:
 * - single choice and true/false: right when exactly the one correct option is chosen;
 * - multiple choice: all-or-nothing — right only when the chosen options are exactly the correct ones
 *   (order and repeats do not matter); one missing or one extra option makes it wrong, no partial credit,
 *   because a handler who half-knows a rule still gets the case wrong;
 * - an unanswered question is wrong; an answer to a question not asked is ignored;
 * - score = whole percent of questions right, rounded down; passed when score ≥ pass mark (rounding
 *   down means the shown score never passes a mark the exact ratio misses).
 */
export function isAnsweredRight(q: Pick<AskedQuestion, 'kind' | 'options'>, chosen: readonly string[] = []) {
  const picked = new Set(chosen)
  const correct = q.options.filter((o) => o.correct).map((o) => o.id)
  if (q.kind !== 'multiple' && picked.size !== 1) return false
  return picked.size === correct.length && correct.every((id) => picked.has(id))
}

export type ExamScore = { right: number; total: number; score: number; passed: boolean; rightIds: string[] }

export function scoreExam(
  questions: readonly AskedQuestion[],
  answers: AnswerSheet,
  passMark: number,
): ExamScore {
  const rightIds = questions.filter((q) => isAnsweredRight(q, answers[q.questionId])).map((q) => q.questionId)
  const total = questions.length
  const right = rightIds.length
  const score = total === 0 ? 0 : Math.floor((right * 100) / total)
  return { right, total, score, passed: score >= passMark, rightIds }
}

/** The answer sheet that gets everything right (for tests and the demo data). */
export const perfectAnswers = (questions: readonly AskedQuestion[]): AnswerSheet =>
  Object.fromEntries(
    questions.map((q) => [q.questionId, q.options.filter((o) => o.correct).map((o) => o.id)]),
  )

/**
 * A question as the taker sees it before submitting: no correct marks, no explanation. Built field by
 * field, so nothing added to the question later can leak by accident.
 */
export const takerQuestion = (q: AskedQuestion) => ({
  questionId: q.questionId,
  kind: q.kind,
  topic: q.topic,
  stem: q.stem,
  options: q.options.map((o) => ({ id: o.id, text: o.text })),
})
