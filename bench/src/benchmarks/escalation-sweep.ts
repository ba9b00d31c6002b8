import { runEscalationSweep } from '@asq/api'
import { sql } from 'drizzle-orm'
import type { BenchContext } from '../run/context'
import { ms, secs } from '../run/load'
import type { Row } from '../run/results'
import { benchDeps } from '../run/serve'

const PASS = 500
/** The sweep is scheduled every minute: a pass is bounded when it ends well before the next. */
const BOUND_MS = 30_000

/**
 * One pass of the complaint escalation sweep over the network's overdue cases (a copy of the data:
 * it escalates), beside its candidate query alone. The SLA policy loads are counted: once a pass.
 */
export async function escalationSweep(ctx: BenchContext): Promise<Row[]> {
  const h = await ctx.openCopy()
  try {
    const deps = benchDeps(h, ctx.asOf)
    const now = deps.clock()
    const overdue = (
      (await h.db.execute(
        sql`select count(*)::int as n from complaints where status <> 'closed' and next_due_at <= ${now}`,
      )) as unknown as { rows: { n: number }[] }
    ).rows[0]!.n
    let policyLoads = 0
    const sla = deps.repos.sla
    const counted = {
      ...deps.repos,
      sla: {
        ...sla,
        currentPolicy: () => {
          policyLoads++
          return sla.currentPolicy()
        },
      },
    }
    const t0 = performance.now()
    await deps.repos.complaints.dueForSweep(now, PASS)
    const floor = performance.now() - t0
    const t1 = performance.now()
    const r = await runEscalationSweep({ ...deps, repos: counted }, PASS)
    const pass = performance.now() - t1
    return [
      {
        benchmark: `escalation sweep: one pass (${PASS} candidates) over ${overdue.toLocaleString('en-US')} overdue cases`,
        figure: `${secs(pass)}, ${r.checked} checked, ${r.escalated} escalated, policy loaded ${policyLoads}×`,
        floor: `its candidate query: ${ms(floor)}`,
        ratio: pass / floor,
        goal: `bounded (< ${BOUND_MS / 1000} s a pass), policy once`,
        met: pass < BOUND_MS && policyLoads === 1,
      },
    ]
  } finally {
    await h.close()
  }
}
