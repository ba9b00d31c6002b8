import { describe, expect, it } from 'vitest'
import { DomainError } from '../shared/errors'
import { answerSetSchema, validateAnswers } from './survey.answers'
import { type TemplateContentInput, templateContentSchema } from './survey.template'

const t = (zh: string, en: string) => ({ zh, en })
const CONTENT: TemplateContentInput = {
  title: t('投诉处理满意度', 'Complaint handling satisfaction'),
  intro: t('感谢您', 'Thank you'),
  questions: [
    { id: 'overall', type: 'csat', text: t('总体满意度', 'Overall satisfaction'), dimension: 'reliability' },
    { id: 'recommend', type: 'nps', text: t('推荐意愿', 'Would you recommend us') },
    {
      id: 'contact',
      type: 'single',
      text: t('联系方式', 'How were you contacted'),
      options: [
        { id: 'phone', text: t('电话', 'Phone') },
        { id: 'visit', text: t('到店', 'Visit') },
      ],
    },
    {
      id: 'liked',
      type: 'multiple',
      required: false,
      text: t('满意之处', 'What went well'),
      options: [
        { id: 'speed', text: t('速度', 'Speed') },
        { id: 'manner', text: t('态度', 'Manner') },
        { id: 'price', text: t('价格', 'Price') },
      ],
    },
    { id: 'comment', type: 'text', required: false, text: t('其他意见', 'Anything else') },
  ],
}
const questions = templateContentSchema.parse(CONTENT).questions
const valid = { overall: 4, recommend: 9, contact: 'phone', liked: ['speed'], comment: '很好 <b>good</b>' }

describe('an answer set checked against its template version', () => {
  it('accepts complete answers and keeps text as typed (escaping is the screen’s job)', () => {
    expect(validateAnswers(questions, valid)).toEqual(valid)
  })

  it('fills skipped optional questions with null', () => {
    const { liked: _l, comment: _c, ...required } = valid
    expect(validateAnswers(questions, { ...required, comment: '   ' })).toMatchObject({
      liked: null,
      comment: null,
    })
  })

  it.each([
    [
      'a rating of 6',
      { overall: 6 },
      'overall',
      'Question 1 “Overall satisfaction”: give a rating from 1 to 5',
    ],
    ['a rating of 0', { overall: 0 }, 'overall', 'give a rating from 1 to 5'],
    ['half a star', { overall: 3.5 }, 'overall', 'whole number'],
    ['a rating as text', { overall: 'five' }, 'overall', 'give a rating from 1 to 5'],
    [
      'NPS 11',
      { recommend: 11 },
      'recommend',
      'Question 2 “Would you recommend us”: give a score from 0 to 10',
    ],
    ['NPS −1', { recommend: -1 }, 'recommend', 'from 0 to 10'],
    ['a missing rating', { overall: undefined }, 'overall', 'an answer is required'],
    [
      'a missing choice',
      { contact: null },
      'contact',
      'Question 3 “How were you contacted”: an answer is required',
    ],
    ['an unknown option', { contact: 'pigeon' }, 'contact', 'choose one of the options'],
    ['an option twice', { liked: ['speed', 'speed'] }, 'liked', 'chosen twice'],
    ['an unknown multiple option', { liked: ['speed', 'x'] }, 'liked', 'choose among the options'],
    ['a novel', { comment: 'x'.repeat(2001) }, 'comment', 'at most 2000 characters'],
    ['an unknown question', { extra: 1 }, 'extra', 'Answer “extra”: this is not a question of the survey'],
  ])('refuses %s, naming the question', (_n, patch, field, message) => {
    const answers = { ...valid, ...patch } as Record<string, unknown>
    for (const k of Object.keys(answers)) if (answers[k] === undefined) delete answers[k]
    try {
      validateAnswers(questions, answers)
      expect.unreachable('should have been refused')
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError)
      const err = e as DomainError
      expect(err.code).toBe('SURVEY.ANSWER_INVALID')
      expect(err.kind).toBe('BAD_INPUT')
      expect(err.field).toBe(`answers.${field}`)
      expect(err.message).toContain(message)
    }
  })

  it('reports every problem at once in the schema issues', () => {
    const r = answerSetSchema(questions).safeParse({ overall: 9, recommend: 12 })
    expect(r.success).toBe(false)
    expect(new Set(r.error!.issues.map((i) => i.path[0]))).toEqual(
      new Set(['overall', 'recommend', 'contact']),
    )
  })
})

describe('a template', () => {
  it('accepts the example and defaults required to true and the tag to none', () => {
    const q = templateContentSchema.parse(CONTENT).questions
    expect(q[1]).toMatchObject({ required: true, dimension: null })
  })

  it.each([
    [
      'a key used twice',
      { ...CONTENT, questions: [CONTENT.questions[0]!, CONTENT.questions[0]!] },
      'questions.1.id',
    ],
    [
      'a choice with one option',
      {
        ...CONTENT,
        questions: [
          { id: 'c', type: 'single', text: t('a', 'a'), options: [{ id: 'x', text: t('x', 'x') }] },
        ],
      },
      'questions.0.options',
    ],
    [
      'a question without English',
      { ...CONTENT, questions: [{ id: 'q', type: 'csat', text: { zh: '满意度', en: '' } }] },
      'questions.0.text.en',
    ],
    ['no questions', { ...CONTENT, questions: [] }, 'questions'],
    [
      'an unknown dimension',
      { ...CONTENT, questions: [{ id: 'q', type: 'csat', text: t('a', 'a'), dimension: 'kano' }] },
      'questions.0.dimension',
    ],
  ])('refuses %s', (_n, content, path) => {
    const r = templateContentSchema.safeParse(content)
    expect(r.success).toBe(false)
    expect(r.error!.issues.map((i) => i.path.join('.'))).toContain(path)
  })
})
