import { z } from 'zod'
import { businessDateSchema } from '../shared/business-date.schema'
import { versionNumber } from '../shared/version.schema'
import { slaSettingsSchema } from './sla.policy'

const isoDate = businessDateSchema

export const updateSlaPolicyInput = z.object({
  settings: slaSettingsSchema,
  /** The version the editor started from: a concurrent change by someone else is refused. */
  baseVersion: versionNumber(0),
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

const minute = z.number().int().min(0).max(1440)
/** One weekday's opening intervals: in order, not overlapping (a lunch break is a gap). */
const dayHours = z
  .array(z.object({ from: minute, to: minute }).refine((i) => i.from < i.to, 'opens before it closes'))
  .max(4)
  .refine(
    (d) => d.every((iv, i) => i === 0 || d[i - 1]!.to <= iv.from),
    'intervals in order, not overlapping',
  )

/** HQ's desk or a station: opening hours for Sunday … Saturday and its own extra closures. */
export const openingHoursInput = z.object({
  orgId: z.uuid(),
  hours: z.array(dayHours).length(7),
  closures: z.array(isoDate).max(60).default([]),
  /** The version the editor started from (0 when none was set): a concurrent change is refused. */
  baseVersion: versionNumber(0),
})
export const openingHoursOfInput = z.object({ orgId: z.uuid() })
