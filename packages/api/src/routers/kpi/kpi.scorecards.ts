import type { Actor, KpiPeriod, Repositories } from '@asq/domain'
import {
  chinaDayEnd,
  chinaDayStart,
  computeFigures,
  emptyScorecardTotals,
  emptyTally,
  isStationFigure,
  notFound,
  noticeTally,
  periodSchema,
  SUPPLIER_FIGURES,
  scorecardFromTotals,
} from '@asq/domain'
import { z } from 'zod'
import { staffProcedure } from '../../trpc'
import { dashboard } from './kpi.dashboard'

/** HQ sees every scorecard; a station or supplier only its own (another's is NOT_FOUND, like a missing one). */
async function visibleOrg(repos: Repositories, actor: Actor, id: string, kind: 'dealer' | 'supplier') {
  if (actor.kind !== 'staff') throw notFound(kind === 'dealer' ? 'station' : 'supplier')
  const mayRead = actor.orgKind === 'hq' || (actor.orgKind === kind && actor.orgId === id)
  const org = mayRead ? await repos.organisations.byId(id) : null
  if (org?.kind !== kind) throw notFound(kind === 'dealer' ? 'station' : 'supplier')
  return org
}

const RANKED = ['closure_rate', 'timely_response_rate', 'timely_completion_rate'] as const

/** Each station's place among its peers (1 = best) on the rates, over the period. */
async function stationRanking(repos: Repositories, period: KpiPeriod, stationId: string) {
  const rows = await repos.kpi.countersBy('station', period)
  const figures = rows.map((r) => ({
    key: r.key,
    f: computeFigures({
      complaints: { ...emptyTally(), ...r.counters },
      unitsInService: null,
      claimLines: 0,
      warrantyCostFen: 0,
      budgetFen: null,
      survey: { delivered: 0, answered: 0, csi: null, nps: null },
      eightd: { stepDaysAvg: null, overdueClaims: 0 },
      recovery: { claimedFen: 0, acceptedFen: 0 },
    }),
  }))
  return RANKED.map((figure) => {
    const ranked = figures.filter((x) => x.f[figure] !== null).sort((a, b) => b.f[figure]! - a.f[figure]!)
    const mine = ranked.find((x) => x.key === stationId)
    // Ties share the better place.
    const rank = mine ? ranked.findIndex((x) => x.f[figure] === mine.f[figure]) + 1 : null
    return { figure, rank, of: ranked.length }
  })
}

const stationInput = z.object({ stationId: z.string().uuid(), period: periodSchema })
const supplierInput = z.object({ supplierId: z.string().uuid(), period: periodSchema })

export const kpiScorecardProcedures = {
  stationScorecard: staffProcedure.input(stationInput).query(async ({ ctx, input }) => {
    const org = await visibleOrg(ctx.repos, ctx.actor, input.stationId, 'dealer')
    const scope = { kind: 'station' as const, stationId: org.id }
    const range = { from: chinaDayStart(input.period.from), to: chinaDayEnd(input.period.to) }
    const [d, ranking, notices] = await Promise.all([
      dashboard(ctx.repos, { period: input.period, scope }, ctx.clock()),
      stationRanking(ctx.repos, input.period, org.id),
      ctx.repos.improvement.notices.approvedFor(org.id, range),
    ])
    return {
      org: { id: org.id, code: org.code, nameZh: org.nameZh, nameEn: org.nameEn, region: org.region },
      period: d.period,
      figures: d.figures.filter((f) => isStationFigure(f.figure) && (f.value !== null || f.target !== null)),
      trend: d.trend,
      pareto: d.pareto,
      ranking,
      /**
       * Reward/penalty notices approved in the period (issue 18): how many, rewards less penalties, and
       * each one newest first as the station itself reads it (HQ's people and drafts stay at HQ).
       */
      notices: {
        ...noticeTally(notices),
        items: [...notices].reverse().map((n) => ({
          id: n.id,
          kind: n.kind,
          amountFen: n.amountFen,
          reason: n.reason,
          personName: n.personName,
          decidedAt: n.decidedAt,
        })),
      },
    }
  }),
  supplierScorecard: staffProcedure.input(supplierInput).query(async ({ ctx, input }) => {
    const org = await visibleOrg(ctx.repos, ctx.actor, input.supplierId, 'supplier')
    // Every supplier's sums in one grouped query (the ranking needs them all), none loaded claim by claim.
    const totals = await ctx.repos.eightd.scorecard.totals(null)
    const cards = [...totals].map(([id, t]) => ({ id, card: scorecardFromTotals(t) }))
    const ranked = cards
      .filter((c) => c.card.onTimeStepRate !== null)
      .sort((a, b) => b.card.onTimeStepRate! - a.card.onTimeStepRate!)
    const mine = scorecardFromTotals(totals.get(org.id) ?? emptyScorecardTotals())
    const d = await dashboard(
      ctx.repos,
      { period: input.period, scope: { kind: 'supplier', supplierId: org.id } },
      ctx.clock(),
    )
    const rank = ranked.findIndex((c) => c.card.onTimeStepRate === mine.onTimeStepRate)
    return {
      org: { id: org.id, code: org.code, nameZh: org.nameZh, nameEn: org.nameEn },
      period: d.period,
      figures: d.figures.filter((f) => SUPPLIER_FIGURES.includes(f.figure)),
      scorecard: mine,
      ranking: [
        {
          figure: 'on_time_step_rate',
          rank: mine.onTimeStepRate === null ? null : rank + 1,
          of: ranked.length,
        },
      ],
    }
  }),
}
