import { chinaDate } from '@asq/domain'
import type { BenchContext } from '../run/context'
import type { Row } from '../run/results'
import { timeReads } from './reads'

/** Survey results (network, one year) and the 8D supplier scorecards: p95 < 300 ms. */
export async function surveyAndScorecard(ctx: BenchContext): Promise<Row[]> {
  const from = chinaDate(new Date(ctx.asOf.getTime() - 365 * 86_400_000))
  const to = chinaDate(new Date(ctx.asOf.getTime() - 86_400_000))
  return timeReads(
    ctx,
    [
      {
        label: 'survey results, the network over a year',
        path: 'survey.hq.results',
        input: { from, to },
        goalMs: 300,
      },
      { label: '8D scorecard, every supplier', path: 'eightd.hq.scorecard', input: {}, goalMs: 300 },
      {
        label: '8D supplier scorecard (KPI), one supplier ranked',
        path: 'kpi.supplierScorecard',
        input: { supplierId: ctx.supplierId, period: { from, to } },
        goalMs: 300,
      },
    ],
    ctx.size === 'tiny' ? 5 : 40,
  )
}
