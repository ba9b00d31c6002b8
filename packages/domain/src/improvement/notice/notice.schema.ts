import { z } from 'zod'
import { CAUSES } from '../../complaint'
import { monthSchema } from '../../kpi'
import { pageInputSchema } from '../../shared/paging'

/** Reward/penalty notices (奖罚通知单) and the responsibility behind them (责任归属), issue 18. */
export const NOTICE_KINDS = ['reward', 'penalty'] as const
export type NoticeKind = (typeof NOTICE_KINDS)[number]
export const NOTICE_STATES = ['draft', 'submitted', 'approved', 'rejected'] as const
export type NoticeState = (typeof NOTICE_STATES)[number]

/** The largest amount one notice may carry: ¥1 000 000 (in fen). */
export const NOTICE_MAX_FEN = 100_000_000
export const NOTICE_REASON_MAX = 500

const id = z.uuid()
const text = (max: number) => z.string().trim().min(1).max(max)
const person = z.string().trim().max(50).nullable().default(null)

/** The responsible unit (a station, HQ or a supplier) or person, the cause and the impact. */
export const recordResponsibilityInput = z
  .object({
    complaintId: id,
    unitOrgId: id,
    personName: person,
    causeCode: z.enum(CAUSES).nullable().default(null),
    causeText: z.string().trim().max(200).nullable().default(null),
    impact: text(500),
    /** 0 for the first record; the current version to change it. */
    baseVersion: z.number().int().min(0),
  })
  .refine((r) => r.causeCode !== null || (r.causeText ?? '') !== '', {
    message: 'Choose a cause or describe it',
    path: ['causeCode'],
  })
export type RecordResponsibilityInput = z.infer<typeof recordResponsibilityInput>

const noticeFields = {
  kind: z.enum(NOTICE_KINDS),
  amountFen: z.number().int().min(1).max(NOTICE_MAX_FEN),
  reason: text(NOTICE_REASON_MAX),
  unitOrgId: id,
  personName: person,
}
export const noticeFieldsSchema = z.object(noticeFields)
export type NoticeFields = z.infer<typeof noticeFieldsSchema>

export const createNoticeInput = z.object({ clientRequestId: id, complaintId: id, ...noticeFields })
export type CreateNoticeInput = z.infer<typeof createNoticeInput>
export const updateNoticeInput = z.object({ id, version: z.number().int().min(1), ...noticeFields })
export const noticeRefInput = z.object({ id, version: z.number().int().min(1) })
export const rejectNoticeInput = noticeRefInput.extend({ reason: text(NOTICE_REASON_MAX) })
export const noticeIdInput = z.object({ id })
export const noticeListInput = pageInputSchema.extend({ state: z.enum(NOTICE_STATES).optional() })
export const stationNoticeListInput = pageInputSchema.omit({ q: true })
export const awaitingResponsibilityInput = z.object({ month: monthSchema })
