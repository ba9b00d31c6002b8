import { answerSurveyInput, openSurveyInput } from '@asq/domain'
import { publicProcedure, router } from '../../trpc'
import { answerSurvey, openSurvey } from './survey.answer'
import { surveyHqRouter } from './survey.hq'
import { surveyStationRouter } from './survey.station'

/**
 * The satisfaction-survey context: the public survey page (no account: the link's token is the
 * credential), HQ's programme (templates, campaigns, results) and each station's scores and tasks.
 */
export const surveyRouter = router({
  /** The questions behind a link, or a plain refusal: invalid, expired or already answered. */
  open: publicProcedure.input(openSurveyInput).query(({ ctx, input }) => openSurvey(ctx, input.token)),
  /** One answer per link; refused answers store nothing. */
  answer: publicProcedure
    .input(answerSurveyInput)
    .mutation(({ ctx, input }) => answerSurvey(ctx, input.token, input.answers)),
  hq: surveyHqRouter,
  station: surveyStationRouter,
})
