import type { LocalizedText, Question, TemplateContent } from './survey.template'
import { SCALE } from './survey.template'

/** A question as the respondent sees it, in both languages, with its scale or options. */
export type PublicQuestion = {
  id: string
  type: Question['type']
  text: LocalizedText
  required: boolean
  scale: { min: number; max: number } | null
  options: { id: string; text: LocalizedText }[]
}

export type PublicSurvey = {
  title: LocalizedText
  intro: LocalizedText
  stationName: LocalizedText | null
  expiresAt: Date | null
  questions: PublicQuestion[]
}

/** What the survey page (and the builder's preview) shows: never internal tags or who it is for. */
export function publicSurvey(
  content: TemplateContent,
  extras: { stationName: LocalizedText | null; expiresAt: Date | null },
): PublicSurvey {
  return {
    title: content.title,
    intro: content.intro,
    stationName: extras.stationName,
    expiresAt: extras.expiresAt,
    questions: content.questions.map((q) => ({
      id: q.id,
      type: q.type,
      text: q.text,
      required: q.required,
      scale: SCALE[q.type],
      options: q.type === 'single' || q.type === 'multiple' ? q.options : [],
    })),
  }
}
