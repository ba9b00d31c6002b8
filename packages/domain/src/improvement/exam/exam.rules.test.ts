import { describe, expect, it } from 'vitest'
import { DomainError } from '../../shared/errors'
import { certificationStatus } from './exam.certification'
import type { ExamQuestion } from './exam.entity'
import { createExamInput, submitAttemptInput } from './exam.schema'
import { assertExamStatus, selectQuestions } from './exam.selection'
import { examStanding } from './exam.standing'
import { attempt, certificate, failed } from './exam.test-fixtures'
import { createQuestionInput, questionProblems } from './question.schema'

const NOW = new Date('2026-11-24T02:00:00Z')
const opt = (correct: boolean, text = `o${Math.random()}`) => ({ text, correct })
const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (r.error?.issues ?? []).map((i) => i.path.join('.'))

describe('a question’s options, by kind', () => {
  it.each([
    ['single, one correct of two', 'single', [opt(true), opt(false)], []],
    ['single, none correct', 'single', [opt(false), opt(false)], ['QUESTION.CORRECT_COUNT']],
    ['single, two correct', 'single', [opt(true), opt(true)], ['QUESTION.CORRECT_COUNT']],
    ['single, one option', 'single', [opt(true)], ['QUESTION.OPTION_COUNT']],
    [
      'single, seven options',
      'single',
      [opt(true), ...Array.from({ length: 6 }, () => opt(false))],
      ['QUESTION.OPTION_COUNT'],
    ],
    ['single, six options', 'single', [opt(true), ...Array.from({ length: 5 }, () => opt(false))], []],
    ['multiple, one correct (select all that apply)', 'multiple', [opt(true), opt(false)], []],
    ['multiple, all correct', 'multiple', [opt(true), opt(true), opt(true)], []],
    ['multiple, none correct', 'multiple', [opt(false), opt(false)], ['QUESTION.CORRECT_COUNT']],
    ['multiple, eight options', 'multiple', Array.from({ length: 8 }, (_, i) => opt(i === 0)), []],
    ['multiple, one option', 'multiple', [opt(true)], ['QUESTION.OPTION_COUNT']],
    ['true/false, right', 'true_false', [opt(true), opt(false)], []],
    [
      'true/false, three options',
      'true_false',
      [opt(true), opt(false), opt(false)],
      ['QUESTION.OPTION_COUNT'],
    ],
    ['true/false, both correct', 'true_false', [opt(true), opt(true)], ['QUESTION.CORRECT_COUNT']],
  ] as const)('%s', (_, kind, options, codes) => {
    const problems = questionProblems({ kind, options })
    expect(problems.map((p) => p.code)).toEqual(codes)
    for (const p of problems) expect(p.field).toBe('options')
  })
  it('a repeated option is named on the repeat', () => {
    expect(questionProblems({ kind: 'single', options: [opt(true, '是'), opt(false, ' 是 ')] })).toEqual([
      { field: 'options.1.text', code: 'QUESTION.OPTION_REPEATED', message: 'already an option' },
    ])
  })
})

describe('the question schema names the field of each problem', () => {
  const valid = {
    clientRequestId: '9b2f3c1e-4d5a-4b6c-8d7e-0f1a2b3c4d5e',
    kind: 'single',
    topic: 'fees',
    stem: '首保收费吗？',
    options: [opt(true, '视车型而定'), opt(false, '一律收费')],
    explanation: '按保修手册。',
  }
  it('accepts a valid question', () => {
    expect(createQuestionInput.safeParse(valid).success).toBe(true)
  })
  it.each([
    ['no stem', { stem: '  ' }, ['stem']],
    ['no explanation', { explanation: '' }, ['explanation']],
    ['an unknown topic', { topic: 'weather' }, ['topic']],
    ['an empty option text', { options: [opt(true, ''), opt(false, 'x')] }, ['options.0.text']],
    ['no correct option', { options: [opt(false, 'x'), opt(false, 'y')] }, ['options']],
    ['a repeated option', { options: [opt(true, 'x'), opt(false, 'x')] }, ['options.1.text']],
  ])('%s', (_, patch, paths) => {
    expect(issues(createQuestionInput.safeParse({ ...valid, ...patch }))).toEqual(paths)
  })
})

describe('the exam schema', () => {
  const valid = {
    clientRequestId: '9b2f3c1e-4d5a-4b6c-8d7e-0f1a2b3c4d5e',
    title: '投诉处理上岗考试',
    selection: { mode: 'drawn', topics: ['fees'], count: 5 },
    passMark: 80,
    maxAttempts: 3,
    cooldownHours: 24,
    validityMonths: 12,
  }
  it('accepts a valid exam; no time limit by default', () => {
    expect(createExamInput.parse(valid)).toMatchObject({ timeLimitMinutes: null, description: '' })
  })
  it.each([
    ['pass mark 0', { passMark: 0 }, ['passMark']],
    ['pass mark 101', { passMark: 101 }, ['passMark']],
    ['pass mark 80.5', { passMark: 80.5 }, ['passMark']],
    ['no attempts', { maxAttempts: 0 }, ['maxAttempts']],
    ['negative cool-down', { cooldownHours: -1 }, ['cooldownHours']],
    ['zero validity', { validityMonths: 0 }, ['validityMonths']],
    ['time limit 0', { timeLimitMinutes: 0 }, ['timeLimitMinutes']],
    ['no topics', { selection: { mode: 'drawn', topics: [], count: 5 } }, ['selection.topics']],
    ['a fixed list of nothing', { selection: { mode: 'fixed', questionIds: [] } }, ['selection.questionIds']],
    ['an empty title', { title: ' ' }, ['title']],
  ])('%s', (_, patch, paths) => {
    expect(issues(createExamInput.safeParse({ ...valid, ...patch }))).toEqual(paths)
  })
  it('a submission names options by letter only', () => {
    const attemptId = '9b2f3c1e-4d5a-4b6c-8d7e-0f1a2b3c4d5e'
    expect(
      submitAttemptInput.safeParse({ attemptId, idempotencyKey: attemptId, answers: { [attemptId]: ['a'] } })
        .success,
    ).toBe(true)
    expect(
      issues(
        submitAttemptInput.safeParse({
          attemptId,
          idempotencyKey: attemptId,
          answers: { [attemptId]: ['zz'] },
        }),
      ),
    ).toEqual([`answers.${attemptId}.0`])
  })
})

