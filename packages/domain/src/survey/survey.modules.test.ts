import { describe, expect, it } from 'vitest'

// The survey's schemas are built when their module loads. This file imports nothing from the survey
// at the top: each module is loaded inside a test, so a schema that cannot be built (a broken
// discriminated union, a duplicate literal) fails a named test here instead of only stopping other
// test files from loading.
describe('each survey module loads on its own and builds what it exports', () => {
  it('the template: its schemas parse a template with every question type', async () => {
    const m = await import('./survey.template')
    const text = { zh: '题', en: 'Question' }
    const options = [
      { id: 'a', text },
      { id: 'b', text },
    ]
    const content = m.templateContentSchema.parse({
      title: text,
      intro: text,
      questions: [
        { id: 'c', type: 'csat', text },
        { id: 'n', type: 'nps', text },
        { id: 's', type: 'single', text, options },
        { id: 'm', type: 'multiple', text, options },
        { id: 't', type: 'text', text },
      ],
    })
    expect(content.questions.map((q) => q.type)).toEqual(['csat', 'nps', 'single', 'multiple', 'text'])
  })

  it.each([
    ['survey.answers', 'rawAnswersSchema'],
    ['survey.schema', 'createCampaignInput'],
    ['survey.policy', 'surveySettingsSchema'],
    ['survey.view', 'publicSurvey'],
    ['survey.scores', 'summaryFromTotals'],
    ['survey.invitation', 'linkRefusal'],
    ['survey.loop', 'closedLoop'],
    ['survey.vocabulary', 'QUESTION_TYPE_LABELS'],
  ])('%s (exports %s)', async (file, name) => {
    const m = (await import(`./${file}.ts`)) as Record<string, unknown>
    expect(m[name]).toBeDefined()
  })
})
