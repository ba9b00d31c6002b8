import { z } from 'zod'
import { HOUR } from '../shared/clock'
import { advance, budgetMs, durationSchema, measureOf, type SlaDuration, type WorkingCalendar } from '../sla'
import type { EightdStep } from './eightd.entity'
import { owedBySupplier } from './eightd.steps'
import { DISCIPLINES, type Discipline, EIGHTD_ESCALATION_LEVELS } from './eightd.vocabulary'

const h = (amount: number): SlaDuration => ({ amount, unit: 'hours' })
const d = (amount: number): SlaDuration => ({ amount, unit: 'calendar_days' })

/** HQ's 8D settings: a deadline per step counted from the claim's opening, escalation pace, handling fee. */
export const eightdSettingsSchema = z
  .object({
    deadlines: z.object(
      Object.fromEntries(DISCIPLINES.map((s) => [s, durationSchema])) as Record<
        Discipline,
        typeof durationSchema
      >,
    ),
    /** An overdue step rises one escalation level per this many hours past its deadline. */
    escalateEveryHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 30),
    /** Handling fee on top of the costs (管理费): a rate in basis points, with a floor and a cap. */
    handlingFee: z.object({
      rateBasisPoints: z.number().int().min(0).max(10_000),
      minimumFen: z.number().int().min(0).max(100_000_000),
      maximumFen: z.number().int().min(0).max(1_000_000_000),
    }),
  })
  .refine(
    (s) =>
      DISCIPLINES.every(
        (step, i) => i === 0 || budgetMs(s.deadlines[step]) >= budgetMs(s.deadlines[DISCIPLINES[i - 1]!]),
      ),
    { message: 'a later step may not be due before an earlier one', path: ['deadlines'] },
  )
export type EightdSettings = z.infer<typeof eightdSettingsSchema>
export type EightdPolicy = { version: number; effectiveFrom: Date; settings: EightdSettings }

/**
 * Defaults from the issue: D3 within 24 hours, D4 within 7 days, D5 within 10 days, D8 within 60 days.
 * A step without a default of its own is due with the next step that has one (D0–D2 with D3, D6–D7 with D8).
 */
export const DEFAULT_EIGHTD_SETTINGS: EightdSettings = {
  deadlines: {
    D0: h(24),
    D1: h(24),
    D2: h(24),
    D3: h(24),
    D4: d(7),
    D5: d(10),
    D6: d(60),
    D7: d(60),
    D8: d(60),
  },
  escalateEveryHours: 48,
  handlingFee: { rateBasisPoints: 1000, minimumFen: 20_000, maximumFen: 5_000_000 },
}

/** Each step's deadline for a claim opened at `openedAt`, on the working calendar where a rule counts working days. */
export function stepDeadlines(
  openedAt: Date,
  settings: EightdSettings,
  calendar: WorkingCalendar,
): Record<Discipline, Date> {
  return Object.fromEntries(
    DISCIPLINES.map((s) => {
      const rule = settings.deadlines[s]
      return [s, advance(calendar, openedAt, budgetMs(rule), measureOf(rule))]
    }),
  ) as Record<Discipline, Date>
}

type Owed = Pick<EightdStep, 'step' | 'status' | 'deadlineAt'>

/** The nearest deadline of a step the supplier still owes (draft or sent back), or null. */
export function nextDeadline(steps: readonly Owed[]): Date | null {
  const owed = steps.filter((s) => owedBySupplier(s.status)).map((s) => s.deadlineAt.getTime())
  return owed.length ? new Date(Math.min(...owed)) : null
}

export const isOverdue = (s: Owed, now: Date) =>
  owedBySupplier(s.status) && now.getTime() > s.deadlineAt.getTime()

export const MAX_EIGHTD_LEVEL = EIGHTD_ESCALATION_LEVELS.length

/**
 * The escalation levels an overdue step has reached: level 1 (supplier contact) as soon as it is
 * overdue, then one more per `escalateEveryHours`, up to 3 (HQ purchasing).
 */
export function levelsReached(deadlineAt: Date, now: Date, escalateEveryHours: number): number[] {
  const late = now.getTime() - deadlineAt.getTime()
  if (late <= 0) return []
  const n = Math.min(MAX_EIGHTD_LEVEL, 1 + Math.floor(late / (escalateEveryHours * HOUR)))
  return Array.from({ length: n }, (_, i) => i + 1)
}

export type EightdBreach = { step: Discipline; level: number }

/** Every (step, level) an open claim has reached as of `now`; the sweep escalates each exactly once. */
export function breachesOf(steps: readonly Owed[], now: Date, settings: EightdSettings): EightdBreach[] {
  return steps
    .filter((s) => isOverdue(s, now))
    .flatMap((s) =>
      levelsReached(s.deadlineAt, now, settings.escalateEveryHours).map((level) => ({ step: s.step, level })),
    )
}

export const escalationOwnerOf = (level: number) =>
  EIGHTD_ESCALATION_LEVELS[Math.min(Math.max(level, 1), MAX_EIGHTD_LEVEL) - 1]!
