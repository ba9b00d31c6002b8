import { z } from 'zod'
import { businessDateSchema } from '../../shared/business-date.schema'
import { pageInputSchema } from '../../shared/paging'
import { versionNumber } from '../../shared/version.schema'
import { ACTION_STATUSES, PACK_SECTIONS } from './meeting.vocabulary'

const id = z.uuid('not a valid id')
const version = versionNumber(1)
const key = z.uuid('not a valid key')
const text = (max: number) => z.string().trim().min(1, 'required').max(max)

export const periodChoiceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('month'),
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM'),
  }),
  z.object({ kind: z.literal('custom'), from: businessDateSchema, to: businessDateSchema }),
])

export const scheduleMeetingInput = z.object({
  idempotencyKey: key,
  period: periodChoiceSchema,
  meetingDate: businessDateSchema,
})
export type ScheduleMeetingInput = z.infer<typeof scheduleMeetingInput>

export const meetingRefInput = z.object({ id })
export const meetingVersionInput = z.object({ id, version })

export const addConclusionInput = z.object({ id, version, section: z.enum(PACK_SECTIONS), text: text(4000) })

export const actionDraftSchema = z.object({
  title: text(500),
  ownerOrgId: id,
  ownerUserId: id,
  dueDate: businessDateSchema,
})
export type ActionDraft = z.infer<typeof actionDraftSchema>

export const recordResolutionInput = z.object({
  id,
  version,
  idempotencyKey: key,
  text: text(2000),
  actions: z.array(actionDraftSchema).min(1, 'a resolution becomes at least one action').max(10),
})
export type RecordResolutionInput = z.infer<typeof recordResolutionInput>

export const addActionInput = actionDraftSchema.extend({ resolutionId: id, version, idempotencyKey: key })
export type AddActionInput = z.infer<typeof addActionInput>

export const listMeetingsInput = pageInputSchema.pick({ page: true, pageSize: true })

export const myActionsInput = pageInputSchema
  .pick({ page: true, pageSize: true })
  .extend({ status: z.enum(ACTION_STATUSES).optional() })

export const completeActionInput = z.object({
  id,
  version,
  /** What was done; required by the rule (an empty text is refused as IMPROVEMENT.ACTION_NEEDS_EVIDENCE). */
  evidence: z.string().trim().max(2000),
  uploadIds: z.array(id).max(5).default([]),
})
export type CompleteActionInput = z.infer<typeof completeActionInput>

/** One evidence file of an action, by its content digest (as the action's evidence lists it). */
export const actionFileInput = z.object({
  id,
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'not a file digest'),
})
export type ActionFileInput = z.infer<typeof actionFileInput>

/** The people of an organisation an action may be given to. */
export const unitPeopleInput = z.object({ orgId: id })
