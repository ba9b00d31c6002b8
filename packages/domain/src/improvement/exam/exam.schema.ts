import { z } from 'zod'
import { pageInputSchema } from '../../shared/paging'
import { versionNumber } from '../../shared/version.schema'
import { EXAM_QUESTIONS_MAX, EXAM_STATUSES, EXAM_TITLE_MAX, QUESTION_TOPICS } from './exam.vocabulary'

const id = z.uuid('not a valid id')
const int = (min: number, max: number) =>
  z.number().int('a whole number').min(min, `at least ${min}`).max(max, `at most ${max}`)

export const examSelectionInput = z.discriminatedUnion('mode', [
  z.object({
    mode: z.literal('fixed'),
    questionIds: z
      .array(id)
      .min(1, 'choose at least one question')
      .max(EXAM_QUESTIONS_MAX, `at most ${EXAM_QUESTIONS_MAX} questions`)
      .refine((ids) => new Set(ids).size === ids.length, 'a question is listed twice'),
  }),
  z.object({
    mode: z.literal('drawn'),
    topics: z
      .array(z.enum(QUESTION_TOPICS))
      .min(1, 'choose at least one topic')
      .refine((t) => new Set(t).size === t.length, 'a topic is listed twice'),
    count: int(1, EXAM_QUESTIONS_MAX),
  }),
])

/** An exam's settings as HQ writes them; every bound is reported on its field. */
const examFields = {
  title: z
    .string()
    .trim()
    .min(1, 'a title is required')
    .max(EXAM_TITLE_MAX, `at most ${EXAM_TITLE_MAX} characters`),
  description: z.string().trim().max(1000, 'at most 1000 characters').default(''),
  selection: examSelectionInput,
  passMark: int(1, 100),
  timeLimitMinutes: int(1, 600).nullable().default(null),
  maxAttempts: int(1, 20),
  cooldownHours: int(0, 720),
  validityMonths: int(1, 120),
}
export const examSettingsInput = z.object(examFields)
export type ExamSettingsInput = z.infer<typeof examSettingsInput>

export const createExamInput = z.object({ ...examFields, clientRequestId: z.uuid('not a valid request id') })
export const updateExamInput = z.object({ ...examFields, id, version: versionNumber(1) })
export const examVersionInput = z.object({ id, version: versionNumber(1) })
export const examIdInput = z.object({ id })
export const examListInput = pageInputSchema.extend({ status: z.enum(EXAM_STATUSES).optional() })
export type ExamListInput = z.infer<typeof examListInput>

export const startAttemptInput = z.object({
  examId: id,
  idempotencyKey: z.uuid('not a valid idempotency key'),
})
export const attemptIdInput = z.object({ attemptId: id })
export const submitAttemptInput = z.object({
  attemptId: id,
  idempotencyKey: z.uuid('not a valid idempotency key'),
  /** Option ids per question id (a question left out is unanswered, i.e. wrong). */
  answers: z
    .record(id, z.array(z.string().regex(/^[a-h]$/, 'not an option')).max(8, 'at most 8 options'))
    .refine((a) => Object.keys(a).length <= EXAM_QUESTIONS_MAX, `at most ${EXAM_QUESTIONS_MAX} answers`),
})
export type SubmitAttemptInput = z.infer<typeof submitAttemptInput>
export const stationCertificatesInput = z.object({ examId: id.optional() })
export const examOverviewInput = z.object({ examId: id })
