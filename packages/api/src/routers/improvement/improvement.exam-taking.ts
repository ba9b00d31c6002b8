import { randomInt } from 'node:crypto'
import type { Attempt, Certificate, Exam, Repositories } from '@asq/domain'
import {
  askedFrom,
  attemptIdInput,
  attemptOutcome,
  certificateFor,
  certificateValidOn,
  chinaDate,
  decideStart,
  decideSubmit,
  examStanding,
  notFound,
  selectQuestions,
  startAttemptInput,
  submitAttemptInput,
  takerQuestion,
} from '@asq/domain'
import type { Context } from '../../context'
import { dealerProcedure, idempotency } from '../../trpc'
import { examView, questionPool } from './improvement.exam-setup'

/**
 * Taking exams (issue 18), for a station's staff: the published exams with each one's standing, start
 * (or resume) an attempt, read it, submit it; the certificates a pass earns. The rules are the domain's
 * (exam.attempts.ts). An attempt is personal: its taker reads and submits it; the station's manager may
 * read it; anyone else (another station, another colleague) gets NOT_FOUND. Before submission the
 * questions go out without correct marks or explanations (`takerQuestion`).
 */
type StationCtx = Context & { dealerId: string; actor: { userId: string; roles: readonly string[] } }
const takers = () => dealerProcedure()
/** Cryptographic draws for the questions of a drawn exam, as a [0, 1) number the domain expects. */
const draw = () => randomInt(0, 2 ** 32) / 2 ** 32

/** A published (or retired, for results) exam as a station sees it; a draft does not exist for them. */
async function visibleExam(repos: Repositories, id: string, forStart = false): Promise<Exam> {
  const e = await repos.improvement.exams.examById(id)
  if (!e || e.status === 'draft' || (forStart && e.status !== 'published')) throw notFound('exam')
  return e
}

async function scopedAttempt(ctx: StationCtx, repos: Repositories, id: string, own: boolean) {
  const a = await repos.improvement.exams.attemptById(id)
  const manager = ctx.actor.roles.includes('dealer_manager')
  if (!a || a.stationId !== ctx.dealerId || (a.userId !== ctx.actor.userId && (own || !manager)))
    throw notFound('attempt')
  return a
}

export const certificateView = (c: Certificate, now: Date) => ({
  id: c.id,
  examId: c.examId,
  attemptId: c.attemptId,
  score: c.score,
  issuedOn: c.issuedOn,
  validUntil: c.validUntil,
  valid: certificateValidOn(c, chinaDate(now)),
})

/** The attempt as its reader may see it now: open → questions without answers; ended → the result. */
async function attemptView(repos: Repositories, a: Attempt, now: Date) {
  const exam = (await repos.improvement.exams.examById(a.examId))!
  const outcome = attemptOutcome(a, now)
  const base = {
    attemptId: a.id,
    examId: a.examId,
    examTitle: exam.title,
    passMark: exam.passMark,
    startedAt: a.startedAt,
    deadlineAt: a.deadlineAt,
    serverNow: now,
    total: a.questions.length,
  }
  if (outcome.state === 'open')
    return { ...base, state: 'open' as const, questions: a.questions.map(takerQuestion) }
  const certificate = await repos.improvement.exams.certificateByAttempt(a.id)
  const answers = a.answers ?? {}
  return {
    ...base,
    state: outcome.state,
    submittedAt: a.submittedAt,
    score: outcome.score,
    passed: outcome.passed,
    right: a.right ?? 0,
    certificate: certificate ? certificateView(certificate, now) : null,
    results: a.questions.map((q) => ({
      ...takerQuestion(q),
      correctOptionIds: q.options.filter((o) => o.correct).map((o) => o.id),
      chosen: answers[q.questionId] ?? [],
      explanation: q.explanation,
    })),
  }
}

