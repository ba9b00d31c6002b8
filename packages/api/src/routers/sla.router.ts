import {
  advance,
  budgetMs,
  calendarDayInput,
  calendarYearInput,
  DEFAULT_SLA_SETTINGS,
  DomainError,
  deleteCalendarDayInput,
  importCalendarYearInput,
  measureOf,
  notFound,
  noticeDays,
  noticeSchema,
  openingHoursInput,
  openingHoursOfInput,
  sameYearDays,
  updateSlaPolicyInput,
  yearsWithoutCalendar,
} from '@asq/domain'
import { dealerProcedure, hqProcedure, router } from '../trpc'
import { loadSla } from './complaint/complaint.service'

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
  /**
   * Loads a year from the State Council notice's own shape (holiday ranges with their 调休上班 days),
   * replacing that year's days, all or nothing; the shipped notices are sent as they are (one click).
   */
  importNotice: hqProcedure('hq_admin')
    .input(noticeSchema)
    .mutation(({ ctx, input }) =>
      ctx.transact(async ({ repos, audit }) => {
        const days = noticeDays(input)
        const before = await repos.sla.calendarYear(input.year)
        const summary = {
          year: input.year,
          holidays: days.filter((d) => d.kind === 'holiday').length,
          days: days.length,
        }
        // Loaded a second time: the year is already so, nothing is written.
        if (sameYearDays(before, days)) return { ...summary, unchanged: true }
        await repos.sla.replaceYear(input.year, days)
        await audit({
          action: 'calendar.import_notice',
          entityType: 'calendar_year',
          entityId: String(input.year),
          before,
          after: days,
        })
        return { ...summary, unchanged: false }
      }),
    ),
  /**
   * Which years have a holiday calendar, and which years a deadline set now may run into without one
   * (the longest clock of the policy, counted on HQ's calendar): HQ is warned to load them.
   */
  calendarCoverage: hqProcedure().query(async ({ ctx }) => {
    const sla = await loadSla(ctx.repos)
    const now = ctx.clock()
    const { pauses: _p, compensationAuthorityFen: _c, nearBreachPercent: _n, ...clocks } = sla.settings
    const durations = Object.values(clocks)
    const latest = Math.max(
      ...durations.map((d) => advance(sla.calendar, now, budgetMs(d), measureOf(d)).getTime()),
    )
    return {
      loadedYears: [...sla.loadedYears].sort(),
      missingYears: yearsWithoutCalendar(sla.loadedYears, now, new Date(latest)),
    }
  }),
  /** A station's own opening hours (read-only for it), and HQ's desk hours it falls back on. */
  ownOpeningHours: dealerProcedure().query(async ({ ctx }) => {
    const [own, all] = await Promise.all([
      ctx.repos.sla.openingHoursOf(ctx.dealerId),
      ctx.repos.sla.allOpeningHours(),
    ])
    const hq = all.find((h) => h.orgKind === 'hq') ?? null
    return {
      own: own ? { hours: own.hours, closures: own.closures } : null,
      hq: hq ? { hours: hq.hours } : null,
    }
  }),
  openingHours: hqProcedure()
    .input(openingHoursOfInput)
    .query(async ({ ctx, input }) => (await ctx.repos.sla.openingHoursOf(input.orgId)) ?? null),
  /** HQ sets its desk's or a station's opening hours and extra closures (holidays stay HQ's). */
  setOpeningHours: hqProcedure('hq_admin')
    .input(openingHoursInput)
    .mutation(({ ctx, input }) =>
      ctx.transact(async ({ repos, audit }) => {
        const org = await repos.organisations.byId(input.orgId)
        if (!org || org.kind === 'supplier') throw notFound('organisation')
        const before = await repos.sla.openingHoursOf(input.orgId)
        const saved = await repos.sla.saveOpeningHours(
          {
            orgId: input.orgId,
            hours: input.hours,
            closures: input.closures,
            by: ctx.actor.username,
            at: ctx.clock(),
          },
          input.baseVersion,
        )
        if (!saved)
          throw new DomainError(
            'CONFLICT',
            'SLA.STALE',
            'The opening hours were changed by someone else meanwhile; reload them',
          )
        await audit({
          action: 'calendar.opening_hours',
          entityType: 'organisation',
          entityId: input.orgId,
          before,
          after: { hours: input.hours, closures: input.closures },
        })
        return { orgId: input.orgId, version: input.baseVersion + 1 }
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
        if (sameYearDays(before, input.days))
          return { year: input.year, days: input.days.length, unchanged: true }
        await repos.sla.replaceYear(input.year, input.days)
        await audit({
          action: 'calendar.import',
          entityType: 'calendar_year',
          entityId: String(input.year),
          before,
          after: input.days,
        })
        return { year: input.year, days: input.days.length, unchanged: false }
      }),
    ),
})
