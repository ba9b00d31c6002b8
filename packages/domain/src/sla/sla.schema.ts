import { z } from 'zod'
import { businessDateSchema } from '../shared/business-date.schema'
import { slaSettingsSchema } from './sla.policy'

const isoDate = businessDateSchema

export const updateSlaPolicyInput = z.object({
  settings: slaSettingsSchema,
  /** The version the editor started from: a concurrent change by someone else is refused. */
  baseVersion: z.number().int().min(0),
})

export const calendarDayKinds = ['holiday', 'workday'] as const
export const calendarDayInput = z.object({
  date: isoDate,
  kind: z.enum(calendarDayKinds),
  name: z.string().trim().min(1).max(60),
})
export type CalendarDayInput = z.infer<typeof calendarDayInput>

/** A year's schedule as the State Council publishes it: holidays plus make-up working days. */
export const importCalendarYearInput = z.object({
  year: z.number().int().min(2000).max(2100),
  days: z.array(calendarDayInput).max(120),
})

export const calendarYearInput = z.object({ year: z.number().int().min(2000).max(2100) })
export const deleteCalendarDayInput = z.object({ date: isoDate })
