import { z } from 'zod'
import { isIsoDate } from '../shared/china-time'

export const isoDateSchema = z.string().trim().refine(isIsoDate, 'a date as YYYY-MM-DD')
export const partCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9._/-]{0,39}$/, 'a part code: letters, digits and . _ / - only')
export const productLineCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9-]{1,20}$/, 'a product line code')

/** Labour hours to the hundredth (0.01 h); kept exact as an integer count of hundredths. */
export const hoursSchema = z
  .number()
  .positive('hours must be more than 0')
  .max(200, 'at most 200 hours on one line')
  .refine((h) => Math.abs(h * 100 - Math.round(h * 100)) < 1e-6, 'hours in steps of 0.01')
export const hundredthsOf = (hours: number) => Math.round(hours * 100)

/** A repair to price: the unit (product line, serial, dates, usage) and the work on it. */
export const repairFields = z.object({
  productLineCode: productLineCodeSchema,
  serial: z.string().trim().max(40).default(''),
  purchaseDate: isoDateSchema,
  deliveryDate: isoDateSchema.nullish(),
  /** Mileage (km) or running hours, in the unit of the product line's warranty terms. */
  usage: z.number().int('whole km or hours').min(0, 'usage cannot be negative').max(10_000_000),
  repairDate: isoDateSchema,
  parts: z
    .array(z.object({ partCode: partCodeSchema, quantity: z.number().int().min(1).max(999) }))
    .max(50)
    .default([]),
  labour: z
    .array(
      z.object({
        hours: hoursSchema,
        /** The part this labour replaces: then it follows that part's warranty. */
        partCode: partCodeSchema.nullish(),
        description: z.string().trim().max(120).nullish(),
      }),
    )
    .max(50)
    .default([]),
  callout: z.boolean().default(false),
  extras: z
    .array(z.object({ code: z.string().trim().min(1).max(40), quantity: z.number().int().min(1).max(99) }))
    .max(20)
    .default([]),
})

type RepairShape = z.infer<typeof repairFields>
/** The checks across fields of a repair, for any schema that extends `repairFields`. */
export const withRepairChecks = <S extends z.ZodType<RepairShape>>(schema: S) =>
  schema
    .refine((r) => r.purchaseDate <= r.repairDate, {
      message: 'the repair is before the purchase',
      path: ['repairDate'],
    })
    .refine((r) => r.parts.length + r.labour.length + r.extras.length > 0 || r.callout, {
      message: 'add at least one part, labour line, call-out or extra service',
      path: ['parts'],
    })
export const repairInputSchema = withRepairChecks(repairFields)
export type RepairInput = z.infer<typeof repairFields>
