import {
  DomainError,
  idInput,
  listFollowUpsInput,
  offsetOf,
  surveyCommentsInput,
  surveyFilterSchema,
  updateSurveyPolicyInput,
} from '@asq/domain'
import { router } from '../../trpc'
import { campaignProcedures } from './survey.campaigns'
import { exportComments } from './survey.exports'
import { followUpDetail, followUpListItem, loadFollowUp } from './survey.follow-ups'
import { surveyComments, surveyResults } from './survey.results'
import { admins, readers } from './survey.roles'
import { loadSurveyPolicy } from './survey.service'
import { runSurveyDeliverySweep, runSurveyReminderSweep } from './survey.sweeps'
import { templateProcedures } from './survey.templates'

const stalePolicy = () =>
  new DomainError(
    'CONFLICT',
    'SURVEY.POLICY_STALE',
    'The survey policy was changed by someone else meanwhile; reload it and apply your change again',
  )

/** HQ's side: templates, campaigns, policy, results and comments, follow-ups, the sweeps. */
export const surveyHqRouter = router({
  ...templateProcedures,
  ...campaignProcedures,
  results: readers()
    .input(surveyFilterSchema)
    .query(({ ctx, input }) => surveyResults(ctx.repos, input)),
  comments: readers()
    .input(surveyCommentsInput)
    .query(({ ctx, input }) => surveyComments(ctx.repos, input, input)),
  exportComments,
  followUps: readers()
    .input(listFollowUpsInput)
    .query(async ({ ctx, input }) => {
      const { items, total } = await ctx.repos.surveys.followUps.list({
        status: input.status,
        limit: input.pageSize,
        offset: offsetOf(input),
      })
      return { items: items.map(followUpListItem), total, page: input.page, pageSize: input.pageSize }
    }),
  followUp: readers()
    .input(idInput)
    .query(async ({ ctx, input }) =>
      followUpDetail(ctx.repos, await loadFollowUp(ctx.repos, input.id, null), ctx.clock()),
    ),
  policy: readers().query(({ ctx }) => loadSurveyPolicy(ctx.repos)),
  updatePolicy: admins()
    .input(updateSurveyPolicyInput)
    .mutation(({ ctx, input }) =>
      ctx.transact(async ({ repos, audit }) => {
        const current = await loadSurveyPolicy(repos)
        if (current.version !== input.baseVersion) throw stalePolicy()
        const next = {
          version: input.baseVersion + 1,
          settings: input.settings,
          effectiveFrom: ctx.clock(),
          createdBy: ctx.actor.username,
        }
        if (!(await repos.surveys.policy.save(next))) throw stalePolicy()
        await audit({
          action: 'survey.policy_update',
          entityType: 'survey_policy',
          entityId: String(next.version),
          before: current.settings,
          after: input.settings,
        })
        return next
      }),
    ),
  /** Delivers the scheduled invitations that are due (it is exported for the server to schedule). */
  runDeliverySweep: admins().mutation(async ({ ctx }) => {
    const result = await runSurveyDeliverySweep(ctx)
    await ctx.transact(({ audit }) =>
      audit({
        action: 'survey.sweep',
        entityType: 'sweep',
        entityId: 'survey_delivery',
        before: null,
        after: result,
      }),
    )
    return result
  }),
  /** Sends the reminders that are due; running it again sends nothing twice. */
  runReminderSweep: admins().mutation(async ({ ctx }) => {
    const result = await runSurveyReminderSweep(ctx)
    await ctx.transact(({ audit }) =>
      audit({
        action: 'survey.sweep',
        entityType: 'sweep',
        entityId: 'survey_reminder',
        before: null,
        after: result,
      }),
    )
    return result
  }),
})
