import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import {
  createTemplateInput,
  previewTemplateInput,
  questionSchema,
  SCALE,
  setTemplateActiveInput,
  type TemplateContentInput,
  templateContentSchema,
  templateVersionInput,
  updateTemplateInput,
} from './survey.template'

const ID = '3f2b8c1e-5d4a-4b6c-9e8f-1a2b3c4d5e6f'
const t = (zh: string, en: string) => ({ zh, en })
const opts = (...ids: string[]) => ids.map((id) => ({ id, text: t(id, id) }))
const csatQ = (id = 'overall') => ({ id, type: 'csat' as const, text: t('总体', 'Overall') })
const content = (questions: TemplateContentInput['questions']): TemplateContentInput => ({
  title: t('满意度调查', 'Satisfaction survey'),
  intro: t('感谢您', 'Thank you'),
  questions,
})

/** A choice question whose second option has the given key. */
const secondOption = (id: string) => ({
  id: 'c',
  type: 'single',
  text: t('a', 'a'),
  options: [...opts('x'), { id, text: t('y', 'y') }],
})

/** The output of a valid input, or the paths of its problems. */
const check = (schema: z.ZodType, input: unknown) => {
  const r = schema.safeParse(input)
  return r.success ? { ok: r.data } : { paths: r.error.issues.map((i) => i.path.join('.')) }
}
const paths = (input: unknown) => check(templateContentSchema, input)

describe('a question of each type, as the builder sends it', () => {
  const text = t('您的评价', 'Your view')
  it.each([
    ['csat', {}],
    ['nps', {}],
    ['text', {}],
    ['single', { options: opts('yes', 'no') }],
    ['multiple', { options: opts('speed', 'manner', 'price') }],
  ])('%s: kept as given, required by default and untagged', (type, extra) => {
    expect(check(questionSchema, { id: 'q1', type, text, ...extra })).toEqual({
      ok: { id: 'q1', type, text, required: true, dimension: null, ...extra },
    })
  })

  it('keeps an optional question optional and its SERVQUAL tag', () => {
    expect(check(questionSchema, { ...csatQ(), required: false, dimension: 'empathy' })).toEqual({
      ok: { ...csatQ(), required: false, dimension: 'empathy' },
    })
  })

  it.each([
    ['an unknown type', { ...csatQ(), type: 'matrix' }, ['type']],
    ['no type', { id: 'q', text }, ['type']],
    ['a choice without options', { id: 'q', type: 'single', text }, ['options']],
    [
      'a multiple choice with one option',
      { id: 'q', type: 'multiple', text, options: opts('a') },
      ['options'],
    ],
    ['an unknown tag', { ...csatQ(), dimension: 'kano' }, ['dimension']],
  ])('refuses %s', (_n, q, want) => {
    expect(check(questionSchema, q)).toEqual({ paths: want })
  })

  it('drops options from a question type that has none', () => {
    expect(check(questionSchema, { ...csatQ(), options: opts('a', 'b') })).toEqual({
      ok: { ...csatQ(), required: true, dimension: null },
    })
  })
})

describe('question and option keys', () => {
  it.each([
    ['a', 'a'],
    ['ab', 'ab'],
    ['q_1', 'q_1'],
    ['a + 31 more (32)', `a${'b'.repeat(31)}`],
    ['with spaces (trimmed)', '  overall ', 'overall'],
  ])('accepts %s', (_n, id, want = id) => {
    expect(check(questionSchema, { ...csatQ(), id })).toEqual({
      ok: { ...csatQ(want), required: true, dimension: null },
    })
    expect(check(questionSchema, secondOption(id))).toMatchObject({
      ok: { options: [{ id: 'x' }, { id: want }] },
    })
  })

  it.each([
    ['33 characters', `a${'b'.repeat(32)}`],
    ['empty', ''],
    ['upper case', 'Overall'],
    ['a digit first', '1st'],
    ['an underscore first', '_q'],
    ['a dash', 'q-1'],
    ['a character after a good key', 'q1!'],
    ['a character before a good key', '!q1'],
    ['Chinese', '满意'],
  ])('refuses %s', (_n, id) => {
    expect(check(questionSchema, { ...csatQ(), id })).toEqual({ paths: ['id'] })
    expect(check(questionSchema, secondOption(id))).toEqual({
      paths: ['options.1.id'],
    })
  })
})

