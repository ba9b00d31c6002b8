import {
  idInput,
  listFollowUpsInput,
  offsetOf,
  recordCallInput,
  sendRenewalInput,
  stationScoresInput,
} from '@asq/domain'
import { dealerProcedure, router } from '../../trpc'
import {
  followUpDetail,
  followUpListItem,
  loadFollowUp,
  recordFollowUpCall,
  sendRenewal,
} from './survey.follow-ups'
import { factFilter, surveyResults, surveySummary } from './survey.results'

/** The station's side: its own scores (beside the network's) and its follow-up tasks. */
export const surveyStationRouter = router({
  scores: dealerProcedure()
    .input(stationScoresInput)
    .query(async ({ ctx, input }) => {
      const own = await surveyResults(ctx.repos, { ...input, stationId: ctx.dealerId })
      const network = await surveySummary(ctx.repos, factFilter(input))
      return {
        summary: own.summary,
        trend: own.trend,
        byKind: own.byKind,
        targets: own.targets,
        network: {
          index: network.index,
          csat: network.csat,
          nps: network.nps,
          responseRate: network.responseRate,
        },
      }
    }),
  followUps: dealerProcedure()
    .input(listFollowUpsInput)
    .query(async ({ ctx, input }) => {
      const { items, total } = await ctx.repos.surveys.followUps.list({
        stationId: ctx.dealerId,
        status: input.status,
        limit: input.pageSize,
        offset: offsetOf(input),
      })
      return { items: items.map(followUpListItem), total, page: input.page, pageSize: input.pageSize }
    }),
  followUp: dealerProcedure()
    .input(idInput)
    .query(async ({ ctx, input }) =>
      followUpDetail(ctx.repos, await loadFollowUp(ctx.repos, input.id, ctx.dealerId), ctx.clock()),
    ),
  recordCall: dealerProcedure()
    .input(recordCallInput)
    .mutation(({ ctx, input }) => recordFollowUpCall(ctx, ctx.dealerId, input)),
  sendRenewal: dealerProcedure()
    .input(sendRenewalInput)
    .mutation(({ ctx, input }) => sendRenewal(ctx, ctx.dealerId, input)),
})
