import { z } from 'zod'
import { versionNumber } from '../shared/version.schema'
import { type QUESTION_TYPES, SERVQUAL_DIMENSIONS, TEMPLATE_PURPOSES } from './survey.vocabulary'

/** Text shown to respondents: Chinese first, English beside it; both are required. */
export const localizedText = (max: number) =>
  z.object({
    zh: z.string().trim().min(1, 'the Chinese text is required').max(max),
    en: z.string().trim().min(1, 'the English text is required').max(max),
  })
export type LocalizedText = { zh: string; en: string }

const key = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{0,31}$/, 'a short key: lower-case letters, digits and _')

export const choiceOptionSchema = z.object({ id: key, text: localizedText(120) })

const options = z
  .array(choiceOptionSchema)
  .min(2, 'a choice question needs at least 2 options')
  .max(12, 'at most 12 options')

const common = {
  id: key,
  text: localizedText(300),
  required: z.boolean().default(true),
  /** Optional SERVQUAL tag; only rating and NPS answers count towards dimension scores. */
  dimension: z.enum(SERVQUAL_DIMENSIONS).nullable().default(null),
}

export const questionSchema = z.discriminatedUnion('type', [
  z.object({ ...common, type: z.literal('csat') }),
  z.object({ ...common, type: z.literal('nps') }),
  z.object({ ...common, type: z.literal('single'), options }),
  z.object({ ...common, type: z.literal('multiple'), options }),
  z.object({ ...common, type: z.literal('text') }),
])
export type Question = z.infer<typeof questionSchema>
export type QuestionInput = z.input<typeof questionSchema>

/** A template's content; every change is stored as a new version, and answers keep their version. */
export const templateContentSchema = z
  .object({
    title: localizedText(120),
    intro: localizedText(1000),
    questions: z.array(questionSchema).min(1, 'add at least one question').max(30, 'at most 30 questions'),
  })
  .superRefine((t, ctx) => {
    const seen = new Set<string>()
    t.questions.forEach((q, i) => {
      if (seen.has(q.id))
        ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: `key "${q.id}" is used twice` })
      seen.add(q.id)
      if (q.type === 'single' || q.type === 'multiple') {
        const ids = q.options.map((o) => o.id)
        ids.forEach((id, j) => {
          if (ids.indexOf(id) !== j)
            ctx.addIssue({
              code: 'custom',
              path: ['questions', i, 'options', j, 'id'],
              message: `option key "${id}" is used twice`,
            })
        })
      }
    })
  })
export type TemplateContent = z.infer<typeof templateContentSchema>
export type TemplateContentInput = z.input<typeof templateContentSchema>

const id = z.uuid('not a valid id')

export const createTemplateInput = z.object({
  purpose: z.enum(TEMPLATE_PURPOSES),
  content: templateContentSchema,
})
export type CreateTemplateInput = z.infer<typeof createTemplateInput>

/** A change is a new version; `baseVersion` is the version the editor started from. */
export const updateTemplateInput = z.object({
  id,
  baseVersion: versionNumber(1),
  content: templateContentSchema,
})
export type UpdateTemplateInput = z.infer<typeof updateTemplateInput>

export const setTemplateActiveInput = z.object({ id, active: z.boolean() })
export const templateVersionInput = z.object({ id, version: versionNumber(1).optional() })
export const previewTemplateInput = z.object({ content: templateContentSchema })

/** The question types, for the builder: which ones are scored and on what scale. */
export const SCALE: Record<(typeof QUESTION_TYPES)[number], { min: number; max: number } | null> = {
  csat: { min: 1, max: 5 },
  nps: { min: 0, max: 10 },
  single: null,
  multiple: null,
  text: null,
}
