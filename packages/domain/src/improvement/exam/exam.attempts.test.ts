import { describe, expect, it } from 'vitest'
import { DomainError } from '../../shared/errors'
import {
  attemptOutcome,
  attemptRound,
  certificateFor,
  decideStart,
  decideSubmit,
  nextAllowedAt,
  SUBMIT_GRACE_MS,
} from './exam.attempts'
import { attempt, certificate, failed } from './exam.test-fixtures'

const exam = { status: 'published' as const, maxAttempts: 3, cooldownHours: 24, timeLimitMinutes: 30 }
const NOW = new Date('2026-11-24T02:00:00Z')

const refusal = (f: () => unknown) => {
  try {
    f()
  } catch (e) {
    if (e instanceof DomainError) return { kind: e.kind, code: e.code, field: e.field, details: e.details }
    throw e
  }
  throw new Error('not refused')
}

describe('starting an attempt', () => {
  it('a first attempt starts, with its deadline from the time limit', () => {
    expect(decideStart(exam, [], [], NOW)).toEqual({
      start: { attemptNo: 1, deadlineAt: new Date('2026-11-24T02:30:00Z') },
    })
  })
  it('without a time limit there is no deadline', () => {
    expect(decideStart({ ...exam, timeLimitMinutes: null }, [], [], NOW)).toEqual({
      start: { attemptNo: 1, deadlineAt: null },
    })
  })
  it.each(['draft', 'retired'] as const)('a %s exam cannot be started', (status) => {
    expect(refusal(() => decideStart({ ...exam, status }, [], [], NOW))).toMatchObject({
      kind: 'PRECONDITION',
      code: 'EXAM.NOT_PUBLISHED',
      field: 'examId',
    })
  })
  it('an open attempt is resumed, not doubled', () => {
    const open = attempt({
      startedAt: new Date('2026-11-24T01:50:00Z'),
      deadlineAt: new Date('2026-11-24T02:20:00Z'),
    })
    expect(decideStart(exam, [open], [], NOW)).toEqual({ resume: open })
  })
  it('during the cool-down: refused, naming when the next attempt is allowed in UTC and Beijing time', () => {
    // Failed at 17:30 UTC = 01:30 the next day in Beijing; 24 h later is 2026-11-25 01:30 Beijing.
    const last = failed('2026-11-23T17:30:00Z')
    expect(refusal(() => decideStart(exam, [last], [], NOW))).toEqual({
      kind: 'PRECONDITION',
      code: 'EXAM.COOLING_DOWN',
      field: 'examId',
      details: { nextAllowedAt: '2026-11-24T17:30:00.000Z', nextAllowedChina: '2026-11-25 01:30' },
    })
  })
  it('the cool-down counts from the last ended attempt, and ends exactly on time', () => {
    const attempts = [failed('2026-11-20T02:00:00Z'), failed('2026-11-23T02:00:00Z')]
    expect(decideStart(exam, attempts, [], new Date('2026-11-24T02:00:00Z'))).toEqual({
      start: { attemptNo: 3, deadlineAt: new Date('2026-11-24T02:30:00Z') },
    })
    expect(refusal(() => decideStart(exam, attempts, [], new Date('2026-11-24T01:59:59Z'))).code).toBe(
      'EXAM.COOLING_DOWN',
    )
  })
  it('no cool-down configured: the next attempt may start at once', () => {
    expect(
      decideStart({ ...exam, cooldownHours: 0 }, [failed('2026-11-24T01:59:00Z')], [], NOW),
    ).toMatchObject({
      start: { attemptNo: 2 },
    })
  })
  it('a timed-out attempt ended at its deadline: the cool-down counts from there', () => {
    const out = attempt({
      startedAt: new Date('2026-11-23T10:00:00Z'),
      deadlineAt: new Date('2026-11-23T10:30:00Z'),
    })
    expect(refusal(() => decideStart(exam, [out], [], NOW)).details).toMatchObject({
      nextAllowedAt: '2026-11-24T10:30:00.000Z',
    })
  })
  it('after max attempts: refused (before any cool-down question)', () => {
    const three = ['2026-11-01T02:00:00Z', '2026-11-05T02:00:00Z', '2026-11-10T02:00:00Z'].map((t) =>
      failed(t),
    )
    expect(refusal(() => decideStart(exam, three, [], NOW))).toEqual({
      kind: 'PRECONDITION',
      code: 'EXAM.NO_ATTEMPTS_LEFT',
      field: 'examId',
      details: { maxAttempts: 3 },
    })
  })
  it('with a valid certificate no new attempt starts', () => {
    expect(
      refusal(() => decideStart(exam, [], [certificate({ validUntil: '2026-11-24' })], NOW)),
    ).toMatchObject({
      code: 'EXAM.ALREADY_CERTIFIED',
      field: 'examId',
      details: { validUntil: '2026-11-24' },
    })
  })
  it('after the certificate expired, a new round begins with fresh attempts', () => {
    const old = ['2025-10-01T02:00:00Z', '2025-10-05T02:00:00Z', '2025-10-10T02:00:00Z'].map((t) => failed(t))
    expect(decideStart(exam, old, [certificate({ validUntil: '2026-11-23' })], NOW)).toMatchObject({
      start: { attemptNo: 1 },
    })
  })
})

