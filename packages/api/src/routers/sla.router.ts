import {
  calendarDayInput,
  calendarYearInput,
  DEFAULT_SLA_SETTINGS,
  DomainError,
  deleteCalendarDayInput,
  importCalendarYearInput,
  updateSlaPolicyInput,
} from '@asq/domain'
import { hqProcedure, router } from '../trpc'

/** HQ's SLA policy (versioned) and the working calendar (holidays and make-up working days). */
export const slaRouter = router({
  policy: hqProcedure().query(
    async ({ ctx }) =>
      (await ctx.repos.sla.currentPolicy()) ?? {
        version: 0,
        effectiveFrom: null,
        settings: DEFAULT_SLA_SETTINGS,
      },
  ),
  updatePolicy: hqProcedure('hq_admin')
    .input(updateSlaPolicyInput)
    .mutation(({ ctx, input }) =>
      ctx.transact(async ({ repos, audit }) => {
        const current = await repos.sla.currentPolicy()
        if ((current?.version ?? 0) !== input.baseVersion) {
          throw new DomainError(
            'CONFLICT',
            'SLA.STALE',
            'The policy was changed by someone else meanwhile; reload it and apply your change again',
          )
        }
        const next = {
          version: input.baseVersion + 1,
          settings: input.settings,
          effectiveFrom: ctx.clock(),
          createdBy: ctx.actor.username,
        }
        if (!(await repos.sla.savePolicy(next)))
          throw new DomainError(
            'CONFLICT',
            'SLA.STALE',
            'The policy was changed by someone else meanwhile; reload it',
          )
        await audit({
          action: 'sla.update',
          entityType: 'sla_policy',
          entityId: String(next.version),
          before: current?.settings ?? DEFAULT_SLA_SETTINGS,
          after: input.settings,
        })
        return next
      }),
    ),
  calendarYear: hqProcedure()
    .input(calendarYearInput)
    .query(({ ctx, input }) => ctx.repos.sla.calendarYear(input.year)),
  upsertDay: hqProcedure('hq_admin')
    .input(calendarDayInput)
    .mutation(({ ctx, input }) =>
      ctx.transact(async ({ repos, audit }) => {
        const before = await repos.sla.upsertDay(input)
        await audit({
          action: 'calendar.upsert',
          entityType: 'calendar_day',
          entityId: input.date,
          before,
          after: input,
        })
        return input
      }),
    ),
  deleteDay: hqProcedure('hq_admin')
    .input(deleteCalendarDayInput)
    .mutation(({ ctx, input }) =>
      ctx.transact(async ({ repos, audit }) => {
        const before = await repos.sla.deleteDay(input.date)
        await audit({
          action: 'calendar.delete',
          entityType: 'calendar_day',
          entityId: input.date,
          before,
          after: null,
        })
        return { deleted: before !== null }
      }),
    ),
  /** Replaces a year's exceptions with the State Council's published schedule, all or nothing. */
  importYear: hqProcedure('hq_admin')
    .input(importCalendarYearInput)
    .mutation(({ ctx, input }) =>
      ctx.transact(async ({ repos, audit }) => {
        const outside = input.days.findIndex((d) => !d.date.startsWith(`${input.year}-`))
        if (outside >= 0)
          throw new DomainError(
            'BAD_INPUT',
            'CALENDAR.WRONG_YEAR',
            `Day ${input.days[outside]!.date} is not in ${input.year}`,
            { field: `days.${outside}.date` },
          )
        const before = await repos.sla.calendarYear(input.year)
        await repos.sla.replaceYear(input.year, input.days)
        await audit({
          action: 'calendar.import',
          entityType: 'calendar_year',
          entityId: String(input.year),
          before,
          after: input.days,
        })
        return { year: input.year, days: input.days.length }
      }),
    ),
})
