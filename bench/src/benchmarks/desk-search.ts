import { sql } from 'drizzle-orm'
import type { BenchContext } from '../run/context'
import { ms, sequential } from '../run/load'
import type { Row } from '../run/results'
import { benchDeps, serveApi, trpcRead } from '../run/serve'

const PAGE = 50
const RUNS = 30
const GOAL_MS = 100

/**
 * The desk's search (issue 17): page 1 of `complaint.desk.list` for a fragment of a case number,
 * summary, VIN, customer name and phone, one user at a time (p95 of RUNS calls). The floor is the
 * same repository query run directly on the database, without HTTP, session or tRPC. Goal: p95 under
 * 100 ms at 1 000 000 complaints on PostgreSQL (pg_trgm GIN indexes, migration *_desk_search).
 */
export async function deskSearch(ctx: BenchContext): Promise<Row[]> {
  const h = await ctx.openBase()
  const one = async <T>(q: string) => ((await h.db.execute(sql.raw(q))) as unknown as { rows: T[] }).rows[0]!
  const c = await one<{
    number: string
    summary: string
    vin: string | null
    name: string
    phone: string | null
  }>(
    `select c.number, c.summary, c.vin, u.name, u.phone from complaints c join customers u on u.id = c.customer_id
     where c.vin is not null and u.phone is not null order by c.opened_at desc offset 100 limit 1`,
  )
  const cases: Array<[string, string]> = [
    ['number fragment', c.number.slice(-6)],
    ['summary fragment (Chinese)', [...c.summary].slice(1, 4).join('')],
    ['VIN fragment', (c.vin ?? '').slice(-8)],
    ['customer name fragment', [...c.name].slice(0, 3).join('')],
    ['phone fragment', (c.phone ?? '').slice(-7)],
    ['two characters (no trigram)', [...c.summary].slice(0, 2).join('')],
  ]
  const deps = benchDeps(h, ctx.asOf)
  const api = await serveApi(deps, () => h.ping())
  const out: Row[] = []
  try {
    for (const [label, q] of cases) {
      const real = await sequential(RUNS, () =>
        trpcRead(api.url, 'complaint.desk.list', { page: 1, pageSize: PAGE, q }, ctx.cookies.hq),
      )
      const floor = await sequential(RUNS, () =>
        deps.repos.complaints.list({ limit: PAGE, offset: 0, order: 'newest', q, now: deps.clock() }),
      )
      out.push({
        benchmark: `desk search: ${label} (“${q}”)`,
        figure: `p50 ${ms(real.p50)}, p95 ${ms(real.p95)}`,
        floor: `same query direct: p50 ${ms(floor.p50)}, p95 ${ms(floor.p95)}`,
        ratio: floor.p95 ? real.p95 / floor.p95 : null,
        goal: `p95 < ${GOAL_MS} ms (1 000 000 complaints, PostgreSQL)`,
        met: ctx.kind === 'postgres' && ctx.size === 'full' ? real.p95 < GOAL_MS : null,
      })
    }
  } finally {
    await api.close()
    await h.close()
  }
  return out
}
