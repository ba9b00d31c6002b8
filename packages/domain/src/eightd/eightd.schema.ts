import { z } from 'zod'
import { pageInputSchema } from '../shared/paging'
import { versionNumber } from '../shared/version.schema'
import { draftContentSchema } from './eightd.content'
import { eightdSettingsSchema } from './eightd.policy'
import {
  DISCIPLINES,
  EIGHTD_CLAIM_STATUSES,
  EIGHTD_COST_KINDS,
  EIGHTD_FOUND_AT,
  EIGHTD_SEVERITIES,
} from './eightd.vocabulary'

const id = z.uuid('not a valid id')
const version = versionNumber(1)
const text = (max: number) => z.string().trim().min(1, 'required').max(max)

export const openClaimInput = z.object({
  supplierId: id,
  title: text(200),
  partCode: text(60),
  partName: text(120),
  lot: text(60),
  quantityAffected: z
    .number()
    .int('whole units only')
    .min(1, 'at least one part is affected')
    .max(10_000_000),
  foundAt: z.enum(EIGHTD_FOUND_AT),
  severity: z.enum(EIGHTD_SEVERITIES),
  description: z.string().trim().max(4000).default(''),
  complaintIds: z.array(id).max(20).default([]),
  warrantyRefs: z.array(text(60)).max(50).default([]),
  /** The form's one-time id: a retried submission finds the claim it already opened. */
  clientRequestId: id,
})
export type OpenClaimInput = z.infer<typeof openClaimInput>

export const listEightdClaimsInput = pageInputSchema.extend({
  status: z.enum(EIGHTD_CLAIM_STATUSES).optional(),
  supplierId: id.optional(),
  severity: z.enum(EIGHTD_SEVERITIES).optional(),
  overdue: z.boolean().optional(),
})
export const supplierInboxInput = pageInputSchema.extend({ status: z.enum(EIGHTD_CLAIM_STATUSES).optional() })

export const eightdClaimInput = z.object({ claimId: id })
export const eightdStepRefInput = z.object({ claimId: id, step: z.enum(DISCIPLINES) })
export const saveStepDraftInput = eightdStepRefInput.extend({ content: draftContentSchema, version })
export const submitStepInput = eightdStepRefInput.extend({ version })
export const reviewStepInput = eightdStepRefInput.extend({
  decision: z.enum(['approved', 'rejected']),
  /** Visible to the supplier. */
  comment: z.string().trim().max(2000).default(''),
  /** HQ only: never sent to the supplier. */
  internalNote: z.string().trim().max(2000).default(''),
  version,
})
/** `uploadId`: the token `POST /uploads` answered. */
export const uploadStepEvidenceInput = eightdStepRefInput.extend({ uploadId: id })
export const eightdEvidenceIdInput = z.object({ id })

export const eightdCostLineSchema = z.object({
  kind: z.enum(EIGHTD_COST_KINDS),
  description: text(200),
  amountFen: z.number().int('whole fen').min(0, 'a cost must not be negative').max(1_000_000_000),
  complaintId: id.nullable().default(null),
})
export const computeRecoveryInput = z.object({
  claimId: id,
  lines: z.array(eightdCostLineSchema).max(100),
  /** The recovery's version when recomputing; absent the first time. */
  version: version.optional(),
})
export const reviseRecoveryInput = z.object({
  claimId: id,
  amountFen: z.number().int('whole fen'),
  note: z.string().trim().max(1000).default(''),
  version,
})
export const acceptRecoveryInput = z.object({ claimId: id, version })
export const disputeRecoveryInput = z.object({ claimId: id, reason: z.string().trim().max(1000), version })

export const overdueBoardInput = pageInputSchema
export const saveEightdPolicyInput = z.object({
  settings: eightdSettingsSchema,
  baseVersion: versionNumber(0),
})
export const eightdScorecardInput = z.object({ supplierId: id.optional() })
