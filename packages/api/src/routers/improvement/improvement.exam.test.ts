import { randomUUID } from 'node:crypto'
import { testDatabases } from '@asq/db/testing'
import { TRPCError } from '@trpc/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, type Harness } from '../../testing/harness'

/**
 * Issue 18, the learning centre's exams: HQ keeps the bank and publishes an exam; a station's staff
 * member takes it (never seeing the correct answers before submitting), fails, waits out the cool-down,
 * passes and gets a certificate; the manager sees it, another station does not; the time limit and a
 * double submission behave as documented in exam.attempts.ts.
 */
type Caller = Awaited<ReturnType<Harness['as']>>
const HOUR = 3_600_000

const refusal = async (p: Promise<unknown>) => {
  try {
    await p
  } catch (e) {
    if (e instanceof TRPCError) {
      const cause = e.cause as
        | { code?: string; field?: string; details?: Record<string, unknown> }
        | undefined
      return { code: e.code, domainCode: cause?.code, field: cause?.field, details: cause?.details }
    }
    throw e
  }
  throw new Error('not refused')
}
/** True when a value sent to the taker holds a correct mark anywhere. */
const leaksAnswers = (v: unknown) => /"correct"|correctOptionIds|explanation/.test(JSON.stringify(v))

describe.each(testDatabases())('exams on $name', (target) => {
  let h: Harness
  const as = {} as Record<'hq' | 'quality' | 'staff' | 'manager' | 'otherManager', Caller>
  let examId: string
  let questionIds: string[]

  beforeAll(async () => {
    h = await createHarness(target)
    for (const [who, username] of [
      ['hq', 'service'],
      ['quality', 'quality'],
      ['staff', 'bj.staff'],
      ['manager', 'bj.manager'],
      ['otherManager', 'sh.manager'],
    ] as const)
      as[who] = await h.as(await h.staffToken(username))
  }, 120_000)
  afterAll(() => h.close())

  const question = (kind: 'single' | 'multiple' | 'true_false', stem: string, marks: boolean[]) =>
    as.hq.improvement.exam.createQuestion({
      clientRequestId: randomUUID(),
      kind,
      topic: 'fees',
      stem,
      options: marks.map((correct, i) => ({ text: `${stem} 选项${i}`, correct })),
      explanation: `${stem} 的解释`,
    })

  it('HQ writes questions of the three kinds; a bad one is refused on its field; a stale edit is a CONFLICT', async () => {
    const qs = [
      await question('single', '首保是否收费', [false, true, false]),
      await question('multiple', '补偿方式', [true, true, false, false]),
      await question('true_false', '等待客户会暂停时钟', [false, true]),
    ]
    questionIds = qs.map((q) => q.id)
    expect(qs.map((q) => q.options.map((o) => o.id))).toEqual([
      ['a', 'b', 'c'],
      ['a', 'b', 'c', 'd'],
      ['a', 'b'],
    ])
    expect(await refusal(question('single', '两个正确', [true, true]))).toMatchObject({ code: 'BAD_REQUEST' })
    const edited = await as.hq.improvement.exam.updateQuestion({
      id: qs[0]!.id,
      version: 1,
      kind: 'single',
      topic: 'fees',
      stem: '首保是否收费？',
      options: [
        { text: '总是收费', correct: false },
        { text: '按保修手册', correct: true },
        { text: '从不收费', correct: false },
      ],
      explanation: '按保修手册。',
    })
    expect(edited.version).toBe(2)
    expect(
      await refusal(as.hq.improvement.exam.setQuestionActive({ id: qs[0]!.id, version: 1, active: false })),
    ).toMatchObject({ code: 'CONFLICT', domainCode: 'QUESTION.STALE' })
    const page = await as.hq.improvement.exam.questions({ kind: 'multiple', topic: 'fees', pageSize: 5 })
    expect(page.items.map((q) => q.stem)).toContain('补偿方式')
    expect(page.items.every((q) => q.kind === 'multiple')).toBe(true)
  })

  it('HQ publishes an exam; a draft is invisible to stations; a published exam is no longer edited', async () => {
    const settings = {
      title: '收费规则小测',
      selection: { mode: 'fixed' as const, questionIds },
      passMark: 100,
      maxAttempts: 3,
      cooldownHours: 24,
      validityMonths: 12,
    }
    const draft = await as.hq.improvement.exam.createExam({ ...settings, clientRequestId: randomUUID() })
    examId = draft.id
    expect((await as.staff.improvement.exam.available()).map((e) => e.id)).not.toContain(examId)
    expect(
      await refusal(as.staff.improvement.exam.start({ examId, idempotencyKey: randomUUID() })),
    ).toMatchObject({
      code: 'NOT_FOUND',
    })
    const published = await as.hq.improvement.exam.publishExam({ id: examId, version: draft.version })
    expect(published.status).toBe('published')
    expect(
      await refusal(
        as.hq.improvement.exam.updateExam({ ...settings, id: examId, version: published.version }),
      ),
    ).toMatchObject({ code: 'PRECONDITION_FAILED', domainCode: 'EXAM.WRONG_STATUS', field: 'id' })
    const drawn = await as.hq.improvement.exam.createExam({
      ...settings,
      selection: { mode: 'drawn', topics: ['fees'], count: 99 },
      clientRequestId: randomUUID(),
    })
    expect(await refusal(as.hq.improvement.exam.publishExam({ id: drawn.id, version: 1 }))).toMatchObject({
      code: 'PRECONDITION_FAILED',
      domainCode: 'EXAM.NOT_ENOUGH_QUESTIONS',
      field: 'selection.count',
    })
    expect(await refusal(as.quality.improvement.exam.exams({}))).toMatchObject({ code: 'FORBIDDEN' })
  })

  it('the taker never receives the correct answers before submitting; starting twice resumes', async () => {
    const listed = (await as.staff.improvement.exam.available()).find((e) => e.id === examId)!
    expect(listed).toMatchObject({ status: 'never_taken', canStart: true, attemptsLeft: 3, questionCount: 3 })
    expect(leaksAnswers(await as.staff.improvement.exam.available())).toBe(false)
    const started = await as.staff.improvement.exam.start({ examId, idempotencyKey: randomUUID() })
    expect(started.state).toBe('open')
    expect(leaksAnswers(started)).toBe(false)
    const again = await as.staff.improvement.exam.start({ examId, idempotencyKey: randomUUID() })
    expect(again.attemptId).toBe(started.attemptId)
    const read = await as.staff.improvement.exam.attempt({ attemptId: started.attemptId })
    expect(leaksAnswers(read)).toBe(false)
    expect(leaksAnswers(await as.manager.improvement.exam.attempt({ attemptId: started.attemptId }))).toBe(
      false,
    )
    expect(
      await refusal(as.otherManager.improvement.exam.attempt({ attemptId: started.attemptId })),
    ).toMatchObject({ code: 'NOT_FOUND' })
    expect(
      await refusal(
        as.manager.improvement.exam.submit({
          attemptId: started.attemptId,
          idempotencyKey: randomUUID(),
          answers: {},
        }),
      ),
    ).toMatchObject({ code: 'NOT_FOUND' })
  })

  it('a failed attempt: the result shows the explanations; a second submit answers the same; the cool-down refuses a restart', async () => {
    // The attempt opened above is resumed: still the first of the round.
    const { attemptId } = await as.staff.improvement.exam.start({ examId, idempotencyKey: randomUUID() })
    const [q1, q2, q3] = questionIds as [string, string, string]
    const answers = { [q1]: ['b'], [q2]: ['a'], [q3]: ['b'] }
    const result = await as.staff.improvement.exam.submit({
      attemptId,
      idempotencyKey: randomUUID(),
      answers,
    })
    expect(result).toMatchObject({
      state: 'submitted',
      score: 66,
      passed: false,
      right: 2,
      certificate: null,
    })
    if (result.state === 'open') throw new Error('still open')
    expect(result.results.map((r) => r.correctOptionIds)).toEqual([['b'], ['a', 'b'], ['b']])
    expect(result.results[1]!.explanation).toBe('补偿方式 的解释')
    const twice = await as.staff.improvement.exam.submit({
      attemptId,
      idempotencyKey: randomUUID(),
      answers: { [q1]: ['b'], [q2]: ['a', 'b'], [q3]: ['b'] },
    })
    expect(twice).toMatchObject({ score: 66, passed: false })
    const submits = await h.repos.audit.list({ entityId: attemptId, limit: 10, offset: 0 })
    expect(submits.items.filter((e) => e.action === 'improvement.exam_submit')).toHaveLength(1)
    const cooling = await refusal(as.staff.improvement.exam.start({ examId, idempotencyKey: randomUUID() }))
    expect(cooling).toMatchObject({
      code: 'PRECONDITION_FAILED',
      domainCode: 'EXAM.COOLING_DOWN',
      field: 'examId',
    })
    const next = new Date(cooling.details!.nextAllowedAt as string)
    expect(next.getTime() - h.now().getTime()).toBeGreaterThan(23.9 * HOUR)
    const listed = (await as.staff.improvement.exam.available()).find((e) => e.id === examId)!
    expect(listed).toMatchObject({
      status: 'failed',
      canStart: false,
      blockedBy: 'EXAM.COOLING_DOWN',
      attemptsLeft: 2,
    })
  })

  it('after the cool-down the staff member passes: a certificate the manager sees and another station never does', async () => {
    h.advance(24 * HOUR)
    const { attemptId } = await as.staff.improvement.exam.start({ examId, idempotencyKey: randomUUID() })
    const [q1, q2, q3] = questionIds as [string, string, string]
    const passed = await as.staff.improvement.exam.submit({
      attemptId,
      idempotencyKey: randomUUID(),
      answers: { [q1]: ['b'], [q2]: ['b', 'a'], [q3]: ['b'] },
    })
    expect(passed).toMatchObject({ score: 100, passed: true, certificate: { score: 100, valid: true } })
    const mine = await as.staff.improvement.exam.myCertificates()
    expect(mine.find((c) => c.examId === examId)).toMatchObject({ examTitle: '收费规则小测', valid: true })
    const table = await as.manager.improvement.exam.stationCertificates({ examId })
    expect(table.map((r) => [r.username, r.status])).toEqual(
      expect.arrayContaining([
        ['bj.staff', 'certified'],
        ['bj.manager', 'never_taken'],
      ]),
    )
    const other = await as.otherManager.improvement.exam.stationCertificates({ examId })
    expect(other.map((r) => r.username)).not.toContain('bj.staff')
    expect(await refusal(as.staff.improvement.exam.stationCertificates({}))).toMatchObject({
      code: 'FORBIDDEN',
    })
    const overview = await as.hq.improvement.exam.overview({ examId })
    expect(overview.stations.find((s) => s.code === 'D-BJ01')).toMatchObject({ certified: 1 })
    expect(overview).toMatchObject({ attempts: 2, passes: 1 })
    expect(
      await refusal(as.staff.improvement.exam.start({ examId, idempotencyKey: randomUUID() })),
    ).toMatchObject({ domainCode: 'EXAM.ALREADY_CERTIFIED' })
  })

  it('a submission after the time limit (and its grace) is refused; the attempt counts as failed with 0', async () => {
    const draft = await as.hq.improvement.exam.createExam({
      title: '限时小测',
      selection: { mode: 'fixed', questionIds },
      passMark: 60,
      timeLimitMinutes: 10,
      maxAttempts: 2,
      cooldownHours: 1,
      validityMonths: 6,
      clientRequestId: randomUUID(),
    })
    await as.hq.improvement.exam.publishExam({ id: draft.id, version: 1 })
    const started = await as.manager.improvement.exam.start({
      examId: draft.id,
      idempotencyKey: randomUUID(),
    })
    expect(started.deadlineAt!.getTime() - started.startedAt.getTime()).toBe(10 * 60_000)
    h.advance(13 * 60_000)
    expect(
      await refusal(
        as.manager.improvement.exam.submit({
          attemptId: started.attemptId,
          idempotencyKey: randomUUID(),
          answers: {},
        }),
      ),
    ).toMatchObject({ code: 'PRECONDITION_FAILED', domainCode: 'EXAM.TIME_UP', field: 'attemptId' })
    expect(await as.manager.improvement.exam.attempt({ attemptId: started.attemptId })).toMatchObject({
      state: 'timed_out',
      score: 0,
      passed: false,
    })
  })
})
