import { describe, expect, it } from 'vitest'
import { chars, refusedPaths, UUID, UUID2 } from '../cases.test-fixtures'
import {
  attemptIdInput,
  createExamInput,
  examIdInput,
  examListInput,
  examOverviewInput,
  examSelectionInput,
  examSettingsInput,
  examVersionInput,
  startAttemptInput,
  stationCertificatesInput,
  submitAttemptInput,
  updateExamInput,
} from './exam.schema'

const settings = {
  title: '投诉处理上岗考试',
  selection: { mode: 'fixed', questionIds: [UUID] },
  passMark: 80,
  maxAttempts: 3,
  cooldownHours: 24,
  validityMonths: 12,
}
const ids = (n: number) =>
  Array.from({ length: n }, (_, i) => `0b9b7a5e-3f5c-4d2a-9c1e-${String(i).padStart(12, '0')}`)

describe('examSelectionInput: a fixed list of 1–100 distinct questions, or 1–100 drawn from distinct topics', () => {
  it.each([
    [{ mode: 'fixed', questionIds: [UUID] }],
    [{ mode: 'fixed', questionIds: ids(100) }],
    [{ mode: 'drawn', topics: ['fees'], count: 1 }],
    [{ mode: 'drawn', topics: ['fees', 'six_steps'], count: 100 }],
  ])('accepts %#', (s) => expect(examSelectionInput.parse(s)).toEqual(s))
  it.each([
    [{ mode: 'fixed', questionIds: [] }, ['questionIds']],
    [{ mode: 'fixed', questionIds: ids(101) }, ['questionIds']],
    [{ mode: 'fixed', questionIds: [UUID, UUID2, UUID] }, ['questionIds']],
    [{ mode: 'fixed', questionIds: ['q1'] }, ['questionIds.0']],
    [{ mode: 'drawn', topics: [], count: 1 }, ['topics']],
    [{ mode: 'drawn', topics: ['fees', 'fees'], count: 1 }, ['topics']],
    [{ mode: 'drawn', topics: ['weather'], count: 1 }, ['topics.0']],
    [{ mode: 'drawn', topics: ['fees'], count: 0 }, ['count']],
    [{ mode: 'drawn', topics: ['fees'], count: 101 }, ['count']],
    [{ mode: 'drawn', topics: ['fees'], count: 1.5 }, ['count']],
    [{ mode: 'random', topics: ['fees'], count: 1 }, ['mode']],
  ])('refuses %# on %j', (s, paths) => expect(refusedPaths(examSelectionInput, s)).toEqual(paths))
})

describe('examSettingsInput: every bound on its field, at the limit and one past it', () => {
  it('fills a missing description and time limit, trims the texts', () => {
    expect(examSettingsInput.parse({ ...settings, title: ' t ', description: ' d ' })).toEqual({
      ...settings,
      title: 't',
      description: 'd',
      timeLimitMinutes: null,
    })
    expect(examSettingsInput.parse(settings)).toMatchObject({ description: '', timeLimitMinutes: null })
  })
  it.each([
    [{ title: chars(100) }],
    [{ title: 'a' }],
    [{ description: chars(1000) }],
    [{ passMark: 1 }],
    [{ passMark: 100 }],
    [{ timeLimitMinutes: 1 }],
    [{ timeLimitMinutes: 600 }],
    [{ timeLimitMinutes: null }],
    [{ maxAttempts: 1 }],
    [{ maxAttempts: 20 }],
    [{ cooldownHours: 0 }],
    [{ cooldownHours: 720 }],
    [{ validityMonths: 1 }],
    [{ validityMonths: 120 }],
  ])('accepts %o', (patch) => expect(refusedPaths(examSettingsInput, { ...settings, ...patch })).toEqual([]))
  it.each([
    [{ title: '' }, ['title']],
    [{ title: '  ' }, ['title']],
    [{ title: chars(101) }, ['title']],
    [{ description: chars(1001) }, ['description']],
    [{ passMark: 0 }, ['passMark']],
    [{ passMark: 101 }, ['passMark']],
    [{ passMark: 50.5 }, ['passMark']],
    [{ timeLimitMinutes: 0 }, ['timeLimitMinutes']],
    [{ timeLimitMinutes: 601 }, ['timeLimitMinutes']],
    [{ maxAttempts: 0 }, ['maxAttempts']],
    [{ maxAttempts: 21 }, ['maxAttempts']],
    [{ cooldownHours: -1 }, ['cooldownHours']],
    [{ cooldownHours: 721 }, ['cooldownHours']],
    [{ validityMonths: 0 }, ['validityMonths']],
    [{ validityMonths: 121 }, ['validityMonths']],
    [{ selection: { mode: 'fixed', questionIds: [] } }, ['selection.questionIds']],
  ])('refuses %o on %j', (patch, paths) =>
    expect(refusedPaths(examSettingsInput, { ...settings, ...patch })).toEqual(paths),
  )
})

