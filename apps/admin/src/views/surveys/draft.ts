import type { QuestionType, ServqualDimension, TemplateContentInput } from '@asq/domain'
import { templateContentSchema } from '@asq/domain'
import type { PreviewSurvey } from './SurveyPreview.vue'

type Text = { zh: string; en: string }
export type DraftQuestion = {
  id: string
  type: QuestionType
  text: Text
  required: boolean
  dimension: ServqualDimension | null
  options: { id: string; text: Text }[]
}
export type Draft = { title: Text; intro: Text; questions: DraftQuestion[] }

export const emptyText = (): Text => ({ zh: '', en: '' })
export const isChoice = (t: QuestionType) => t === 'single' || t === 'multiple'

/** A key not used yet among `taken`, e.g. q3 or o2. */
export function nextKey(prefix: string, taken: readonly string[]): string {
  let n = taken.length + 1
  while (taken.includes(`${prefix}${n}`)) n++
  return `${prefix}${n}`
}

export function newQuestion(type: QuestionType, taken: readonly string[]): DraftQuestion {
  return {
    id: nextKey('q', taken),
    type,
    text: emptyText(),
    required: type !== 'text',
    dimension: null,
    options: isChoice(type)
      ? [
          { id: 'o1', text: emptyText() },
          { id: 'o2', text: emptyText() },
        ]
      : [],
  }
}

/** The draft as the content the API and the domain schema take (options only on choice questions). */
export function toContent(d: Draft): TemplateContentInput {
  return {
    title: d.title,
    intro: d.intro,
    questions: d.questions.map((q) =>
      isChoice(q.type)
        ? {
            id: q.id,
            type: q.type as 'single' | 'multiple',
            text: q.text,
            required: q.required,
            dimension: q.dimension || null,
            options: q.options,
          }
        : {
            id: q.id,
            type: q.type as 'csat' | 'nps' | 'text',
            text: q.text,
            required: q.required,
            dimension: q.dimension || null,
          },
    ),
  }
}

export function fromContent(c: TemplateContentInput): Draft {
  return {
    title: { ...c.title },
    intro: { ...c.intro },
    questions: c.questions.map((q) => ({
      id: q.id,
      type: q.type,
      text: { ...q.text },
      required: q.required ?? true,
      dimension: q.dimension ?? null,
      options: 'options' in q ? q.options.map((o) => ({ id: o.id, text: { ...o.text } })) : [],
    })),
  }
}

/** The same check the server makes (the domain schema runs in the browser too): path → message. */
export function problems(d: Draft): { path: string; message: string }[] {
  const r = templateContentSchema.safeParse(toContent(d))
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))
}

export const toPreview = (d: Draft): PreviewSurvey => ({
  title: d.title,
  intro: d.intro,
  questions: d.questions.map((q) => ({
    id: q.id,
    type: q.type,
    text: q.text,
    required: q.required,
    options: isChoice(q.type) ? q.options : [],
  })),
})
