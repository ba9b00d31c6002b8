import { DISCIPLINES, EIGHTD_FOUND_AT, EIGHTD_SEVERITIES } from '@asq/domain'
import type { GenerateContext, Step } from './plan'
import { iso } from './plan'

const WEEK = 7 * 86_400_000

/**
 * 8D claims spread over the history, each with its nine steps walking the 8D state machine in order:
 * the first `k` approved (a submitted revision each, approved a few days later), step k submitted and
 * waiting for review or still a draft, the rest drafts. A claim with all nine approved is closed.
 */
export function eightdSteps({ size, rand, asOf }: GenerateContext): Step[] {
  const n = size.eightdClaims
  const start = asOf.getTime() - size.months * 30 * 86_400_000
  const span = Math.floor((asOf.getTime() - start) / n)
  const steps = `(values ${DISCIPLINES.map((d, i) => `('${d}', ${i})`).join(', ')}) as d(step, i)`
  const claims = `(select g, ${rand.uuid('8d', 'g')} as id, ${iso(new Date(start))} + interval '1 millisecond' * ${span} * (g - 1) as opened_at,
      ${rand.int('8d-k', 'g')} % 10 as k, ${rand.int('8d-sub', 'g')} % 2 = 0 as waiting
    from generate_series(1, ${n}) g) c`
  // Step i is due a week per step after the opening; approved i is submitted at 5 days per step and
  // approved a day later, so the order of approvals follows the disciplines.
  const submitted = `c.opened_at + interval '1 hour' * 120 * (d.i + 1)`
  const approved = `c.opened_at + interval '1 hour' * (120 * (d.i + 1) + 24)`
  const deadline = `c.opened_at + interval '1 millisecond' * ${WEEK} * (d.i + 1)`
  return [
    {
      label: '8D claims and their steps',
      rows: n,
      statements: [
        `insert into eightd_claims (id, number, supplier_id, title, part_code, part_name, lot, quantity_affected, found_at,
           severity, status, opened_at, opened_by, closed_at, next_due_at, client_request_id, updated_at)
         select c.id, '8D-' || to_char(c.opened_at, 'YYYY') || '-' || lpad(c.g::text, 5, '0'),
           ${rand.uuid('supplier', `1 + (c.g - 1) % ${size.suppliers}`)}, '生成的质量问题 Generated quality issue ' || c.g,
           'P' || lpad((1 + ${rand.int('8d-part', 'c.g')} % ${size.parts})::text, 6, '0'), '配件 Part', 'LOT-' || c.g,
           1 + ${rand.int('8d-qty', 'c.g')} % 50, ${rand.pick('8d-found', 'c.g', EIGHTD_FOUND_AT)},
           ${rand.pick('8d-sev', 'c.g', EIGHTD_SEVERITIES)},
           'open', c.opened_at, 'generator', null, null,
           ${rand.uuid('8d-req', 'c.g')}, c.opened_at
         from ${claims}`,
        // Only what already happened by asOf is approved / submitted: a step's times must not be in the future.
        `insert into eightd_steps (claim_id, step, status, revision, deadline_at, first_submitted_at, submitted_at,
           approved_at, updated_at)
         select c.id, d.step,
           case when d.i < c.k and ${approved} <= ${iso(asOf)} then 'approved'
                when (d.i < c.k or (d.i = c.k and c.waiting)) and ${submitted} <= ${iso(asOf)} then 'submitted'
                else 'draft' end,
           0, ${deadline}, null, null, null, c.opened_at
         from ${claims} cross join ${steps}`,
        // A step's predecessor must be approved before it is submitted: cut each claim at its first
        // step that is not approved.
        `update eightd_steps s set status = 'draft'
         where s.status <> 'draft' and exists (
           select 1 from eightd_steps p where p.claim_id = s.claim_id and p.step < s.step and p.status <> 'approved')`,
        `update eightd_steps s set revision = 1,
           first_submitted_at = c.opened_at + interval '1 hour' * 120 * (substr(s.step, 2)::int + 1),
           submitted_at = c.opened_at + interval '1 hour' * 120 * (substr(s.step, 2)::int + 1),
           approved_at = case when s.status = 'approved'
             then c.opened_at + interval '1 hour' * (120 * (substr(s.step, 2)::int + 1) + 24) end
         from eightd_claims c where c.id = s.claim_id and s.status <> 'draft'`,
        `insert into eightd_step_revisions (claim_id, step, revision, content, submitted_at, submitted_by)
         select claim_id, step, 1, '{"summary":"生成 generated"}'::jsonb, submitted_at, 'generator'
         from eightd_steps where revision = 1`,
        // A claim is closed only when D8 is approved; its due date is then gone.
        `update eightd_claims c set status = 'open', closed_at = null,
           next_due_at = (select min(deadline_at) from eightd_steps s where s.claim_id = c.id and s.status <> 'approved')
         where exists (select 1 from eightd_steps s where s.claim_id = c.id and s.status <> 'approved')`,
        `update eightd_claims c set status = 'closed', next_due_at = null,
           closed_at = (select approved_at from eightd_steps s where s.claim_id = c.id and s.step = 'D8')
         where not exists (select 1 from eightd_steps s where s.claim_id = c.id and s.status <> 'approved')`,
      ],
    },
  ]
}
