import { chinaDate } from '@asq/domain'
import type { BenchContext } from '../run/context'
import type { Row } from '../run/results'
import { timeReads } from './reads'

/** The KPI dashboard for the network, a month and a year (issue 14's goal: p95 < 300 ms). */
export async function kpiDashboard(ctx: BenchContext): Promise<Row[]> {
  // China dates: the period a user in China would pick on the dashboard.
  const day = (offsetDays: number) => chinaDate(new Date(ctx.asOf.getTime() + offsetDays * 86_400_000))
  return timeReads(
    ctx,
    [
      {
        label: 'KPI dashboard, the network, last month',
        path: 'kpi.dashboard',
        input: { period: { from: day(-30), to: day(-1) } },
        goalMs: 300,
      },
      {
        label: 'KPI dashboard, the network, last year',
        path: 'kpi.dashboard',
        input: { period: { from: day(-365), to: day(-1) } },
        goalMs: 300,
      },
    ],
    ctx.size === 'tiny' ? 5 : 40,
  )
}
