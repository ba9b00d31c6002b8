import {
  DomainError,
  dashboardInputSchema,
  monthsOf,
  periodSchema,
  targetSetSchema,
  unitsInServiceSchema,
  versionNumber,
  warrantyBudgetSchema,
} from '@asq/domain'
import { z } from 'zod'
import { hqProcedure, router } from '../../trpc'
import { currentTargets, dashboard } from './kpi.dashboard'
import { kpiReportRouter } from './kpi.reports'
import { kpiScorecardProcedures } from './kpi.scorecards'
import { kpiSignalProcedures } from './kpi.signals'
import { kpiWorkbenchProcedures } from './kpi.workbench'

const editors = hqProcedure('hq_admin')
const money = hqProcedure('hq_admin', 'hq_finance')

/** What HQ watches: the dashboard, its targets and inputs, scorecards and early-warning signals. */
export const kpiRouter = router({
  dashboard: hqProcedure()
    .input(dashboardInputSchema)
    .query(({ ctx, input }) => dashboard(ctx.repos, input, ctx.clock())),
  targets: hqProcedure().query(({ ctx }) => currentTargets(ctx.repos)),
  setTargets: editors
    .input(z.object({ baseVersion: versionNumber(0), targets: targetSetSchema }))
    .mutation(({ ctx, input }) =>
      ctx.transact(async ({ repos, audit }) => {
        const current = await currentTargets(repos)
        const next = {
          version: input.baseVersion + 1,
          targets: input.targets,
          effectiveFrom: ctx.clock(),
          createdBy: ctx.actor.username,
        }
        if (current.version !== input.baseVersion || !(await repos.kpi.saveTargets(next)))
          throw new DomainError(
            'CONFLICT',
            'KPI.STALE',
            'The targets were changed by someone else meanwhile; reload them',
          )
        await audit({
          action: 'kpi.targets',
          entityType: 'kpi_targets',
          entityId: String(next.version),
          before: current.targets,
          after: input.targets,
        })
        return { version: next.version }
      }),
    ),
  units: hqProcedure()
    .input(z.object({ period: periodSchema }))
    .query(({ ctx, input }) => ctx.repos.kpi.listUnits(monthsOf(input.period))),
  productLines: hqProcedure().query(({ ctx }) => ctx.repos.kpi.productLines()),
  setUnits: editors.input(unitsInServiceSchema).mutation(({ ctx, input }) =>
    ctx.transact(async ({ repos, audit }) => {
      if (!(await repos.kpi.productLines()).some((l) => l.id === input.productLineId))
        throw new DomainError('BAD_INPUT', 'KPI.PRODUCT_LINE', 'No such product line', {
          field: 'productLineId',
        })
      const before = await repos.kpi.setUnits(input, ctx.actor.username, ctx.clock())
      await audit({
        action: 'kpi.units',
        entityType: 'kpi_units',
        entityId: `${input.month}/${input.productLineId}`,
        before: before === null ? null : { units: before },
        after: { units: input.units },
      })
      return { ok: true }
    }),
  ),
  setBudget: money.input(warrantyBudgetSchema).mutation(({ ctx, input }) =>
    ctx.transact(async ({ repos, audit }) => {
      const before = await repos.kpi.setBudget(input, ctx.actor.username, ctx.clock())
      await audit({
        action: 'kpi.budget',
        entityType: 'kpi_budget',
        entityId: input.month,
        before: before === null ? null : { budgetFen: before },
        after: { budgetFen: input.budgetFen },
      })
      return { ok: true }
    }),
  ),
  ...kpiScorecardProcedures,
  ...kpiSignalProcedures,
  reports: kpiReportRouter,
  ...kpiWorkbenchProcedures,
})
