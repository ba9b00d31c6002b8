import { z } from 'zod'
import { businessDateSchema } from '../shared/business-date.schema'
import { fenSchema, nonNegativeFenSchema } from '../shared/money'
import { pageInputSchema } from '../shared/paging'
import { versionNumber } from '../shared/version.schema'
import { PERIOD_PATTERN } from './reimbursement.period'
import { REIMBURSEMENT_AUDIT_REASONS, REIMBURSEMENT_STATUSES } from './reimbursement.vocabulary'

const id = z.uuid('not a valid id')
const version = versionNumber(1)
const isoDate = businessDateSchema
export const claimPeriodSchema = z.string().trim().regex(PERIOD_PATTERN, 'a month as YYYY-MM')
const code = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `${what} is required`)
    .max(40, `${what} is too long`)
    .regex(/^[\p{L}\p{N}][\p{L}\p{N}._/-]*$/u, `${what} may hold letters, digits and . _ / - only`)

/** Labour hours to the hundredth (1.5 h, 0.25 h); stored as whole hundredths. */
export const labourHoursSchema = z
  .number()
  .min(0, 'labour hours must not be negative')
  .max(999, 'labour hours are too many')
  .refine((h) => Math.abs(Math.round(h * 100) - h * 100) < 1e-6, 'labour hours to the hundredth at most')

/** One in-warranty repair line as the dealer types or imports it. */
export const reimbursementLineSchema = z.object({
  repairOrderNo: code('the repair order number'),
  repairDate: isoDate,
  serial: code('the serial / VIN').toUpperCase(),
  partCode: code('the part code').toUpperCase(),
  quantity: z.number().int('quantity must be whole').min(1, 'quantity must be at least 1').max(9999),
  labourHours: labourHoursSchema,
  oldPartRegistrationNo: code('the old-part registration number').nullable().default(null),
  /** The odometer (km) or hour meter reading on the repair order; null: not given (the vehicle's record is used). */
  usageReading: z
    .number()
    .int('the reading must be whole km or hours')
    .min(0, 'the reading must not be negative')
    .max(9_999_999, 'the reading is too high')
    .nullable()
    .default(null),
})
export type ReimbursementLineInput = z.infer<typeof reimbursementLineSchema>

export const claimForPeriodInput = z.object({ period: claimPeriodSchema })
export const reimbursementClaimIdInput = z.object({ id })
const claimRef = { claimId: id, version }
export const addReimbursementLineInput = z.object({ ...claimRef, line: reimbursementLineSchema })
export const updateReimbursementLineInput = z.object({
  ...claimRef,
  lineId: id,
  line: reimbursementLineSchema,
})
export const removeReimbursementLineInput = z.object({ ...claimRef, lineId: id })
export const importReimbursementLinesInput = z.object({
  ...claimRef,
  fileName: z.string().trim().min(1).max(200),
  /** The CSV or XLSX file, base64; at most 5 MB decoded. */
  contentBase64: z.string().min(1).max(7_000_000),
})
export const submitReimbursementInput = z.object({
  ...claimRef,
  /** One per click of "submit": a retried or doubled request with the same key does nothing more. */
  idempotencyKey: z.uuid('not a valid idempotency key'),
})
export const withdrawReimbursementInput = z.object(claimRef)
export const listReimbursementsInput = pageInputSchema.extend({
  status: z.enum(REIMBURSEMENT_STATUSES).optional(),
  period: claimPeriodSchema.optional(),
})

export const reimbursementAuditQueueInput = pageInputSchema.extend({
  status: z.enum(REIMBURSEMENT_STATUSES).optional(),
  period: claimPeriodSchema.optional(),
  dealerId: id.optional(),
})
const reasonFields = {
  reasonCode: z.enum(REIMBURSEMENT_AUDIT_REASONS).optional(),
  reasonText: z.string().trim().max(500).optional(),
}
export const decideReimbursementLineInput = z.discriminatedUnion('decision', [
  z.object({ ...claimRef, lineId: id, decision: z.literal('approved'), ...reasonFields }),
  z.object({ ...claimRef, lineId: id, decision: z.literal('rejected'), ...reasonFields }),
  z.object({
    ...claimRef,
    lineId: id,
    decision: z.literal('adjusted'),
    amountFen: nonNegativeFenSchema,
    ...reasonFields,
  }),
])
export type DecideReimbursementLineInput = z.infer<typeof decideReimbursementLineInput>
export const decideReimbursementLinesInput = z.object({
  ...claimRef,
  lineIds: z.array(id).min(1).max(1000),
  decision: z.enum(['approved', 'rejected']),
  ...reasonFields,
})
export type DecideReimbursementLinesInput = z.infer<typeof decideReimbursementLinesInput>

export const settlementPeriodInput = z.object({ period: claimPeriodSchema })
export const reimbursementStatementsInput = pageInputSchema.extend({
  period: claimPeriodSchema.optional(),
  dealerId: id.optional(),
})
export const reimbursementStatementDownloadInput = z.object({ id, format: z.enum(['xlsx', 'pdf']) })
export const dealerLedgerInput = pageInputSchema.extend({ dealerId: id })
export const ownDealerLedgerInput = pageInputSchema
export const updateReimbursementSettingsInput = z.object({
  version: versionNumber(0),
  /** Claims for month P are due by the end of this day of month P+1 (local time). */
  submissionDeadlineDay: z.number().int().min(1).max(31),
})
export const postLedgerCorrectionInput = z.object({
  dealerId: id,
  /** Positive: HQ owes the dealer more; negative: the dealer owes HQ. */
  amountFen: fenSchema.refine((n) => n !== 0, 'a correction of zero changes nothing'),
  memo: z.string().trim().min(2, 'say why').max(500),
  idempotencyKey: z.uuid('not a valid idempotency key'),
})
