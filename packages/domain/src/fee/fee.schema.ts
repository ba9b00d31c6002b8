import { z } from 'zod'
import { pageInputSchema } from '../shared/paging'
import { versionNumber } from '../shared/version.schema'
import { MAX_PART_PRICE_FEN } from './fee.catalogue'
import {
  isoDateSchema,
  partCodeSchema,
  productLineCodeSchema,
  repairFields,
  withRepairChecks,
} from './fee.repair'
import {
  MAX_CALLOUT_FEE_FEN,
  MAX_EXTRA_PRICE_FEN,
  MAX_EXTRAS,
  MAX_LABOUR_RATE_FEN,
  MIN_LABOUR_RATE_FEN,
} from './fee.standard'
import {
  DEADLINE_SCOPES,
  DEALER_PARTS_REQUEST_STATUSES,
  OLD_PART_STATUSES,
  QUOTE_STATUSES,
  STANDARD_STATUSES,
  START_BASES,
  USAGE_UNITS,
} from './fee.vocabulary'

const id = z.uuid('not a valid id')
const version = versionNumber(1)
const requestId = z.uuid('clientRequestId must be a UUID')
const note = z.string().trim().max(500)
const priceFen = z
  .number()
  .int('whole fen')
  .min(0, 'a price cannot be negative')
  .max(MAX_PART_PRICE_FEN, 'not a plausible price')

// Catalogue
export const listCatalogueInput = pageInputSchema.extend({
  productLineCode: productLineCodeSchema.optional(),
  includeInactive: z.boolean().default(false),
})
export const partCodeInput = z.object({ code: partCodeSchema })
export const upsertPartInput = z.object({
  code: partCodeSchema,
  productLineCode: productLineCodeSchema,
  nameZh: z.string().trim().min(1, 'name is required').max(80),
  nameEn: z.string().trim().max(80).default(''),
  returnRequired: z.boolean(),
  active: z.boolean().default(true),
  costFen: priceFen,
  listFen: priceFen,
  /** Defaults to today; never in the past. */
  effectiveFrom: isoDateSchema.optional(),
})
export type UpsertPartInput = z.infer<typeof upsertPartInput>
export const IMPORT_FORMATS = ['csv', 'xlsx'] as const
export const importCatalogueInput = z.object({
  /** What the browser declared; the file's type is judged by its content, never by this. */
  format: z.enum(IMPORT_FORMATS).optional(),
  /** The file, base64-encoded; about 15 MB at most. */
  contentBase64: z.string().min(1, 'the file is empty').max(20_000_000, 'the file is too large'),
})
/** The list's filters (active parts only: the file imports back, and an import cannot deactivate). */
export const exportCatalogueInput = z.object({
  productLineCode: productLineCodeSchema.optional(),
  q: pageInputSchema.shape.q,
})

// Warranty terms
const cardSchema = z.object({
  labourRateFen: z.number().int().min(MIN_LABOUR_RATE_FEN).max(MAX_LABOUR_RATE_FEN).nullable().default(null),
  calloutFeeFen: z.number().int().min(0).max(MAX_CALLOUT_FEE_FEN).nullable().default(null),
  partPrices: z.record(partCodeSchema, priceFen).default({}),
  extras: z
    .record(
      // One name per line in the terms file, so a name cannot hold a line break.
      z
        .string()
        .trim()
        .min(1)
        .max(40)
        .regex(/^[^\r\n]*$/, 'no line breaks in a name'),
      z.number().int().min(0).max(MAX_EXTRA_PRICE_FEN),
    )
    .default({}),
})
export const listTermsInput = z.object({ productLineCode: productLineCodeSchema.optional() })
export const addTermsInput = z
  .object({
    productLineCode: productLineCodeSchema,
    /** Set for a per-part override of the product line's terms. */
    partCode: partCodeSchema.nullish(),
    months: z.number().int().min(0).max(240, 'at most 240 months'),
    usageLimit: z.number().int().min(1).max(10_000_000).nullable(),
    usageUnit: z.enum(USAGE_UNITS).default('km'),
    startBasis: z.enum(START_BASES).default('purchase'),
    effectiveFrom: isoDateSchema,
    card: cardSchema.nullish(),
  })
  .refine((t) => !(t.partCode && t.card), {
    message: 'the warranty card standard belongs to the product line terms, not to a part',
    path: ['card'],
  })
export type AddTermsInput = z.infer<typeof addTermsInput>

