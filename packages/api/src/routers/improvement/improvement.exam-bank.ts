import type { ExamQuestion } from '@asq/domain'
import {
  createQuestionInput,
  notFound,
  questionListInput,
  setQuestionActiveInput,
  staleVersion,
  updateQuestionInput,
} from '@asq/domain'
import { z } from 'zod'
import { hqProcedure, idempotency } from '../../trpc'

/**
 * The question bank (issue 18): HQ's admins and service desk, who run the station network's training,
 * write, edit and retire questions. A question keeps its correct marks here, for HQ only; takers see
 * questions through their attempt (improvement.exam-taking.ts), never through these procedures.
 */
export const bankEditors = () => hqProcedure('hq_admin', 'hq_service')

export const questionView = (q: ExamQuestion) => ({
  id: q.id,
  kind: q.kind,
  topic: q.topic,
  stem: q.stem,
  options: q.options.map((o) => ({ id: o.id, text: o.text, correct: o.correct })),
  explanation: q.explanation,
  active: q.active,
  version: q.version,
  createdBy: q.createdBy,
  updatedAt: q.updatedAt,
})
const audited = (q: ExamQuestion) => ({
  kind: q.kind,
  topic: q.topic,
  stem: q.stem,
  options: q.options,
  active: q.active,
  version: q.version,
})

export const bankProcedures = {
  questions: bankEditors()
    .input(questionListInput)
    .query(async ({ ctx, input }) => {
      const page = await ctx.repos.improvement.exams.listQuestions(input)
      return { ...page, items: page.items.map(questionView) }
    }),
  question: bankEditors()
    .input(z.object({ id: z.uuid('not a valid id') }))
    .query(async ({ ctx, input }) => {
      const q = await ctx.repos.improvement.exams.questionById(input.id)
      if (!q) throw notFound('question')
      return questionView(q)
    }),
  createQuestion: bankEditors()
    .input(createQuestionInput)
    .use(idempotency)
    .mutation(({ ctx, input: { clientRequestId: _, ...content } }) =>
      ctx.transact(async ({ repos, audit }) => {
        const q = await repos.improvement.exams.createQuestion({
          ...content,
          createdBy: ctx.actor.username,
          at: ctx.clock(),
        })
        await audit({
          action: 'improvement.question_create',
          entityType: 'exam_question',
          entityId: q.id,
          before: null,
          after: audited(q),
        })
        return questionView(q)
      }),
    ),
  /** Edits a question; attempts already made keep the question as they asked it. */
  updateQuestion: bankEditors()
    .input(updateQuestionInput)
    .mutation(({ ctx, input: { id, version, ...content } }) =>
      ctx.transact(async ({ repos, audit }) => {
        const before = await repos.improvement.exams.questionById(id)
        if (!before) throw notFound('question')
        const q = await repos.improvement.exams.updateQuestion(id, version, content, ctx.clock())
        if (!q) throw staleVersion('question')
        await audit({
          action: 'improvement.question_update',
          entityType: 'exam_question',
          entityId: q.id,
          before: audited(before),
          after: audited(q),
        })
        return questionView(q)
      }),
    ),
  /** Retires a question (no new exam asks it) or brings it back. */
  setQuestionActive: bankEditors()
    .input(setQuestionActiveInput)
    .mutation(({ ctx, input }) =>
      ctx.transact(async ({ repos, audit }) => {
        const before = await repos.improvement.exams.questionById(input.id)
        if (!before) throw notFound('question')
        const q = await repos.improvement.exams.setQuestionActive(
          input.id,
          input.version,
          input.active,
          ctx.clock(),
        )
        if (!q) throw staleVersion('question')
        await audit({
          action: input.active ? 'improvement.question_activate' : 'improvement.question_retire',
          entityType: 'exam_question',
          entityId: q.id,
          before: audited(before),
          after: audited(q),
        })
        return questionView(q)
      }),
    ),
}
