import { z } from 'zod'
import { pageInputSchema } from '../../shared/paging'
import { versionNumber } from '../../shared/version.schema'
import {
  OPTION_BOUNDS,
  QUESTION_EXPLANATION_MAX,
  QUESTION_KINDS,
  QUESTION_OPTION_MAX,
  QUESTION_STEM_MAX,
  QUESTION_TOPICS,
  type QuestionKind,
} from './exam.vocabulary'

/**
 * A question as HQ writes it. The rules per kind (`questionProblems`), each reported on its field:
 * - single: 2–6 options, exactly one marked correct;
 * - multiple: 2–8 options, at least one marked correct. A multiple-choice question is "select all that
 *   apply": the taker is not told how many options are right, so a question with one right option (or
 *   all of them) is legitimate — requiring two would tell the taker that at least two are right;
 * - true_false: exactly two options (对 / 错, the editor fills them), one marked correct.
 * Option texts are trimmed, not empty, and distinct within the question.
 */
const text = (max: number, required = 'required') =>
  z.string().trim().min(1, required).max(max, `at most ${max} characters`)

export const questionOptionInput = z.object({
  text: text(QUESTION_OPTION_MAX, 'an option needs a text'),
  correct: z.boolean(),
})
export type QuestionOptionInput = z.infer<typeof questionOptionInput>

export type QuestionProblem = { field: string; code: string; message: string }

/** What is wrong with a question's options for its kind; empty when it is fine. */
export function questionProblems(q: { kind: QuestionKind; options: readonly QuestionOptionInput[] }) {
  const problems: QuestionProblem[] = []
  const { min, max } = OPTION_BOUNDS[q.kind]
  const n = q.options.length
  if (n < min || n > max)
    problems.push({
      field: 'options',
      code: 'QUESTION.OPTION_COUNT',
      message: min === max ? `exactly ${min} options` : `${min} to ${max} options`,
    })
  const correct = q.options.filter((o) => o.correct).length
  if (q.kind === 'multiple' ? correct < 1 : correct !== 1)
    problems.push({
      field: 'options',
      code: 'QUESTION.CORRECT_COUNT',
      message: q.kind === 'multiple' ? 'mark at least one correct option' : 'mark exactly one correct option',
    })
  const seen = new Set<string>()
  q.options.forEach((o, i) => {
    const key = o.text.trim()
    if (seen.has(key))
      problems.push({
        field: `options.${i}.text`,
        code: 'QUESTION.OPTION_REPEATED',
        message: 'already an option',
      })
    seen.add(key)
  })
  return problems
}

const questionFields = {
  kind: z.enum(QUESTION_KINDS),
  topic: z.enum(QUESTION_TOPICS),
  stem: text(QUESTION_STEM_MAX, 'write the question'),
  options: z.array(questionOptionInput).max(8, 'at most 8 options'),
  explanation: text(QUESTION_EXPLANATION_MAX, 'explain the right answer'),
}

const withKindRules = <T extends z.ZodType<{ kind: QuestionKind; options: QuestionOptionInput[] }>>(s: T) =>
  s.superRefine((q, ctx) => {
    for (const p of questionProblems(q))
      ctx.addIssue({
        code: 'custom',
        path: p.field.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)),
        message: p.message,
      })
  })

export const questionContentInput = withKindRules(z.object(questionFields))
export type QuestionContentInput = z.infer<typeof questionContentInput>

export const createQuestionInput = withKindRules(
  z.object({ ...questionFields, clientRequestId: z.uuid('not a valid request id') }),
)
export const updateQuestionInput = withKindRules(
  z.object({ ...questionFields, id: z.uuid('not a valid id'), version: versionNumber(1) }),
)
export type UpdateQuestionInput = z.infer<typeof updateQuestionInput>

export const setQuestionActiveInput = z.object({
  id: z.uuid('not a valid id'),
  version: versionNumber(1),
  active: z.boolean(),
})

export const questionListInput = pageInputSchema.extend({
  kind: z.enum(QUESTION_KINDS).optional(),
  topic: z.enum(QUESTION_TOPICS).optional(),
  active: z.boolean().optional(),
})
export type QuestionListInput = z.infer<typeof questionListInput>
