import { describe, expect, it } from 'vitest'
import { templateContentSchema } from './survey.template'
import { CONTENT, t } from './survey.test-fixtures'
import { publicSurvey } from './survey.view'

const content = () => templateContentSchema.parse(CONTENT)
const optionsOf = (i: number) => (CONTENT.questions[i] as { options: unknown[] }).options

describe('the survey as the respondent sees it', () => {
  const expiresAt = new Date('2026-12-08T16:00:00Z')
  const station = t('北京朝阳服务站', 'Beijing Chaoyang Station')

  it('has the title, the intro, the station and the expiry', () => {
    const { questions: _q, ...head } = publicSurvey(content(), { stationName: station, expiresAt })
    expect(head).toEqual({ title: CONTENT.title, intro: CONTENT.intro, stationName: station, expiresAt })
  })

  it('has each question with its scale or options, and never its SERVQUAL tag', () => {
    const { questions } = publicSurvey(content(), { stationName: station, expiresAt })
    expect(questions.map((q) => [q.id, q.type, q.required, q.scale, q.options])).toEqual([
      ['overall', 'csat', true, { min: 1, max: 5 }, []],
      ['recommend', 'nps', true, { min: 0, max: 10 }, []],
      ['contact', 'single', true, null, optionsOf(2)],
      ['liked', 'multiple', false, null, optionsOf(3)],
      ['comment', 'text', false, null, []],
    ])
    expect(questions.map((q) => q.text)).toEqual(CONTENT.questions.map((q) => q.text))
    for (const q of questions)
      expect(Object.keys(q)).toEqual(['id', 'type', 'text', 'required', 'scale', 'options'])
  })

  it('shows no station and no expiry for the builder’s preview', () => {
    const v = publicSurvey(content(), { stationName: null, expiresAt: null })
    expect([v.stationName, v.expiresAt, v.questions.length]).toEqual([null, null, 5])
  })
})
