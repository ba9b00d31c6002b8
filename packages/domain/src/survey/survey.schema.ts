import { z } from 'zod'
import { KINDS } from '../complaint'
import { businessDateSchema } from '../shared/business-date.schema'
import { pageInputSchema } from '../shared/paging'
import { versionNumber } from '../shared/version.schema'
import { rawAnswersSchema } from './survey.answers'
import { FOLLOW_UP_STATUSES, INVITATION_SOURCES } from './survey.vocabulary'

const id = z.uuid('not a valid id')
const isoDate = businessDateSchema

/** A survey link's token: 43 base64url characters; anything else is refused before any lookup. */
export const surveyTokenSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{20,100}$/, 'not a survey link')

export const openSurveyInput = z.object({ token: surveyTokenSchema })
export const answerSurveyInput = z.object({ token: surveyTokenSchema, answers: rawAnswersSchema })
export type AnswerSurveyInput = z.infer<typeof answerSurveyInput>

/** Who a campaign goes to: key accounts (大客户) or everyone, of one station or region or of all. */
export const segmentSchema = z
  .object({
    keyAccountsOnly: z.boolean().default(true),
    stationId: id.optional(),
    region: z.string().trim().min(1).max(60).optional(),
  })
  .refine((s) => !(s.stationId && s.region), {
    message: 'choose a station or a region, not both',
    path: ['region'],
  })
export type Segment = z.infer<typeof segmentSchema>

export const campaignAudienceInput = z.object({ segment: segmentSchema })
export const createCampaignInput = z.object({
  name: z.string().trim().min(1, 'a name is required').max(120),
  /** The half-year it covers, e.g. 2026-H2 (campaigns run twice a year). */
  period: z
    .string()
    .trim()
    .regex(/^\d{4}-H[12]$/, 'a half-year as YYYY-H1 or YYYY-H2')
    .optional(),
  templateId: id,
  segment: segmentSchema,
})
export type CreateCampaignInput = z.infer<typeof createCampaignInput>
export const sendCampaignInput = z.object({ id, version: versionNumber(1) })

/** Filters of the results: the delivery date range (local days, inclusive), station, region, kind. */
export const surveyFilterSchema = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  stationId: id.optional(),
  region: z.string().trim().max(60).optional(),
  kind: z.enum(KINDS).optional(),
  source: z.enum(INVITATION_SOURCES).optional(),
  templateId: id.optional(),
})
export type SurveyFilterInput = z.infer<typeof surveyFilterSchema>
export const surveyCommentsInput = surveyFilterSchema.extend({
  page: pageInputSchema.shape.page,
  pageSize: pageInputSchema.shape.pageSize,
})
export const stationScoresInput = surveyFilterSchema.pick({ from: true, to: true, kind: true, source: true })

export const listFollowUpsInput = pageInputSchema.extend({ status: z.enum(FOLLOW_UP_STATUSES).optional() })
export const recordCallInput = z.object({
  id,
  version: versionNumber(1),
  satisfied: z.boolean(),
  note: z.string().trim().min(1, 'what the customer said is required').max(1000),
})
export const sendRenewalInput = z.object({ id, version: versionNumber(1) })