describe('commands on an exam', () => {
  it('create needs a request id; update an id and a version from 1', () => {
    expect(refusedPaths(createExamInput, { ...settings, clientRequestId: UUID })).toEqual([])
    expect(refusedPaths(createExamInput, { ...settings, clientRequestId: 'r' })).toEqual(['clientRequestId'])
    expect(refusedPaths(updateExamInput, { ...settings, id: UUID, version: 1 })).toEqual([])
    expect(refusedPaths(updateExamInput, { ...settings, id: UUID, version: 0 })).toEqual(['version'])
    expect(refusedPaths(updateExamInput, { ...settings, id: 'e', version: 1 })).toEqual(['id'])
    expect(refusedPaths(updateExamInput, { ...settings, id: UUID, version: 1, passMark: 0 })).toEqual([
      'passMark',
    ])
    expect(refusedPaths(examVersionInput, { id: UUID, version: 1 })).toEqual([])
    expect(refusedPaths(examVersionInput, { id: UUID, version: 0 })).toEqual(['version'])
    expect(refusedPaths(examVersionInput, { id: 'e', version: 1 })).toEqual(['id'])
    expect(refusedPaths(examIdInput, { id: 'e' })).toEqual(['id'])
    expect(refusedPaths(examOverviewInput, { examId: UUID })).toEqual([])
    expect(refusedPaths(examOverviewInput, { examId: 'e' })).toEqual(['examId'])
  })
  it('the list: paging, a search and an optional status', () => {
    expect(examListInput.parse({})).toEqual({ page: 1, pageSize: 20 })
    expect(examListInput.parse({ status: 'retired', q: 'x' })).toEqual({
      page: 1,
      pageSize: 20,
      status: 'retired',
      q: 'x',
    })
    expect(refusedPaths(examListInput, { status: 'open' })).toEqual(['status'])
  })
  it('a station’s certificates: optionally of one exam', () => {
    expect(stationCertificatesInput.parse({})).toEqual({})
    expect(refusedPaths(stationCertificatesInput, { examId: UUID })).toEqual([])
    expect(refusedPaths(stationCertificatesInput, { examId: 'e' })).toEqual(['examId'])
  })
})

describe('attempts', () => {
  it('start: an exam and an idempotency key', () => {
    expect(refusedPaths(startAttemptInput, { examId: UUID, idempotencyKey: UUID2 })).toEqual([])
    expect(refusedPaths(startAttemptInput, { examId: 'e', idempotencyKey: UUID2 })).toEqual(['examId'])
    expect(refusedPaths(startAttemptInput, { examId: UUID, idempotencyKey: 'k' })).toEqual(['idempotencyKey'])
    expect(refusedPaths(attemptIdInput, { attemptId: UUID })).toEqual([])
    expect(refusedPaths(attemptIdInput, { attemptId: 'a' })).toEqual(['attemptId'])
  })
  const submit = (answers: unknown) => ({ attemptId: UUID, idempotencyKey: UUID2, answers })
  it.each([
    [{}],
    [{ [UUID]: [] }],
    [{ [UUID]: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'] }],
    [Object.fromEntries(ids(100).map((id) => [id, ['a']]))],
  ])('a submission answers by letter a–h, up to 8 per question and 100 questions (%#)', (answers) =>
    expect(refusedPaths(submitAttemptInput, submit(answers))).toEqual([]),
  )
  it.each([
    [{ [UUID]: ['i'] }, [`answers.${UUID}.0`]],
    [{ [UUID]: ['A'] }, [`answers.${UUID}.0`]],
    [{ [UUID]: ['ab'] }, [`answers.${UUID}.0`]],
    [{ [UUID]: ['xa'] }, [`answers.${UUID}.0`]],
    [{ [UUID]: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'a'] }, [`answers.${UUID}`]],
    [{ q1: ['a'] }, ['answers.q1']],
    [Object.fromEntries(ids(101).map((id) => [id, ['a']])), ['answers']],
  ])('refuses %# on %j', (answers, paths) =>
    expect(refusedPaths(submitAttemptInput, submit(answers))).toEqual(paths),
  )
  it('a submission needs its attempt and key', () => {
    expect(refusedPaths(submitAttemptInput, { ...submit({}), attemptId: 'a' })).toEqual(['attemptId'])
    expect(refusedPaths(submitAttemptInput, { ...submit({}), idempotencyKey: 'k' })).toEqual([
      'idempotencyKey',
    ])
  })
})
