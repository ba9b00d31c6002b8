import { describe, expect, it } from 'vitest'
import { DomainError } from '../shared/errors'
import { answerItems, answerSetSchema, validateAnswers } from './survey.answers'
import { templateContentSchema } from './survey.template'
import { CONTENT, t } from './survey.test-fixtures'

// Parsed per test, never while the file loads: a broken template rule must fail tests, not the file.
let parsed: ReturnType<typeof templateContentSchema.parse>['questions'] | undefined
const q = () => {
  parsed ??= templateContentSchema.parse(CONTENT).questions
  return parsed
}
const valid = { overall: 4, recommend: 9, contact: 'phone', liked: ['speed'], comment: '很好 <b>good</b>' }

describe('an answer set checked against its template version', () => {
  it('accepts complete answers and keeps text as typed (escaping is the screen’s job)', () => {
    expect(validateAnswers(q(), valid)).toEqual(valid)
  })

  it('fills skipped optional questions with null', () => {
    const { liked: _l, comment: _c, ...required } = valid
    expect(validateAnswers(q(), { ...required, comment: '   ' })).toMatchObject({
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
      validateAnswers(q(), answers)
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

  it.each([
    ['an empty choice list for an optional question', { liked: [] }, { liked: null }],
    ['a text answer with spaces around it', { comment: '  很好  ' }, { comment: '很好' }],
    [
      'a text answer of 2000 characters plus spaces',
      { comment: ` ${'x'.repeat(2000)} ` },
      { comment: 'x'.repeat(2000) },
    ],
    ['the lowest rating and NPS', { overall: 1, recommend: 0 }, { overall: 1, recommend: 0 }],
    ['the highest rating and NPS', { overall: 5, recommend: 10 }, { overall: 5, recommend: 10 }],
  ])('accepts %s', (_n, patch, want) => {
    expect(validateAnswers(q(), { ...valid, ...patch })).toEqual({ ...valid, ...want })
  })

  it.each([
    ['an NPS score as text', { recommend: 'ten' }, 'recommend', 'give a score from 0 to 10'],
    ['a text answer as a number', { comment: 5 }, 'comment', 'write your answer as text'],
    ['an empty choice list for a required question', { contact: [] }, 'contact', 'an answer is required'],
    ['an unknown question', { extra: 'x' }, 'extra', 'this is not a question of the survey'],
  ])('refuses %s with the reason', (_n, patch, field, message) => {
    const r = answerSetSchema(q()).safeParse({ ...valid, ...patch })
    expect(r.success).toBe(false)
    expect(r.error!.issues.map((i) => ({ code: i.code, path: i.path, message: i.message }))).toEqual([
      { code: 'custom', path: [field], message },
    ])
  })

  it('names every question with a problem in the details, each with its first problem', () => {
    try {
      validateAnswers(q(), { overall: 9, recommend: 12, contact: 'phone', extra: 'x' })
      expect.unreachable('should have been refused')
    } catch (e) {
      expect(e).toMatchObject({ kind: 'BAD_INPUT', code: 'SURVEY.ANSWER_INVALID', field: 'answers.extra' })
      expect((e as DomainError).details).toEqual({
        questions: {
          extra: 'this is not a question of the survey',
          overall: 'give a rating from 1 to 5',
          recommend: 'give a score from 0 to 10',
        },
      })
    }
  })

  it('names the whole answer set when it is not a set of answers at all', () => {
    try {
      validateAnswers(q(), ['overall', 4])
      expect.unreachable('should have been refused')
    } catch (e) {
      expect(e).toMatchObject({
        kind: 'BAD_INPUT',
        code: 'SURVEY.ANSWER_INVALID',
        field: 'answers.(answers)',
      })
      expect((e as DomainError).message).toMatch(/^Answer “\(answers\)”: /)
    }
  })

  it('reports every problem at once in the schema issues', () => {
    const r = answerSetSchema(q()).safeParse({ overall: 9, recommend: 12 })
    expect(r.success).toBe(false)
    expect(new Set(r.error!.issues.map((i) => i.path[0]))).toEqual(
      new Set(['overall', 'recommend', 'contact']),
    )
  })
})

describe('answer items: one row per answered question, for statistics and comments', () => {
  const all = { overall: 4, recommend: 9, contact: 'phone', liked: ['speed', 'price'], comment: '很好' }
  const row = (over: Partial<ReturnType<typeof answerItems>[number]>) => ({
    dimension: null,
    score: null,
    choices: [],
    text: null,
    ...over,
  })

  it('flattens every kind of answer', () => {
    expect(answerItems(q(), all)).toEqual([
      row({ questionId: 'overall', type: 'csat', dimension: 'reliability', score: 4 }),
      row({ questionId: 'recommend', type: 'nps', score: 9 }),
      row({ questionId: 'contact', type: 'single', choices: ['phone'] }),
      row({ questionId: 'liked', type: 'multiple', choices: ['speed', 'price'] }),
      row({ questionId: 'comment', type: 'text', text: '很好' }),
    ])
  })

  it.each([
    ['skipped (null)', { liked: null, comment: null }],
    ['absent', { liked: undefined, comment: undefined }],
  ])('leaves out questions %s', (_n, patch) => {
    const answers = { ...all, ...patch } as Record<string, string | number | string[] | null>
    for (const k of Object.keys(answers)) if (answers[k] === undefined) delete answers[k]
    expect(answerItems(q(), answers).map((i) => i.questionId)).toEqual(['overall', 'recommend', 'contact'])
  })

  it('keeps a score of 0 (an answer, not a skip)', () => {
    expect(answerItems(q(), { ...all, recommend: 0 })[1]).toEqual(
      row({ questionId: 'recommend', type: 'nps', score: 0 }),
    )
  })

  it('reads a value by the type of its question, never by its shape alone', () => {
    const items = answerItems(q(), {
      overall: 4,
      recommend: 9,
      contact: 'visit',
      liked: ['x'],
      comment: 'speed',
    })
    expect(items.find((i) => i.questionId === 'contact')).toEqual(
      row({ questionId: 'contact', type: 'single', choices: ['visit'] }),
    )
    expect(items.find((i) => i.questionId === 'comment')).toEqual(
      row({ questionId: 'comment', type: 'text', text: 'speed' }),
    )
    // a text on a choice question of several is not a choice, nor a text
    // nor a number on a choice or text question a choice or a text
    const odd = answerItems(q(), { liked: 'speed', overall: '4', contact: 3, comment: 5 } as never)
    expect(odd).toEqual([
      row({ questionId: 'overall', type: 'csat', dimension: 'reliability' }),
      row({ questionId: 'contact', type: 'single', score: 3 }),
      row({ questionId: 'liked', type: 'multiple' }),
      row({ questionId: 'comment', type: 'text', score: 5 }),
    ])
  })

  it('is empty for no questions or no answers', () => {
    expect(answerItems([], all)).toEqual([])
    expect(answerItems(q(), {})).toEqual([])
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