describe('texts in Chinese and English, both required, trimmed, up to a limit', () => {
  const base = content([csatQ()])
  const n = (k: number) => 'x'.repeat(k)
  it.each([
    ['title', 120],
    ['intro', 1000],
  ])('%s: up to %i characters', (field, max) => {
    for (const lang of ['zh', 'en'] as const) {
      const at = (s: string) => ({ ...base, [field]: { ...base[field as 'title'], [lang]: s } })
      expect(paths(at(n(max)))).toMatchObject({ ok: { [field]: { [lang]: n(max) } } })
      expect(paths(at(` ${n(max)} `))).toMatchObject({ ok: { [field]: { [lang]: n(max) } } })
      expect(paths(at('字'))).toMatchObject({ ok: { [field]: { [lang]: '字' } } })
      expect(paths(at(n(max + 1)))).toEqual({ paths: [`${field}.${lang}`] })
      expect(paths(at(''))).toEqual({ paths: [`${field}.${lang}`] })
      expect(paths(at('  '))).toEqual({ paths: [`${field}.${lang}`] })
    }
  })

  it('a question: up to 300; an option: up to 120', () => {
    for (const lang of ['zh', 'en'] as const) {
      const q = (s: string) => ({ ...csatQ(), text: { ...t('总体', 'Overall'), [lang]: s } })
      expect(check(questionSchema, q(n(300)))).toMatchObject({ ok: { text: { [lang]: n(300) } } })
      expect(check(questionSchema, q(n(301)))).toEqual({ paths: [`text.${lang}`] })
      expect(check(questionSchema, q(''))).toEqual({ paths: [`text.${lang}`] })
      const o = (s: string) => ({
        id: 'c',
        type: 'single',
        text: t('a', 'a'),
        options: [...opts('x'), { id: 'y', text: { ...t('是', 'Yes'), [lang]: s } }],
      })
      expect(check(questionSchema, o(` ${n(120)} `))).toMatchObject({
        ok: { options: [{}, { text: { [lang]: n(120) } }] },
      })
      expect(check(questionSchema, o(n(121)))).toEqual({ paths: [`options.1.text.${lang}`] })
      expect(check(questionSchema, o(' '))).toEqual({ paths: [`options.1.text.${lang}`] })
    }
  })
})

describe('a template', () => {
  const many = (k: number) => Array.from({ length: k }, (_, i) => csatQ(`q${i}`))
  const choice = (type: 'single' | 'multiple', ids: string[]) => ({
    id: 'c',
    type,
    text: t('选择', 'Choose'),
    options: opts(...ids),
  })

  it.each([
    ['1 question', many(1)],
    ['30 questions', many(30)],
    ['a choice of 2 options', [choice('single', ['a', 'b'])]],
    ['a choice of 12 options', [choice('multiple', 'abcdefghijkl'.split(''))]],
    [
      'the same option key in two questions',
      [choice('single', ['a', 'b']), { ...choice('multiple', ['a', 'b']), id: 'd' }],
    ],
  ])('accepts %s', (_n, questions) => {
    const r = paths(content(questions))
    expect(r).toHaveProperty('ok')
    expect((r as { ok: { questions: unknown[] } }).ok.questions).toHaveLength(questions.length)
  })

  it.each([
    ['no questions', [], 'questions'],
    ['31 questions', many(31), 'questions'],
    ['a choice of 1 option', [choice('single', ['a'])], 'questions.0.options'],
    ['a choice of 13 options', [choice('single', 'abcdefghijklm'.split(''))], 'questions.0.options'],
  ])('refuses %s', (_n, questions, path) => {
    expect(paths(content(questions))).toEqual({ paths: [path] })
  })

  it.each([
    ['a key used twice', [csatQ('a'), csatQ('b'), csatQ('a')], ['questions.2.id']],
    ['a key used three times', [csatQ('a'), csatQ('a'), csatQ('a')], ['questions.1.id', 'questions.2.id']],
    ['an option key used twice (single)', [choice('single', ['a', 'b', 'a'])], ['questions.0.options.2.id']],
    [
      'an option key used twice (multiple)',
      [csatQ('x'), choice('multiple', ['a', 'a', 'b'])],
      ['questions.1.options.1.id'],
    ],
  ])('refuses %s, naming each repeat (not the first use)', (_n, questions, want) => {
    const r = templateContentSchema.safeParse(content(questions))
    expect(r.error?.issues.map((i) => ({ code: i.code, path: i.path.join('.') }))).toEqual(
      want.map((path) => ({ code: 'custom', path })),
    )
  })
})

describe('template commands', () => {
  const c = content([csatQ()])
  const out = { ...c, questions: [{ ...csatQ(), required: true, dimension: null }] }
  it.each([
    [
      'create',
      createTemplateInput,
      { purpose: 'campaign', content: c },
      { ok: { purpose: 'campaign', content: out } },
    ],
    [
      'create for an unknown purpose',
      createTemplateInput,
      { purpose: 'audit', content: c },
      { paths: ['purpose'] },
    ],
    [
      'update',
      updateTemplateInput,
      { id: ID, baseVersion: 2, content: c },
      { ok: { id: ID, baseVersion: 2, content: out } },
    ],
    [
      'update from version 0',
      updateTemplateInput,
      { id: ID, baseVersion: 0, content: c },
      { paths: ['baseVersion'] },
    ],
    ['archive', setTemplateActiveInput, { id: ID, active: false }, { ok: { id: ID, active: false } }],
    ['archive without a flag', setTemplateActiveInput, { id: ID }, { paths: ['active'] }],
    ['open the latest version', templateVersionInput, { id: ID }, { ok: { id: ID } }],
    ['open version 3', templateVersionInput, { id: ID, version: 3 }, { ok: { id: ID, version: 3 } }],
    ['open a bad id', templateVersionInput, { id: 'tpl' }, { paths: ['id'] }],
    ['preview', previewTemplateInput, { content: c }, { ok: { content: out } }],
    [
      'preview no questions',
      previewTemplateInput,
      { content: content([]) },
      { paths: ['content.questions'] },
    ],
  ])('%s', (_n, schema, input, want) => {
    expect(check(schema, input)).toEqual(want)
  })
})

describe('the scale of each question type, for the builder', () => {
  it('rates 1–5, recommends 0–10, and scores nothing else', () => {
    expect(SCALE).toEqual({
      csat: { min: 1, max: 5 },
      nps: { min: 0, max: 10 },
      single: null,
      multiple: null,
      text: null,
    })
  })
})