// Fee standards
export const feeExtraSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,40}$/, 'a code: letters, digits, _ and - only'),
  nameZh: z.string().trim().min(1).max(60),
  nameEn: z.string().trim().max(60).default(''),
  priceFen: z
    .number()
    .int('whole fen')
    .min(0, 'a price cannot be negative')
    .max(MAX_EXTRA_PRICE_FEN, 'more than 10 000 yuan for an extra service is not plausible'),
})
export const proposeStandardInput = z
  .object({
    clientRequestId: requestId,
    labourRateFen: z
      .number()
      .int('whole fen')
      .min(MIN_LABOUR_RATE_FEN, 'the labour rate must be positive')
      .max(MAX_LABOUR_RATE_FEN, 'more than 2 000 yuan per hour is not plausible'),
    calloutFeeFen: z
      .number()
      .int('whole fen')
      .min(0, 'a fee cannot be negative')
      .max(MAX_CALLOUT_FEE_FEN, 'more than 5 000 yuan per call-out is not plausible'),
    extras: z.array(feeExtraSchema).max(MAX_EXTRAS).default([]),
    effectiveFrom: isoDateSchema,
    note: note.nullish(),
  })
  .refine((s) => new Set(s.extras.map((e) => e.code)).size === s.extras.length, {
    message: 'each extra service code once',
    path: ['extras'],
  })
export type ProposeStandardInput = z.infer<typeof proposeStandardInput>
export const standardQueueInput = pageInputSchema.extend({ status: z.enum(STANDARD_STATUSES).optional() })
export const approveStandardInput = z.object({ id, version, note: note.nullish() })
export const rejectStandardInput = z.object({ id, version, note: note.min(1, 'say why it is rejected') })

// Simulation and quotes
export const simulateRepairInput = withRepairChecks(repairFields.extend({ stationId: id }))
export const createQuoteInput = withRepairChecks(
  repairFields.extend({
    clientRequestId: requestId,
    /** A customer's vehicle: its product line, purchase date and owner replace the typed ones. */
    vin: z.string().trim().toUpperCase().max(40).nullish(),
    finalise: z.boolean().default(false),
  }),
)
export type CreateQuoteInput = z.infer<typeof createQuoteInput>
export const finaliseQuoteInput = z.object({ id, version })
export const listQuotesInput = pageInputSchema.extend({ status: z.enum(QUOTE_STATUSES).optional() })

// Old parts
export const registerOldPartInput = z.object({
  clientRequestId: requestId,
  partCode: partCodeSchema,
  quantity: z.number().int().min(1).max(99),
  serial: z.string().trim().min(1, 'the vehicle or unit serial is required').max(40),
  replacedOn: isoDateSchema,
  quoteId: id.nullish(),
  note: note.nullish(),
})
export const oldPartStepInput = z.object({ id, version, note: note.nullish() })
export const listOldPartsInput = pageInputSchema.extend({
  status: z.enum(OLD_PART_STATUSES).optional(),
  overdueOnly: z.boolean().default(false),
  dealerId: id.optional(),
})
export const setReturnDeadlineInput = z.object({
  scope: z.enum(DEADLINE_SCOPES),
  /** The part code, the product line code, or '*' for the default. */
  key: z.string().trim().toUpperCase().min(1).max(40),
  days: z.number().int().min(1, 'at least 1 day').max(365, 'at most 365 days'),
})
export const removeReturnDeadlineInput = setReturnDeadlineInput.pick({ scope: true, key: true })

// Dealer parts requests
export const raisePartsRequestInput = z.object({
  clientRequestId: requestId,
  lines: z
    .array(z.object({ partCode: partCodeSchema, quantity: z.number().int().min(1).max(999) }))
    .min(1, 'add at least one part')
    .max(50),
  note: note.nullish(),
})
export const confirmPartsRequestInput = z.object({
  id,
  version,
  costTotalFen: z
    .number()
    .int('whole fen')
    .min(0, 'a cost cannot be negative')
    .max(2_000_000_000, 'not a plausible cost'),
  estimatedShipDate: isoDateSchema,
})
export const dealerPartsRequestStepInput = z.object({ id, version })
export const listPartsRequestsInput = pageInputSchema.extend({
  status: z.enum(DEALER_PARTS_REQUEST_STATUSES).optional(),
  dealerId: id.optional(),
})
export const confirmedDebitsInput = z.object({
  dealerId: id,
  period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM'),
})
export const stationStockInput = z.object({ dealerId: id })
