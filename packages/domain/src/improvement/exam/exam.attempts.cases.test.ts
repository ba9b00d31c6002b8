import { describe, expect, it } from 'vitest'
import { DomainError } from '../../shared/errors'
import {
  askedFrom,
  attemptOutcome,
  attemptRound,
  decideStart,
  nextAllowedAt,
  SUBMIT_GRACE_MS,
  timedOutAt,
} from './exam.attempts'
import type { ExamQuestion } from './exam.entity'
import { isAnsweredRight } from './exam.scoring'
import { assertExamStatus, selectQuestions } from './exam.selection'
import { attempt, certificate, failed } from './exam.test-fixtures'

const NOW = new Date('2026-11-24T02:00:00Z')
const exam = { status: 'published' as const, maxAttempts: 3, cooldownHours: 24, timeLimitMinutes: null }
const thrown = (f: () => unknown): DomainError => {
  try {
    f()
  } catch (e) {
    if (e instanceof DomainError) return e
    throw e
  }
  throw new Error('not refused')
}

describe('attempts at their edges', () => {
  it('the refusals say why in words', () => {
    expect(thrown(() => decideStart({ ...exam, status: 'draft' }, [], [], NOW)).message).toBe(
      'This exam is not open for taking',
    )
    expect(
      thrown(() => decideStart(exam, [], [certificate({ validUntil: '2026-12-01' })], NOW)).message,
    ).toBe('You hold a valid certificate for this exam')
    const three = ['2026-11-01', '2026-11-02', '2026-11-03'].map((d) => failed(`${d}T02:00:00Z`))
    expect(thrown(() => decideStart(exam, three, [], NOW)).message).toBe('All 3 attempts are used')
    // Failed at 10:00 Beijing time: the next attempt from 10:00 the day after, said in Beijing time.
    expect(thrown(() => decideStart(exam, [failed('2026-11-24T01:00:00Z')], [], NOW)).message).toBe(
      'The next attempt is possible from 2026-11-25 09:00 (Beijing time)',
    )
  })
  it('a valid certificate names the last day of the longest-valid one', () => {
    const e = thrown(() =>
      decideStart(
        exam,
        [],
        [
          certificate({ id: 'b', validUntil: '2027-03-01' }),
          certificate({ id: 'a', validUntil: '2026-12-01' }),
        ],
        NOW,
      ),
    )
    expect(e.details).toEqual({ validUntil: '2027-03-01' })
  })
  it('the round starts the day after the latest certificate ran out, whatever their order', () => {
    const onLastDay = failed('2026-10-31T02:00:00Z', { id: 'on-last-day' })
    const after = failed('2026-11-01T02:00:00Z', { id: 'after' })
    const certs = [certificate({ validUntil: '2026-10-31' }), certificate({ validUntil: '2026-06-30' })]
    expect(attemptRound([after, onLastDay], certs).map((a) => a.id)).toEqual(['after'])
  })
  it('timedOutAt: a submitted attempt never times out; an open one after deadline and grace', () => {
    const deadlineAt = new Date('2026-11-24T01:00:00Z')
    const late = new Date(deadlineAt.getTime() + SUBMIT_GRACE_MS + 1)
    expect(timedOutAt({ deadlineAt, submittedAt: new Date('2026-11-24T00:59:00Z') }, late)).toBeNull()
    expect(timedOutAt({ deadlineAt, submittedAt: null }, late)).toEqual(deadlineAt)
    expect(timedOutAt({ deadlineAt, submittedAt: null }, new Date(late.getTime() - 1))).toBeNull()
    expect(timedOutAt({ deadlineAt: null, submittedAt: null }, late)).toBeNull()
  })
  it('a passed attempt’s outcome is passed', () => {
    const at = new Date('2026-11-24T01:00:00Z')
    expect(attemptOutcome(failed(at.toISOString(), { score: 100, passed: true }), NOW)).toEqual({
      state: 'submitted',
      endedAt: at,
      score: 100,
      passed: true,
    })
  })
  it('nextAllowedAt counts ended attempts only, an open one does not end anything', () => {
    const ended = failed('2026-11-24T01:00:00Z')
    expect(nextAllowedAt(exam, [ended, attempt({ id: 'open' })], NOW)).toEqual(
      new Date('2026-11-25T01:00:00Z'),
    )
    expect(nextAllowedAt(exam, [attempt({ id: 'open' })], NOW)).toBeNull()
  })
  it('askedFrom copies the question, its options too', () => {
    const q: ExamQuestion = {
      id: 'q1',
      kind: 'single',
      topic: 'fees',
      stem: 's',
      options: [
        { id: 'a', text: 'x', correct: true },
        { id: 'b', text: 'y', correct: false },
      ],
      explanation: 'e',
      active: true,
      version: 2,
      createdBy: 'u',
      createdAt: NOW,
      updatedAt: NOW,
    }
    const asked = askedFrom(q)
    expect(asked).toEqual({
      questionId: 'q1',
      kind: 'single',
      topic: 'fees',
      stem: 's',
      options: q.options,
      explanation: 'e',
    })
    expect(asked.options[0]).not.toBe(q.options[0])
  })
})

describe('selection and scoring at their edges', () => {
  const bankQ = (id: string, active = true): ExamQuestion => ({
    id,
    kind: 'true_false',
    topic: 'fees',
    stem: id,
    options: [],
    explanation: '',
    active,
    version: 1,
    createdBy: 'u',
    createdAt: NOW,
    updatedAt: NOW,
  })
  const bank = [bankQ('f1'), bankQ('f2'), bankQ('f3'), bankQ('old', false)]
  it('a draw returns exactly `count` questions', () => {
    expect(
      selectQuestions({ mode: 'drawn', topics: ['fees'], count: 2 }, bank, () => 0).map((q) => q.id),
    ).toEqual(['f1', 'f2'])
  })
  it('refusals carry what the editor shows', () => {
    expect(
      thrown(() => selectQuestions({ mode: 'fixed', questionIds: ['f1', 'old', 'gone'] }, bank, () => 0))
        .details,
    ).toEqual({ questionIds: ['old', 'gone'] })
    expect(
      thrown(() => selectQuestions({ mode: 'drawn', topics: ['fees'], count: 4 }, bank, () => 0)).details,
    ).toEqual({
      available: 3,
      count: 4,
    })
    expect(thrown(() => assertExamStatus('retired', ['draft'], 'published')).details).toEqual({
      status: 'retired',
    })
  })
  it('multiple choice: as many options as the right ones, but not the right ones, is wrong', () => {
    const q = {
      kind: 'multiple' as const,
      options: [
        { id: 'a', text: 'a', correct: true },
        { id: 'b', text: 'b', correct: true },
        { id: 'c', text: 'c', correct: false },
      ],
    }
    expect(isAnsweredRight(q, ['a', 'c'])).toBe(false)
    expect(isAnsweredRight(q, ['b', 'a'])).toBe(true)
  })
})
