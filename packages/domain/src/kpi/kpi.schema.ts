import { z } from 'zod'
import { assertPeriod } from './kpi.period'

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM')

export const periodSchema = z.object({ from: day, to: day }).superRefine((p, ctx) => {
  try {
    assertPeriod(p)
  } catch (e) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: (e as Error).message })
  }
})

export const SCOPE_KINDS = ['all', 'region', 'station', 'product_line', 'supplier'] as const
export type ScopeKind = (typeof SCOPE_KINDS)[number]

/** What the dashboard looks at: everything, or one region, station, product line or supplier. */
export const scopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('region'), region: z.string().min(1).max(60) }),
  z.object({ kind: z.literal('station'), stationId: z.string().uuid() }),
  z.object({ kind: z.literal('product_line'), productLineId: z.string().uuid() }),
  z.object({ kind: z.literal('supplier'), supplierId: z.string().uuid() }),
])
export type Scope = z.infer<typeof scopeSchema>

export const dashboardInputSchema = z.object({
  period: periodSchema,
  scope: scopeSchema.default({ kind: 'all' }),
})
export type DashboardInput = z.infer<typeof dashboardInputSchema>

/** HQ enters vehicles in service per month and product line: the denominator of complaint and return rates. */
export const unitsInServiceSchema = z.object({
  month: monthSchema,
  productLineId: z.string().uuid(),
  units: z.number().int().min(0).max(100_000_000),
})
export type UnitsInService = z.infer<typeof unitsInServiceSchema>

export const warrantyBudgetSchema = z.object({
  month: monthSchema,
  budgetFen: z.number().int().min(0).max(1e13),
})
export type WarrantyBudget = z.infer<typeof warrantyBudgetSchema>
