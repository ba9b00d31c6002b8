import { z } from 'zod'
import { versionNumber } from '../shared/version.schema'

/** HQ's survey policy: when surveys go out, how long links live, reminders, and what counts as unhappy. */
export const surveySettingsSchema = z.object({
  /** Hours between a complaint closing and its survey going out (0 = at the next delivery sweep). */
  complaintDelayHours: z
    .number()
    .int()
    .min(0)
    .max(24 * 30),
  /** How long a survey link stays valid after it is delivered. */
  linkValidDays: z.number().int().min(1).max(90),
  /** A reminder goes out this many days after delivery when there is no answer yet. */
  reminderAfterDays: z.number().int().min(1).max(30),
  /** At most this many reminders per invitation (0 = none). */
  maxReminders: z.number().int().min(0).max(3),
  /** A 1–5 rating at or below this is dissatisfied (e.g. ≤ 2). */
  csatThreshold: z.number().int().min(1).max(4),
  /** A 0–10 recommendation at or below this is dissatisfied (e.g. ≤ 6, the NPS detractors). */
  npsThreshold: z.number().int().min(0).max(9),
  /** A dissatisfied answer to a complaint's survey reopens the complaint. */
  reopenComplaint: z.boolean(),
})
export type SurveySettings = z.infer<typeof surveySettingsSchema>

export const DEFAULT_SURVEY_SETTINGS: SurveySettings = {
  complaintDelayHours: 24,
  linkValidDays: 14,
  reminderAfterDays: 3,
  maxReminders: 1,
  csatThreshold: 2,
  npsThreshold: 6,
  reopenComplaint: true,
}

export type SurveyPolicy = { version: number; effectiveFrom: Date | null; settings: SurveySettings }

export const updateSurveyPolicyInput = z.object({
  settings: surveySettingsSchema,
  /** The version the editor started from: a concurrent change is refused. */
  baseVersion: versionNumber(0),
})
