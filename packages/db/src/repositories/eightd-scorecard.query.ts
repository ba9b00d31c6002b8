import type { Discipline, ScorecardTotals } from '@asq/domain'
import { DISCIPLINES } from '@asq/domain'
import { type SQL, sql } from 'drizzle-orm'
import type { Database } from '../client'

/**
 * The discipline before `s.step` (null for D0, whose days count from the opening) as one expression, so
 * the previous step is found by both columns of eightd_steps' primary key — joined through a VALUES
 * list PostgreSQL could only match the claim and filtered its nine steps (a third of a year's 8D read).
 */
const PREVIOUS_STEP = sql.raw(
  `(case s.step ${DISCIPLINES.slice(1)
    .map((d, i) => `when '${d}' then '${DISCIPLINES[i]}'`)
    .join(' ')} end)`,
)

/**
 * Joins to the claims `c` their steps `s`, the revision `rv` HQ approved of each (absent when not
 * known) and the previous step `p`, whose approval (or the opening) is where a step's time starts.
 */
export const STEPS_WITH_PREVIOUS = sql`join eightd_steps s on s.claim_id = c.id
    left join eightd_step_revisions rv on rv.claim_id = s.claim_id and rv.step = s.step and rv.revision = s.revision
    left join eightd_steps p on p.claim_id = s.claim_id and p.step = ${PREVIOUS_STEP}`

/** Seconds from the previous step's approval (or the opening) to the approval of the step `s`. */
export const STEP_SECONDS = sql`greatest(0, extract(epoch from s.approved_at - coalesce(p.approved_at, c.opened_at)))`

type ClaimRow = { supplier_id: string; claims: number; open_claims: number; recovered: number | string }
type StepRow = {
  supplier_id: string
  step: Discipline
  approved: number
  on_time: number
  days: number | string
}

/**
 * The 8D scorecard sums of each supplier in two grouped queries (claims with their accepted
 * recoveries; approved steps with the revision HQ approved and the previous step's approval).
 */
export async function scorecardTotals(
  db: Database,
  supplierIds: readonly string[] | null,
): Promise<Map<string, ScorecardTotals>> {
  if (supplierIds && supplierIds.length === 0) return new Map()
  const which: SQL = supplierIds
    ? sql`c.supplier_id in (${sql.join(
        supplierIds.map((id) => sql`${id}`),
        sql`, `,
      )})`
    : sql`true`
  const claims = (await db.execute(sql`
    select c.supplier_id::text as supplier_id, count(*)::int as claims,
      count(*) filter (where c.closed_at is null)::int as open_claims,
      coalesce(sum(r.amount_fen) filter (where r.status = 'accepted'), 0)::float8 as recovered
    from eightd_claims c left join eightd_recoveries r on r.claim_id = c.id
    where ${which} group by c.supplier_id`)) as unknown as { rows: ClaimRow[] }
  const steps = (await db.execute(sql`
    select c.supplier_id::text as supplier_id, s.step, count(*)::int as approved,
      count(*) filter (where rv.submitted_at <= s.deadline_at)::int as on_time,
      sum(${STEP_SECONDS}::float8 / 86400)::float8 as days
    from eightd_claims c ${STEPS_WITH_PREVIOUS}
    where ${which} and s.approved_at is not null and rv.claim_id is not null
    group by c.supplier_id, s.step`)) as unknown as { rows: StepRow[] }
  const out = new Map<string, ScorecardTotals>()
  for (const r of claims.rows)
    out.set(r.supplier_id, {
      claims: r.claims,
      openClaims: r.open_claims,
      recoveredFen: Number(r.recovered),
      steps: [],
    })
  for (const r of steps.rows)
    out.get(r.supplier_id)?.steps.push({
      step: r.step,
      approved: r.approved,
      onTime: r.on_time,
      days: Number(r.days),
    })
  return out
}
