import { describe, expect, it } from 'vitest'
import { chars, refusedPaths, UUID } from '../cases.test-fixtures'
import {
  createQuestionInput,
  questionContentInput,
  questionListInput,
  questionProblems,
  setQuestionActiveInput,
  updateQuestionInput,
} from './question.schema'

const opt = (correct: boolean, text: string) => ({ text, correct })
const opts = (n: number, correct = 1) => Array.from({ length: n }, (_, i) => opt(i < correct, `o${i}`))
const content = {
  kind: 'single',
  topic: 'fees',
  stem: '首保收费吗？',
  options: [opt(true, '视车型而定'), opt(false, '一律收费')],
  explanation: '按保修手册。',
}
const codes = (kind: 'single' | 'multiple' | 'true_false', options: { text: string; correct: boolean }[]) =>
  questionProblems({ kind, options }).map((p) => `${p.field} ${p.code}`)

describe('questionProblems: option counts per kind, at the edges', () => {
  it.each([
    ['single', 2, 1, []],
    ['single', 6, 1, []],
    ['single', 1, 1, ['options QUESTION.OPTION_COUNT']],
    ['single', 7, 1, ['options QUESTION.OPTION_COUNT']],
    ['single', 3, 0, ['options QUESTION.CORRECT_COUNT']],
    ['single', 3, 2, ['options QUESTION.CORRECT_COUNT']],
    ['multiple', 2, 1, []],
    ['multiple', 8, 8, []],
    ['multiple', 8, 1, []],
    ['multiple', 1, 1, ['options QUESTION.OPTION_COUNT']],
    ['multiple', 9, 2, ['options QUESTION.OPTION_COUNT']],
    ['multiple', 4, 0, ['options QUESTION.CORRECT_COUNT']],
    ['true_false', 2, 1, []],
    ['true_false', 3, 1, ['options QUESTION.OPTION_COUNT']],
    ['true_false', 1, 1, ['options QUESTION.OPTION_COUNT']],
    ['true_false', 2, 2, ['options QUESTION.CORRECT_COUNT']],
    ['true_false', 2, 0, ['options QUESTION.CORRECT_COUNT']],
    ['single', 0, 0, ['options QUESTION.OPTION_COUNT', 'options QUESTION.CORRECT_COUNT']],
  ] as const)('%s with %i options, %i correct → %j', (kind, n, correct, want) =>
    expect(codes(kind, opts(n, correct))).toEqual(want),
  )
  it('the count message says the bounds', () => {
    expect(questionProblems({ kind: 'true_false', options: opts(3) })[0]!.message).toBe('exactly 2 options')
    expect(questionProblems({ kind: 'single', options: opts(7) })[0]!.message).toBe('2 to 6 options')
  })
  it('options repeated after trimming are named on each repeat', () => {
    expect(codes('multiple', [opt(true, 'x'), opt(false, ' x '), opt(false, 'y'), opt(false, 'x')])).toEqual([
      'options.1.text QUESTION.OPTION_REPEATED',
      'options.3.text QUESTION.OPTION_REPEATED',
    ])
  })
})

describe('question inputs', () => {
  it('accepts content at its bounds and trims its texts', () => {
    expect(
      questionContentInput.parse({
        ...content,
        stem: ` ${chars(500)} `,
        explanation: ` ${chars(1000)} `,
        options: [opt(true, ` ${chars(200)} `), opt(false, 'b')],
      }),
    ).toEqual({
      ...content,
      stem: chars(500),
      explanation: chars(1000),
      options: [opt(true, chars(200)), opt(false, 'b')],
    })
  })
  it.each([
    [{ stem: '' }, ['stem']],
    [{ stem: chars(501) }, ['stem']],
    [{ explanation: ' ' }, ['explanation']],
    [{ explanation: chars(1001) }, ['explanation']],
    [{ options: [opt(true, chars(201)), opt(false, 'b')] }, ['options.0.text']],
    [{ options: [opt(true, 'a'), opt(false, ' ')] }, ['options.1.text']],
    [{ kind: 'multiple', options: opts(9) }, ['options']],
    [{ kind: 'essay' }, ['kind']],
    [{ topic: 'weather' }, ['topic']],
    [{ options: [opt(true, 'a'), opt(false, 'b'), opt(false, 'a')] }, ['options.2.text']],
  ])('refuses %o on %j', (patch, paths) =>
    expect(refusedPaths(questionContentInput, { ...content, ...patch })).toEqual(paths),
  )
  it('create and update apply the same rules per kind', () => {
    const noRight = { options: [opt(false, 'a'), opt(false, 'b')] }
    expect(refusedPaths(createQuestionInput, { ...content, clientRequestId: UUID })).toEqual([])
    expect(refusedPaths(createQuestionInput, { ...content, ...noRight, clientRequestId: UUID })).toEqual([
      'options',
    ])
    expect(refusedPaths(createQuestionInput, { ...content, clientRequestId: 'r' })).toEqual([
      'clientRequestId',
    ])
    expect(refusedPaths(updateQuestionInput, { ...content, id: UUID, version: 1 })).toEqual([])
    expect(refusedPaths(updateQuestionInput, { ...content, ...noRight, id: UUID, version: 1 })).toEqual([
      'options',
    ])
    expect(refusedPaths(updateQuestionInput, { ...content, id: UUID, version: 0 })).toEqual(['version'])
    expect(refusedPaths(updateQuestionInput, { ...content, id: 'q', version: 1 })).toEqual(['id'])
  })
  it('retire or reactivate: an id, a version and the flag', () => {
    expect(refusedPaths(setQuestionActiveInput, { id: UUID, version: 1, active: false })).toEqual([])
    expect(refusedPaths(setQuestionActiveInput, { id: UUID, version: 0, active: true })).toEqual(['version'])
    expect(refusedPaths(setQuestionActiveInput, { id: 'q', version: 1, active: true })).toEqual(['id'])
    expect(refusedPaths(setQuestionActiveInput, { id: UUID, version: 1 })).toEqual(['active'])
  })
  it('the bank list: paging and optional filters', () => {
    expect(questionListInput.parse({})).toEqual({ page: 1, pageSize: 20 })
    expect(questionListInput.parse({ kind: 'multiple', topic: 'fees', active: false })).toEqual({
      page: 1,
      pageSize: 20,
      kind: 'multiple',
      topic: 'fees',
      active: false,
    })
    expect(refusedPaths(questionListInput, { kind: 'essay' })).toEqual(['kind'])
    expect(refusedPaths(questionListInput, { topic: 'weather' })).toEqual(['topic'])
  })
})
