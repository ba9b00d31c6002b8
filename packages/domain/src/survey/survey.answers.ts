import { z } from 'zod'
import { DomainError } from '../shared/errors'
import type { Question } from './survey.template'

/** One answer: a score (rating, NPS), an option key, several option keys, a text, or nothing. */
export type AnswerValue = number | string | string[] | null
/** The answers of one respondent, by question key. */
export type AnswerSet = Record<string, AnswerValue>

export const MAX_TEXT_ANSWER = 2000

/** The shape that may cross the wire; each value is then checked against its question. */
export const rawAnswersSchema = z.record(
  z.string().max(40),
  z.union([z.number(), z.string().max(MAX_TEXT_ANSWER * 2), z.array(z.string().max(40)).max(20), z.null()]),
)

const isEmpty = (v: unknown) =>
  v === undefined ||
  v === null ||
  (typeof v === 'string' && v.trim() === '') ||
  (Array.isArray(v) && !v.length)

function valueSchema(q: Question): z.ZodType<AnswerValue> {
  switch (q.type) {
    case 'csat':
      return z
        .number('give a rating from 1 to 5')
        .int('give a whole number of stars')
        .min(1, 'give a rating from 1 to 5')
        .max(5, 'give a rating from 1 to 5')
    case 'nps':
      return z
        .number('give a score from 0 to 10')
        .int('give a whole score')
        .min(0, 'give a score from 0 to 10')
        .max(10, 'give a score from 0 to 10')
    case 'single':
      return z.enum(q.options.map((o) => o.id) as [string, ...string[]], 'choose one of the options')
    case 'multiple':
      return z
        .array(z.enum(q.options.map((o) => o.id) as [string, ...string[]], 'choose among the options'))
        .refine((a) => new Set(a).size === a.length, 'an option is chosen twice')
    case 'text':
      return z
        .string('write your answer as text')
        .trim()
        .max(MAX_TEXT_ANSWER, `at most ${MAX_TEXT_ANSWER} characters`)
  }
}

/**
 * The answer set of one template version as a zod schema: every required question answered, every
 * value in range, no unknown keys. Issues carry the question key as their path.
 */
export function answerSetSchema(questions: readonly Question[]) {
  return rawAnswersSchema.transform((raw, ctx) => {
    const out: AnswerSet = {}
    for (const k of Object.keys(raw)) {
      if (!questions.some((q) => q.id === k))
        ctx.addIssue({ code: 'custom', path: [k], message: 'this is not a question of the survey' })
    }
    for (const q of questions) {
      const v = raw[q.id]
      if (isEmpty(v)) {
        if (q.required) ctx.addIssue({ code: 'custom', path: [q.id], message: 'an answer is required' })
        out[q.id] = null
        continue
      }
      const r = valueSchema(q).safeParse(v)
      if (r.success) out[q.id] = r.data
      else ctx.addIssue({ code: 'custom', path: [q.id], message: r.error.issues[0]?.message ?? 'invalid' })
    }
    return out
  })
}

/**
 * Checks answers against the template version they answer; the first problem becomes a BAD_INPUT
 * error naming the question (number and English text), all of them are in `details.questions`.
 */
export function validateAnswers(questions: readonly Question[], raw: unknown): AnswerSet {
  const r = answerSetSchema(questions).safeParse(raw)
  if (r.success) return r.data
  const problems: Record<string, string> = {}
  for (const issue of r.error.issues) {
    const k = String(issue.path[0] ?? '(answers)')
    problems[k] ??= issue.message
  }
  const [firstKey, firstMessage] = Object.entries(problems)[0]!
  const index = questions.findIndex((q) => q.id === firstKey)
  const label = index >= 0 ? `Question ${index + 1} “${questions[index]!.text.en}”` : `Answer “${firstKey}”`
  throw new DomainError('BAD_INPUT', 'SURVEY.ANSWER_INVALID', `${label}: ${firstMessage}`, {
    field: `answers.${firstKey}`,
    details: { questions: problems },
  })
}

/** One stored answer, flattened for statistics and the verbatim comments. */
export type AnswerItem = {
  questionId: string
  type: Question['type']
  dimension: Question['dimension']
  score: number | null
  choices: string[]
  text: string | null
}

/** The answered questions of a valid answer set as rows (skipped optional questions are left out). */
export function answerItems(questions: readonly Question[], answers: AnswerSet): AnswerItem[] {
  return questions.flatMap((q): AnswerItem[] => {
    const v = answers[q.id]
    if (v === null || v === undefined) return []
    return [
      {
        questionId: q.id,
        type: q.type,
        dimension: q.dimension,
        score: typeof v === 'number' ? v : null,
        choices: Array.isArray(v) ? v : q.type === 'single' && typeof v === 'string' ? [v] : [],
        text: q.type === 'text' && typeof v === 'string' ? v : null,
      },
    ]
  })
}
