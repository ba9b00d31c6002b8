import { z } from 'zod'
import { DAY, HOUR } from '../shared/clock'
import type { Measure } from './sla.calendar'

/** The clocks a complaint runs at once. */
export const CLOCKS = [
  'response',
  'resolution',
  'countermeasure',
  'station_completion',
  'tech_support',
] as const
export type ClockName = (typeof CLOCKS)[number]

/**
 * `hours` and `calendar_days` run round the clock; `working_days` counts whole working dates (all 24
 * hours of each, as before opening hours existed, so existing policies keep their meaning);
 * `working_hours` counts only the opening hours of whoever owes the answer.
 */
export const DURATION_UNITS = ['hours', 'calendar_days', 'working_days', 'working_hours'] as const
export const durationSchema = z.object({
  amount: z.number().int('whole units only').min(1).max(365),
  unit: z.enum(DURATION_UNITS),
})
export type SlaDuration = z.infer<typeof durationSchema>

/** The complaint states that may pause clocks (a policy setting; by default nothing pauses). */
export const PAUSABLE_STATES = ['awaiting_parts', 'awaiting_customer', 'awaiting_tech'] as const
export type PausableState = (typeof PAUSABLE_STATES)[number]

export const slaSettingsSchema = z.object({
  response: durationSchema,
  resolutionGeneral: durationSchema,
  resolutionMajor: durationSchema,
  countermeasure: durationSchema,
  stationCompletion: durationSchema,
  techSupport: durationSchema,
  /** For each pausable state, which clocks stop running while the complaint is in it. */
  pauses: z.object({
    awaiting_parts: z.array(z.enum(CLOCKS)),
    awaiting_customer: z.array(z.enum(CLOCKS)),
    awaiting_tech: z.array(z.enum(CLOCKS)),
  }),
  /** Goodwill a handler may grant without a manager, per role, in fen (核决权限). */
  compensationAuthorityFen: z.object({
    dealer_staff: z.number().int().min(0).max(100_000_000),
    dealer_manager: z.number().int().min(0).max(100_000_000),
    hq_service: z.number().int().min(0).max(100_000_000),
    hq_admin: z.number().int().min(0).max(100_000_000),
  }),
  /** A clock within this share of its budget counts as "near breach" on the escalation board. */
  nearBreachPercent: z.number().int().min(1).max(99),
})
export type SlaSettings = z.infer<typeof slaSettingsSchema>

/** The defaults from the complaint-handling rules (HQ may change every figure). */
export const DEFAULT_SLA_SETTINGS: SlaSettings = {
  response: { amount: 24, unit: 'hours' },
  resolutionGeneral: { amount: 3, unit: 'calendar_days' },
  resolutionMajor: { amount: 15, unit: 'calendar_days' },
  countermeasure: { amount: 7, unit: 'calendar_days' },
  stationCompletion: { amount: 5, unit: 'working_days' },
  techSupport: { amount: 2, unit: 'working_days' },
  pauses: { awaiting_parts: [], awaiting_customer: [], awaiting_tech: [] },
  compensationAuthorityFen: {
    dealer_staff: 20_000,
    dealer_manager: 100_000,
    hq_service: 500_000,
    hq_admin: 5_000_000,
  },
  nearBreachPercent: 20,
}

export type SlaPolicy = { version: number; effectiveFrom: Date; settings: SlaSettings }

export const budgetMs = (d: SlaDuration) =>
  d.amount * (d.unit === 'hours' || d.unit === 'working_hours' ? HOUR : DAY)
export const measureOf = (d: SlaDuration): Measure =>
  d.unit === 'working_days' ? 'working_days' : d.unit === 'working_hours' ? 'working_hours' : 'calendar'

/**
 * Whose calendar a clock runs on: the station's for what the station owes (its response, its work,
 * the resolution it delivers), HQ's desk for what HQ owes (technical support, countermeasures, and
 * every clock of a case with no station).
 */
export const clockOwner = (clock: ClockName, hasStation: boolean): 'station' | 'hq' =>
  hasStation && (clock === 'response' || clock === 'resolution' || clock === 'station_completion')
    ? 'station'
    : 'hq'
