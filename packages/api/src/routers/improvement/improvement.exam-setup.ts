import type { Exam, ExamSelection, Repositories } from '@asq/domain'
import {
  assertExamStatus,
  certificationStatus,
  createExamInput,
  examIdInput,
  examListInput,
  examOverviewInput,
  examVersionInput,
  notFound,
  selectQuestions,
  staleVersion,
  updateExamInput,
} from '@asq/domain'
import { idempotency } from '../../trpc'
import { bankEditors, questionView } from './improvement.exam-bank'

/**
 * Exams (issue 18): HQ writes an exam as a draft, publishes it once its questions can be asked (the
 * stations then see it), and retires it when it is replaced. A published exam is fixed — attempts and
 * certificates refer to it — so only a draft is edited. The overview counts, per station, who is certified.
 */
export const examView = (e: Exam) => ({
  id: e.id,
  title: e.title,
  description: e.description,
  selection: e.selection,
  questionCount: questionCount(e.selection),
  passMark: e.passMark,
  timeLimitMinutes: e.timeLimitMinutes,
  maxAttempts: e.maxAttempts,
  cooldownHours: e.cooldownHours,
  validityMonths: e.validityMonths,
  status: e.status,
  version: e.version,
  updatedAt: e.updatedAt,
  publishedAt: e.publishedAt,
})
const questionCount = (s: ExamSelection) => (s.mode === 'fixed' ? s.questionIds.length : s.count)
/** What the audit log keeps of an exam: its settings, status and version. */
const audited = (e: Exam) => {
  const {
    id: _,
    description: __,
    questionCount: ___,
    updatedAt: ____,
    publishedAt: _____,
    ...kept
  } = examView(e)
  return kept
}

/** The bank's questions an exam can draw on: its fixed list, or the active questions of its topics. */
export const questionPool = (repos: Repositories, s: ExamSelection) =>
  s.mode === 'fixed'
    ? repos.improvement.exams.questionsByIds(s.questionIds)
    : repos.improvement.exams.activeQuestionsOf(s.topics)

const loadExam = async (repos: Repositories, id: string) => {
  const e = await repos.improvement.exams.examById(id)
  if (!e) throw notFound('exam')
  return e
}

const changeStatus = (to: 'published' | 'retired', from: readonly string[], action: string) =>
  bankEditors()
    .input(examVersionInput)
    .mutation(({ ctx, input }) =>
      ctx.transact(async ({ repos, audit }) => {
        const before = await loadExam(repos, input.id)
        const publishing = to === 'published'
        assertExamStatus(before.status, from, action)
        // Publishing checks the questions can be asked now (the same check every start makes).
        if (to === 'published')
          selectQuestions(before.selection, await questionPool(repos, before.selection), Math.random)
        const e = await repos.improvement.exams.setExamStatus(input.id, input.version, to, ctx.clock())
        if (!e) throw staleVersion('exam')
        await audit({
          action: publishing ? 'improvement.exam_publish' : 'improvement.exam_retire',
          entityType: 'exam',
          entityId: e.id,
          before: audited(before),
          after: audited(e),
        })
        return examView(e)
      }),
    )

export const setupProcedures = {
  exams: bankEditors()
    .input(examListInput)
    .query(async ({ ctx, input }) => {
      const page = await ctx.repos.improvement.exams.listExams(input)
      return { ...page, items: page.items.map(examView) }
    }),
  /** One exam with the questions of its fixed list (or the pool it draws from). */
  exam: bankEditors()
    .input(examIdInput)
    .query(async ({ ctx, input }) => {
      const e = await loadExam(ctx.repos, input.id)
      const pool = await questionPool(ctx.repos, e.selection)
      return { ...examView(e), questions: pool.map(questionView) }
    }),
  createExam: bankEditors()
    .input(createExamInput)
    .use(idempotency)
    .mutation(({ ctx, input: { clientRequestId: _, ...settings } }) =>
      ctx.transact(async ({ repos, audit }) => {
        const e = await repos.improvement.exams.createExam({
          ...settings,
          createdBy: ctx.actor.username,
          at: ctx.clock(),
        })
        await audit({
          action: 'improvement.exam_create',
          entityType: 'exam',
          entityId: e.id,
          before: null,
          after: audited(e),
        })
        return examView(e)
      }),
    ),
  updateExam: bankEditors()
    .input(updateExamInput)
    .mutation(({ ctx, input: { id, version, ...settings } }) =>
      ctx.transact(async ({ repos, audit }) => {
        const before = await loadExam(repos, id)
        assertExamStatus(before.status, ['draft'], 'edited')
        const e = await repos.improvement.exams.updateExam(id, version, settings, ctx.clock())
        if (!e) throw staleVersion('exam')
        await audit({
          action: 'improvement.exam_update',
          entityType: 'exam',
          entityId: e.id,
          before: audited(before),
          after: audited(e),
        })
        return examView(e)
      }),
    ),
  publishExam: changeStatus('published', ['draft'], 'published'),
  retireExam: changeStatus('retired', ['published'], 'retired'),
  /** The network's certification on one exam: per station, its staff by standing. */
  overview: bankEditors()
    .input(examOverviewInput)
    .query(async ({ ctx, input }) => {
      const e = await loadExam(ctx.repos, input.examId)
      const repo = ctx.repos.improvement.exams
      const [stations, staff, attempts, certificates] = await Promise.all([
        ctx.repos.organisations.list({ kind: 'dealer' }),
        repo.stationStaff(),
        repo.attemptsAt({ examId: e.id }),
        repo.certificatesAt({ examId: e.id }),
      ])
      const now = ctx.clock()
      const rows = stations.map((s) => {
        const counts = { certified: 0, expired: 0, failed: 0, in_progress: 0, never_taken: 0 }
        for (const p of staff.filter((u) => u.stationId === s.id)) {
          const mine = (x: { userId: string; stationId: string }) =>
            x.userId === p.userId && x.stationId === s.id
          counts[certificationStatus(attempts.filter(mine), certificates.filter(mine), now).status]++
        }
        const staffCount = Object.values(counts).reduce((a, b) => a + b, 0)
        return {
          stationId: s.id,
          code: s.code,
          nameZh: s.nameZh,
          nameEn: s.nameEn,
          staff: staffCount,
          ...counts,
        }
      })
      const submitted = attempts.filter((a) => a.submittedAt !== null)
      return {
        exam: examView(e),
        attempts: attempts.length,
        passes: submitted.filter((a) => a.passed).length,
        stations: rows,
      }
    }),
}