describe('the round and the outcome', () => {
  it('the round is the attempts after the last certificate ran out, oldest first', () => {
    const a1 = failed('2025-01-01T02:00:00Z', { id: 'a1' })
    const a3 = failed('2026-11-10T02:00:00Z', { id: 'a3' })
    const a2 = failed('2026-11-01T02:00:00Z', { id: 'a2' })
    expect(attemptRound([a3, a1, a2], [certificate({ validUntil: '2025-12-31' })]).map((a) => a.id)).toEqual([
      'a2',
      'a3',
    ])
    expect(attemptRound([a3, a1, a2], []).map((a) => a.id)).toEqual(['a1', 'a2', 'a3'])
  })
  it('an open attempt, a submitted one, a timed-out one', () => {
    const deadlineAt = new Date('2026-11-24T01:59:00Z')
    expect(attemptOutcome(attempt({ deadlineAt }), NOW)).toEqual({ state: 'open' })
    const late = new Date(deadlineAt.getTime() + SUBMIT_GRACE_MS + 1)
    expect(attemptOutcome(attempt({ deadlineAt }), late)).toEqual({
      state: 'timed_out',
      endedAt: deadlineAt,
      score: 0,
      passed: false,
    })
    expect(attemptOutcome(failed('2026-11-24T01:00:00Z', { score: 40 }), NOW)).toEqual({
      state: 'submitted',
      endedAt: new Date('2026-11-24T01:00:00Z'),
      score: 40,
      passed: false,
    })
  })
  it('nextAllowedAt: none without ended attempts or once it passed', () => {
    expect(nextAllowedAt(exam, [], NOW)).toBeNull()
    expect(nextAllowedAt(exam, [failed('2026-11-22T02:00:00Z')], NOW)).toBeNull()
  })
})

describe('submitting', () => {
  const open = attempt({ deadlineAt: new Date('2026-11-24T02:30:00Z') })
  it('scores the answers given to the questions asked', () => {
    expect(
      decideSubmit(open, { passMark: 60 }, { 'q-single': ['a'], 'q-tf': ['a'], stray: ['a'] }, NOW),
    ).toEqual({
      replay: false,
      answers: { 'q-single': ['a'], 'q-tf': ['a'] },
      right: 2,
      score: 66,
      passed: true,
    })
  })
  it('within the grace after the deadline it is still scored as it is', () => {
    const at = new Date(open.deadlineAt!.getTime() + SUBMIT_GRACE_MS)
    expect(decideSubmit(open, { passMark: 60 }, {}, at)).toMatchObject({ replay: false, score: 0 })
  })
  it('after the grace it is refused: the time is up', () => {
    const at = new Date(open.deadlineAt!.getTime() + SUBMIT_GRACE_MS + 1)
    expect(refusal(() => decideSubmit(open, { passMark: 60 }, {}, at))).toEqual({
      kind: 'PRECONDITION',
      code: 'EXAM.TIME_UP',
      field: 'attemptId',
      details: { deadlineAt: '2026-11-24T02:30:00.000Z' },
    })
  })
  it('a submitted attempt submitted again is a replay (even after its deadline)', () => {
    const done = failed('2026-11-24T01:00:00Z', { deadlineAt: new Date('2026-11-24T01:10:00Z') })
    expect(decideSubmit(done, { passMark: 60 }, { 'q-tf': ['a'] }, NOW)).toEqual({ replay: true })
  })
})

describe('the certificate', () => {
  it.each([
    [
      'a Beijing morning that is still yesterday in UTC',
      '2026-06-06T17:00:00Z',
      12,
      '2026-06-07',
      '2027-06-06',
    ],
    ['the end of January, one month', '2026-01-31T04:00:00Z', 1, '2026-01-31', '2026-02-27'],
    ['24 months', '2026-11-24T02:00:00Z', 24, '2026-11-24', '2028-11-23'],
  ])('%s', (_, at, months, issuedOn, validUntil) => {
    expect(certificateFor({ validityMonths: months }, new Date(at))).toEqual({ issuedOn, validUntil })
  })
})
