/**
 * The learning centre's question bank and exams (issue 18; domain.md "After the case": handlers are
 * trained on real cases and examined with single, multiple and true/false questions).
 */

/** single: one right option · multiple: "select all that apply" · true_false: 对 / 错. */
export const QUESTION_KINDS = ['single', 'multiple', 'true_false'] as const
export type QuestionKind = (typeof QUESTION_KINDS)[number]

/** What a question is about: the complaint rules' chapters a handler must know. */
export const QUESTION_TOPICS = [
  'complaint_kinds',
  'six_steps',
  'time_rules',
  'parts_complaints',
  'fees',
  'compensation',
  'escalation',
  'customer_style',
] as const
export type QuestionTopic = (typeof QUESTION_TOPICS)[number]

/** draft (HQ edits it) → published (stations take it; fixed from then on) → retired (no new attempts). */
export const EXAM_STATUSES = ['draft', 'published', 'retired'] as const
export type ExamStatus = (typeof EXAM_STATUSES)[number]

/** A staff member's standing on one exam, as the station manager reads it. */
export const CERTIFICATION_STATUSES = [
  'certified',
  'expired',
  'failed',
  'in_progress',
  'never_taken',
] as const
export type CertificationStatus = (typeof CERTIFICATION_STATUSES)[number]

/** Options of a question, by kind (a true/false question has exactly its two). */
export const OPTION_BOUNDS: Record<QuestionKind, { min: number; max: number }> = {
  single: { min: 2, max: 6 },
  multiple: { min: 2, max: 8 },
  true_false: { min: 2, max: 2 },
}
/** Options are named by position: a, b, c … (what the taker's answers refer to). */
export const optionIdAt = (i: number) => String.fromCharCode(97 + i)

export const QUESTION_STEM_MAX = 500
export const QUESTION_OPTION_MAX = 200
export const QUESTION_EXPLANATION_MAX = 1000
export const EXAM_TITLE_MAX = 100
export const EXAM_QUESTIONS_MAX = 100
