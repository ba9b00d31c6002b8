import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { AnswerSheet, AskedQuestion } from './exam.entity'
import { isAnsweredRight, perfectAnswers, scoreExam, takerQuestion } from './exam.scoring'
import { multiple, QUESTIONS, single, trueFalse } from './exam.test-fixtures'

describe('one question right or wrong', () => {
  it.each([
    ['single: the correct option', single, ['a'], true],
    ['single: a wrong option', single, ['b'], false],
    ['single: both options', single, ['a', 'b'], false],
    ['single: nothing', single, [], false],
    ['single: the correct option twice', single, ['a', 'a'], true],
    ['true/false: right', trueFalse, ['a'], true],
    ['true/false: wrong', trueFalse, ['b'], false],
    ['true/false: both', trueFalse, ['a', 'b'], false],
    ['multiple: exactly the correct ones', multiple, ['a', 'b', 'd'], true],
    ['multiple: in another order', multiple, ['d', 'a', 'b'], true],
    ['multiple: one missing (no partial credit)', multiple, ['a', 'b'], false],
    ['multiple: one extra', multiple, ['a', 'b', 'c', 'd'], false],
    ['multiple: only the wrong one', multiple, ['c'], false],
    ['multiple: nothing', multiple, [], false],
    ['an option the question does not have', single, ['z'], false],
  ] as const)('%s', (_, q, chosen, right) => {
    expect(isAnsweredRight(q, chosen)).toBe(right)
  })
  it('an unanswered question is wrong', () => {
    expect(isAnsweredRight(single, undefined)).toBe(false)
  })
})

describe('the score', () => {
  it.each([
    ['all right', { 'q-single': ['a'], 'q-multiple': ['a', 'b', 'd'], 'q-tf': ['a'] }, 80, 3, 100, true],
    ['two of three: 66 %, below 67', { 'q-single': ['a'], 'q-tf': ['a'] }, 67, 2, 66, false],
    ['two of three: 66 % passes a mark of 66', { 'q-single': ['a'], 'q-tf': ['a'] }, 66, 2, 66, true],
    ['none', {}, 1, 0, 0, false],
    ['answers to questions not asked are ignored', { other: ['a'], 'q-tf': ['a'] }, 30, 1, 33, true],
    [
      'a pass mark of 100 needs every question',
      { 'q-single': ['a'], 'q-multiple': ['a', 'b'], 'q-tf': ['a'] },
      100,
      2,
      66,
      false,
    ],
  ] as const)('%s', (_, answers, passMark, right, score, passed) => {
    const s = scoreExam(QUESTIONS, answers as unknown as AnswerSheet, passMark)
    expect(s).toMatchObject({ right, total: 3, score, passed })
  })
  it('no questions: 0, not passed', () => {
    expect(scoreExam([], {}, 1)).toMatchObject({ score: 0, passed: false })
  })
  it('names the questions answered right', () => {
    expect(scoreExam(QUESTIONS, { 'q-tf': ['a'] }, 50).rightIds).toEqual(['q-tf'])
  })
})

const optionIds = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']
/** Any valid question: single/true-false with one correct option, multiple with at least one. */
const questionArb = (i: number): fc.Arbitrary<AskedQuestion> =>
  fc.constantFrom('single', 'multiple', 'true_false').chain((kind) => {
    const max = kind === 'true_false' ? 2 : kind === 'single' ? 6 : 8
    const min = 2
    return fc.integer({ min, max }).chain((n) =>
      (kind === 'multiple'
        ? fc.array(fc.boolean(), { minLength: n, maxLength: n }).filter((m) => m.some(Boolean))
        : fc.integer({ min: 0, max: n - 1 }).map((k) => Array.from({ length: n }, (_, j) => j === k))
      ).map((marks) => ({
        questionId: `q${i}`,
        kind: kind as AskedQuestion['kind'],
        topic: 'fees' as const,
        stem: `Q${i}`,
        options: marks.map((correct, j) => ({ id: optionIds[j]!, text: `o${j}`, correct })),
        explanation: '',
      })),
    )
  })
const examArb = fc
  .integer({ min: 1, max: 12 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => questionArb(i))))
const answersArb = fc.dictionary(
  fc.constantFrom(...Array.from({ length: 12 }, (_, i) => `q${i}`)),
  fc.array(fc.constantFrom(...optionIds), { maxLength: 8 }),
)

describe('scoring properties', () => {
  it('the score is a whole percentage between 0 and 100', () => {
    fc.assert(
      fc.property(examArb, answersArb, fc.integer({ min: 1, max: 100 }), (qs, answers, mark) => {
        const { score } = scoreExam(qs, answers, mark)
        expect(Number.isInteger(score)).toBe(true)
        expect(score).toBeGreaterThanOrEqual(0)
        expect(score).toBeLessThanOrEqual(100)
      }),
    )
  })
  it('all-correct answers always score 100 and pass, whatever the pass mark', () => {
    fc.assert(
      fc.property(examArb, fc.integer({ min: 1, max: 100 }), (qs, mark) => {
        expect(scoreExam(qs, perfectAnswers(qs), mark)).toMatchObject({ score: 100, passed: true })
      }),
    )
  })
  it('the order of a multiple-choice answer does not matter', () => {
    fc.assert(
      fc.property(examArb, answersArb, fc.integer({ min: 1, max: 100 }), (qs, answers, mark) => {
        const reversed = Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, [...v].reverse()]))
        const sorted = Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, [...v].sort()]))
        const s = scoreExam(qs, answers, mark)
        expect(scoreExam(qs, reversed, mark)).toEqual(s)
        expect(scoreExam(qs, sorted, mark)).toEqual(s)
      }),
    )
  })
  it('passing is exactly score ≥ pass mark, and the score never rounds up past the real ratio', () => {
    fc.assert(
      fc.property(examArb, answersArb, fc.integer({ min: 1, max: 100 }), (qs, answers, mark) => {
        const s = scoreExam(qs, answers, mark)
        expect(s.passed).toBe(s.score >= mark)
        expect(s.score * s.total).toBeLessThanOrEqual(s.right * 100)
      }),
    )
  })
})

describe('what the taker sees before submitting', () => {
  it.each(QUESTIONS)('$kind: no correct marks and no explanation', (q) => {
    const seen = takerQuestion(q)
    expect(JSON.stringify(seen)).not.toMatch(/correct|explanation/)
    expect(seen.options).toEqual(q.options.map((o) => ({ id: o.id, text: o.text })))
    expect(seen).toMatchObject({ questionId: q.questionId, kind: q.kind, stem: q.stem })
  })
})
