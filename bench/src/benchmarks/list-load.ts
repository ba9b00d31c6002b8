import type { ComplaintFilter } from '@asq/domain'
import { Hono } from 'hono'
import type { BenchContext } from '../run/context'
import { closedLoop, type LoadFigures, ms } from '../run/load'
import type { Row } from '../run/results'
import { benchDeps, serveApi, serveBare, trpcGet } from '../run/serve'

export type ListCase = {
  label: string
  /** The procedure's input, as the screen sends it. */
  input: Record<string, unknown>
  /** The repository filter the procedure builds from it (the bare route runs exactly this). */
  filter: Omit<ComplaintFilter, 'now'>
}

const P99_GOAL_MS = 50
const SHARE_GOAL = 0.75

const show = (f: LoadFigures) =>
  `p99 ${ms(f.p99)}, ${f.perSecond.toFixed(0)} req/s${f.errors ? `, ${f.errors} errors (${f.firstError})` : ''}`

/**
 * Each case under load twice on the same database and pool: through the real API (session, tRPC,
 * superjson, compression) and through a bare Hono route calling the same repository query. Goal:
 * p99 < 50 ms and at least 75 % of the bare route's throughput.
 */
export async function compareLists(
  ctx: BenchContext,
  name: string,
  path: string,
  cookie: string,
  cases: ListCase[],
): Promise<Row[]> {
  const h = await ctx.openBase()
  const deps = benchDeps(h, ctx.asOf)
  const bare = new Hono().get('/list', async (c) => {
    const filter = JSON.parse(c.req.query('f')!) as Omit<ComplaintFilter, 'now'>
    return c.json(await deps.repos.complaints.list({ ...filter, now: deps.clock() }))
  })
  const [api, floor] = await Promise.all([serveApi(deps, () => h.ping()), serveBare(bare)])
  const out: Row[] = []
  try {
    for (const c of cases) {
      const f = JSON.stringify(c.filter)
      const viaApi = () => trpcGet(api.url, path, c.input, cookie)
      const viaBare = () => fetch(`${floor.url}/list?f=${encodeURIComponent(f)}`)
      // Unmeasured warm-up of both sides first (JIT, the pool's connections, the pages' cache), so the
      // first case does not pay for it on one side only.
      const warm = Math.max(1, Math.round(ctx.seconds / 5))
      await closedLoop(ctx.connections, warm, viaApi)
      await closedLoop(ctx.connections, warm, viaBare)
      const real = await closedLoop(ctx.connections, ctx.seconds, viaApi)
      const base = await closedLoop(ctx.connections, ctx.seconds, viaBare)
      const share = base.perSecond ? real.perSecond / base.perSecond : null
      out.push({
        benchmark: `${name}: ${c.label}`,
        figure: show(real),
        floor: `bare route: ${show(base)}`,
        ratio: share,
        goal: `p99 < ${P99_GOAL_MS} ms, ≥ ${SHARE_GOAL * 100} % of bare`,
        met: real.errors === 0 && real.p99 < P99_GOAL_MS && share !== null && share >= SHARE_GOAL,
      })
    }
  } finally {
    await Promise.all([api.close(), floor.close()])
    await h.close()
  }
  return out
}
