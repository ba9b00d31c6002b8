import type { DatabaseHandle } from '@asq/db'
import type { BenchContext } from '../run/context'
import { BENCH_TOKENS, prepareDatabase } from '../run/context'
import { closedLoop, type LoadFigures, ms } from '../run/load'
import type { Row } from '../run/results'
import { benchDeps, serveApi, trpcGet } from '../run/serve'

const show = (f: LoadFigures) => `p99 ${ms(f.p99)}, ${f.perSecond.toFixed(0)} req/s`

async function deskLoad(ctx: BenchContext, h: DatabaseHandle) {
  const api = await serveApi(benchDeps(h, ctx.asOf), () => h.ping())
  try {
    return await closedLoop(ctx.connections, ctx.seconds, () =>
      trpcGet(api.url, 'complaint.desk.list', { page: 1, pageSize: 50 }, BENCH_TOKENS.hq),
    )
  } finally {
    await api.close()
  }
}

/**
 * The same workload (the desk's page 1, 20 connections) on embedded PGlite and on PostgreSQL, with
 * the same generated network. On a PostgreSQL run the PGlite copy is generated here; on a PGlite run
 * there is nothing to compare against, and the row says so.
 */
export async function engines(ctx: BenchContext): Promise<Row[]> {
  if (ctx.kind !== 'postgres')
    return [
      {
        benchmark: 'PGlite vs PostgreSQL, desk page 1',
        figure: 'not measured: this run is on PGlite (give --url for both)',
        floor: '—',
        ratio: null,
        goal: 'reported (README: when to move)',
        met: null,
      },
    ]
  const base = await ctx.openBase()
  const pgFigures = await deskLoad(ctx, base).finally(() => base.close())
  const lite = await prepareDatabase({ size: ctx.size, seed: ctx.seed, asOf: ctx.asOf, kpi: false })
  try {
    const h = await lite.openBase()
    const liteFigures = await deskLoad(ctx, h).finally(() => h.close())
    return [
      {
        benchmark: `PGlite vs PostgreSQL, desk page 1, ${ctx.connections} connections (same network)`,
        figure: `PGlite: ${show(liteFigures)}`,
        floor: `PostgreSQL: ${show(pgFigures)}`,
        ratio: pgFigures.perSecond / liteFigures.perSecond,
        goal: 'reported: PostgreSQL throughput ÷ PGlite',
        met: null,
      },
    ]
  } finally {
    await lite.dispose()
  }
}