const bankQ = (id: string, topic: ExamQuestion['topic'], active = true): ExamQuestion => ({
  id,
  kind: 'true_false',
  topic,
  stem: id,
  options: [
    { id: 'a', text: '对', correct: true },
    { id: 'b', text: '错', correct: false },
  ],
  explanation: '',
  active,
  version: 1,
  createdBy: 'admin',
  createdAt: NOW,
  updatedAt: NOW,
})
const code = (f: () => unknown) => {
  try {
    f()
  } catch (e) {
    if (e instanceof DomainError) return [e.kind, e.code, e.field]
  }
  return null
}

describe('which questions an attempt asks', () => {
  const bank = [
    bankQ('f1', 'fees'),
    bankQ('f2', 'fees'),
    bankQ('t1', 'time_rules'),
    bankQ('old', 'fees', false),
  ]
  it('a fixed list, in the exam’s order', () => {
    expect(
      selectQuestions({ mode: 'fixed', questionIds: ['t1', 'f1'] }, bank, Math.random).map((q) => q.id),
    ).toEqual(['t1', 'f1'])
  })
  it('a fixed list with a retired question cannot be asked', () => {
    expect(code(() => selectQuestions({ mode: 'fixed', questionIds: ['old'] }, bank, Math.random))).toEqual([
      'PRECONDITION',
      'EXAM.QUESTION_UNAVAILABLE',
      'selection.questionIds',
    ])
  })
  it('drawn: distinct active questions of the topics only', () => {
    for (const r of [0, 0.5, 0.999]) {
      const got = selectQuestions({ mode: 'drawn', topics: ['fees'], count: 2 }, bank, () => r).map(
        (q) => q.id,
      )
      expect(new Set(got)).toEqual(new Set(['f1', 'f2']))
    }
  })
  it('drawn: the random numbers decide the pick', () => {
    const pick = (r: number) =>
      selectQuestions({ mode: 'drawn', topics: ['fees', 'time_rules'], count: 1 }, bank, () => r)[0]!.id
    expect([pick(0), pick(0.4), pick(0.9)]).toEqual(['f1', 'f2', 't1'])
  })
  it('drawn: not enough active questions', () => {
    expect(
      code(() => selectQuestions({ mode: 'drawn', topics: ['fees'], count: 3 }, bank, Math.random)),
    ).toEqual(['PRECONDITION', 'EXAM.NOT_ENOUGH_QUESTIONS', 'selection.count'])
  })
  it('only a draft is edited; a published exam cannot be', () => {
    expect(() => assertExamStatus('draft', ['draft'], 'edited')).not.toThrow()
    expect(code(() => assertExamStatus('published', ['draft'], 'edited'))).toEqual([
      'PRECONDITION',
      'EXAM.WRONG_STATUS',
      'id',
    ])
  })
})

describe('a staff member’s standing', () => {
  const exam = { status: 'published' as const, maxAttempts: 2, cooldownHours: 24, timeLimitMinutes: null }
  it.each([
    ['never taken', [], [], 'never_taken'],
    ['failed', [failed('2026-11-01T02:00:00Z')], [], 'failed'],
    ['in progress', [attempt()], [], 'in_progress'],
    ['certified (last valid day included)', [], [certificate({ validUntil: '2026-11-24' })], 'certified'],
    ['expired', [], [certificate({ validUntil: '2026-11-23' })], 'expired'],
  ] as const)('%s', (_, attempts, certificates, status) => {
    expect(certificationStatus(attempts, certificates, NOW).status).toBe(status)
  })
  it('best score and attempts', () => {
    const s = certificationStatus(
      [failed('2026-11-01T02:00:00Z', { score: 40 }), failed('2026-11-05T02:00:00Z', { score: 70 })],
      [],
      NOW,
    )
    expect(s).toMatchObject({ attempts: 2, bestScore: 70, certificate: null })
  })
  it('the exam list says when the next attempt is possible', () => {
    const s = examStanding(exam, [failed('2026-11-24T01:00:00Z')], [], NOW)
    expect(s).toMatchObject({
      canStart: false,
      blockedBy: 'EXAM.COOLING_DOWN',
      nextAllowedAt: '2026-11-25T01:00:00.000Z',
      attemptsUsed: 1,
      attemptsLeft: 1,
    })
  })
  it('and which attempt to resume', () => {
    expect(examStanding(exam, [attempt({ id: 'open' })], [], NOW)).toMatchObject({
      canStart: true,
      openAttemptId: 'open',
    })
  })
})