export const takingProcedures = {
  /** The published exams, each with the caller's standing (may start, why not, from when). */
  available: takers().query(async ({ ctx }) => {
    const repo = ctx.repos.improvement.exams
    const [exams, attempts, certificates] = await Promise.all([
      repo.publishedExams(),
      repo.attemptsOf(ctx.actor.userId),
      repo.certificatesOf(ctx.actor.userId),
    ])
    const now = ctx.clock()
    return exams.map((e) => {
      const s = examStanding(
        e,
        attempts.filter((a) => a.examId === e.id),
        certificates.filter((c) => c.examId === e.id),
        now,
      )
      return { ...examView(e), ...s, certificate: s.certificate ? certificateView(s.certificate, now) : null }
    })
  }),
  /** Starts an attempt, or resumes the open one; refused during the cool-down or with no attempts left. */
  start: takers()
    .input(startAttemptInput)
    .use(idempotency)
    .mutation(({ ctx, input }) =>
      ctx.transact(async ({ repos, audit }) => {
        const exam = await visibleExam(repos, input.examId, true)
        const repo = repos.improvement.exams
        const [attempts, certificates] = await Promise.all([
          repo.attemptsOf(ctx.actor.userId, exam.id),
          repo.certificatesOf(ctx.actor.userId).then((cs) => cs.filter((c) => c.examId === exam.id)),
        ])
        const now = ctx.clock()
        const decision = decideStart(exam, attempts, certificates, now)
        const resumed = 'resume' in decision
        let attempt: Attempt
        if ('resume' in decision) attempt = decision.resume
        else {
          const asked = selectQuestions(exam.selection, await questionPool(repos, exam.selection), draw)
          attempt = await repo.createAttempt({
            examId: exam.id,
            userId: ctx.actor.userId,
            stationId: ctx.dealerId,
            startedAt: now,
            deadlineAt: decision.start.deadlineAt,
            questions: asked.map(askedFrom),
          })
        }
        await audit({
          action: resumed ? 'improvement.exam_resume' : 'improvement.exam_start',
          entityType: 'exam_attempt',
          entityId: attempt.id,
          before: null,
          after: {
            examId: exam.id,
            questions: attempt.questions.map((q) => q.questionId),
            deadlineAt: attempt.deadlineAt,
          },
        })
        return attemptView(repos, attempt, now)
      }),
    ),
  attempt: takers()
    .input(attemptIdInput)
    .query(async ({ ctx, input }) =>
      attemptView(ctx.repos, await scopedAttempt(ctx, ctx.repos, input.attemptId, false), ctx.clock()),
    ),
  /** Scores the attempt and, on a pass, issues the certificate; a second submission answers the first result. */
  submit: takers()
    .input(submitAttemptInput)
    .use(idempotency)
    .mutation(({ ctx, input }) =>
      ctx.transact(async ({ repos, audit }) => {
        const a = await scopedAttempt(ctx, repos, input.attemptId, true)
        const exam = (await repos.improvement.exams.examById(a.examId))!
        const now = ctx.clock()
        const d = decideSubmit(a, exam, input.answers, now)
        if (d.replay) return attemptView(repos, a, now)
        const done = await repos.improvement.exams.submitAttempt(a.id, { ...d, at: now })
        if (!done) return attemptView(repos, (await repos.improvement.exams.attemptById(a.id))!, now)
        const certificate = d.passed
          ? await repos.improvement.exams.addCertificate({
              attemptId: a.id,
              examId: exam.id,
              userId: a.userId,
              stationId: a.stationId,
              score: d.score,
              ...certificateFor(exam, now),
              issuedAt: now,
            })
          : null
        await audit({
          action: 'improvement.exam_submit',
          entityType: 'exam_attempt',
          entityId: a.id,
          before: null,
          after: {
            examId: exam.id,
            right: d.right,
            score: d.score,
            passed: d.passed,
            certificateId: certificate?.id ?? null,
            validUntil: certificate?.validUntil ?? null,
          },
        })
        return attemptView(repos, done, now)
      }),
    ),
  /** The caller's certificates, newest first, with whether each is valid today. */
  myCertificates: takers().query(async ({ ctx }) => {
    const repo = ctx.repos.improvement.exams
    const certificates = await repo.certificatesOf(ctx.actor.userId)
    const now = ctx.clock()
    const titles = await examTitles(repo, certificates)
    return certificates.map((c) => ({ ...certificateView(c, now), examTitle: titles.get(c.examId) ?? '' }))
  }),
}

const examTitles = async (
  repo: Repositories['improvement']['exams'],
  items: readonly { examId: string }[],
) => {
  const ids = [...new Set(items.map((i) => i.examId))]
  const exams = await Promise.all(ids.map((id) => repo.examById(id)))
  return new Map(exams.flatMap((e) => (e ? [[e.id, e.title] as const] : [])))
}
