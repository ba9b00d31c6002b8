import type { Discipline, EightdTotals, KpiPeriod } from '@asq/domain'
import { chinaDayEnd, chinaDayStart } from '@asq/domain'
import { sql } from 'drizzle-orm'
import type { Database } from '../client'
import { STEP_SECONDS, STEPS_WITH_PREVIOUS } from './eightd-scorecard.query'

type StepRow = { step: Discipline; approved: number; timed: number; ms: string }

/**
 * The 8D totals of the KPI figures in two grouped queries: per discipline, the approved steps of the
 * claims opened in the period (China dates), those with the approved submission known and their
 * milliseconds summed exactly; and the open claims with a step not approved past its deadline at
 * `now`. Every supplier's claims when `supplierId` is null.
 */
export async function kpiEightdTotals(
  db: Database,
  period: KpiPeriod,
  supplierId: string | null,
  now: Date,
): Promise<EightdTotals> {
  // Claims are only opened against suppliers (eightd.open), so "every supplier" is every claim: no
  // semi-join whose guessed selectivity (a tenth of the claims) led PostgreSQL to nested loops.
  const which = supplierId ? sql`c.supplier_id = ${supplierId}` : sql`true`
  const from = chinaDayStart(period.from).toISOString()
  const to = chinaDayEnd(period.to).toISOString()
  const [steps, overdue] = await Promise.all([
    db.execute(sql`
      select s.step, count(*)::int as approved, count(rv.claim_id)::int as timed,
        coalesce(sum(${STEP_SECONDS} * 1000) filter (where rv.claim_id is not null), 0)::text as ms
      from eightd_claims c ${STEPS_WITH_PREVIOUS}
      where ${which} and c.opened_at >= ${from}::timestamptz and c.opened_at < ${to}::timestamptz
        and s.approved_at is not null
      group by s.step`) as unknown as Promise<{ rows: StepRow[] }>,
    db.execute(sql`
      select count(*)::int as n from eightd_claims c
      where ${which} and c.closed_at is null and exists (select 1 from eightd_steps s
        where s.claim_id = c.id and s.approved_at is null and s.deadline_at < ${now.toISOString()}::timestamptz)`) as unknown as Promise<{
      rows: { n: number }[]
    }>,
  ])
  return {
    steps: steps.rows.map((r) => ({ step: r.step, approved: r.approved, timed: r.timed, ms: Number(r.ms) })),
    overdueClaims: overdue.rows[0]?.n ?? 0,
  }
}
