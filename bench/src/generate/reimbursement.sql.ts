import type { GenerateContext, Step } from './plan'
import { iso, periodsBefore } from './plan'

/** The 3rd of the month after `period`, 02:00 UTC: when the scheduled run settled it. */
const settledAt = (period: string) => {
  const [y, m] = period.split('-').map(Number) as [number, number]
  return new Date(Date.UTC(y, m, 3, 2))
}

/**
 * One month's claim lines as a row source: every value a function of (seed, period, g), so the runs'
 * totals, the lines and the ledger entries can be computed from it without reading each other back.
 */
function lineRows({ size, rand }: GenerateContext, period: string) {
  const key = (e: string) => `'${period}:' || ${e}`
  return `(select g, d, ${rand.uuid('line', key('g'))} as id, ${rand.uuid('claim', key('d'))} as claim_id,
      ${rand.uuid('station', 'd')} as dealer_id, (g - 1) / ${size.stations} + 1 as seq, ro, part,
      '${period}-01'::date + (${rand.int('day', key('g'))} % 28) as repair_date, claimed, p,
      case when p < 90 then claimed when p < 96 then claimed * 8 / 10 else 0 end as payable
    from (select g, 1 + (g - 1) % ${size.stations} as d,
            'RO${period.replace('-', '')}' || lpad(g::text, 7, '0') as ro,
            'P' || lpad((1 + ${rand.int('part', key('g'))} % ${size.parts})::text, 6, '0') as part,
            5000 + ${rand.int('fen', key('g'))} % 200000 as claimed, ${rand.int('decision', key('g'))} % 100 as p
          from generate_series(1, ${size.linesPerMonth}) g) raw) l`
}

function monthStatements(ctx: GenerateContext, period: string, history: boolean, previous: string | null) {
  const { size, rand } = ctx
  const at = iso(settledAt(period))
  const audited = `${at} - interval '1 day'`
  const runId = `${rand.uuid('run', `'${period}:' || d`)}`
  const out = [
    `insert into reimbursement_claims (id, dealer_id, period, status, submitted_at, audit_started_at, audited_at,
       settled_at, created_at, updated_at)
     select ${rand.uuid('claim', `'${period}:' || d`)}, ${rand.uuid('station', 'd')}, '${period}',
       '${history ? 'settled' : 'audited'}', ${audited} - interval '5 days', ${audited} - interval '3 days', ${audited},
       ${history ? at : 'null'}, ${audited} - interval '20 days', ${history ? at : audited}
     from generate_series(1, ${size.stations}) d`,
  ]
  if (history)
    out.push(`insert into settlement_runs (id, period, dealer_id, statement_no, lines_fen, deductions_fen, net_fen,
        opening_balance_fen, closing_balance_fen, line_count, entry_count, trigger, run_by, settled_at)
      select ${runId}, '${period}', s.dealer_id, 'ST-${period}-ST' || lpad(s.d::text, 5, '0'), s.fen, 0, s.fen,
        coalesce(prev.closing_balance_fen, 0), coalesce(prev.closing_balance_fen, 0) + s.fen, s.n, s.paying,
        'schedule', 'system', ${at}
      from (select d, dealer_id, sum(payable)::bigint as fen, count(*) as n, count(*) filter (where payable > 0) as paying
            from ${lineRows(ctx, period)} group by d, dealer_id) s
      left join settlement_runs prev on prev.dealer_id = s.dealer_id and prev.period = '${previous ?? ''}'`)
  out.push(`insert into reimbursement_lines (id, claim_id, dealer_id, seq, repair_order_no, repair_date, serial, part_code,
      claim_key, quantity, labour_hundredths, claimed_fen, locked, decision, approved_fen, reason_code, reason_text,
      decided_by, decided_at, settlement_id, settled_at, created_at, updated_at)
    select id, claim_id, dealer_id, seq, ro, repair_date, 'SN' || ro, part, upper(ro) || '|' || upper(part),
      1 + p % 3, 50 + p * 4, claimed, true,
      case when p < 90 then 'approved' when p < 96 then 'adjusted' else 'rejected' end,
      case when p >= 90 then payable end,
      case when p >= 96 then 'not_in_warranty' when p >= 90 then 'price_mismatch' end,
      case when p >= 90 then '生成器审核 generated audit' end,
      'finance', ${audited}, ${history ? `${rand.uuid('run', `'${period}:' || d`)}` : 'null'}, ${history ? at : 'null'},
      ${audited} - interval '20 days', ${audited}
    from ${lineRows(ctx, period)}`)
  if (history)
    out.push(`insert into dealer_ledger_entries (id, cause_type, cause_id, dealer_id, debit_account, credit_account,
        amount_fen, memo, settlement_id, posted_at, posted_by)
      select ${rand.uuid('entry', `'${period}:' || g`)}, 'claim_line', id::text, dealer_id, 'hq:warranty_expense',
        'dealer:' || dealer_id, payable, '${period} ' || ro || ' ' || part, ${runId}, ${at}, 'system'
      from ${lineRows(ctx, period)} where payable > 0`)
  return out
}

/**
 * Months of claims: each month every station claims its share of the lines; HQ audited them (90 %
 * approved, 6 % adjusted, 4 % rejected). Every month but the last is settled (runs, marked lines,
 * ledger entries: the ledger history); the last is audited and waits for its settlement run.
 */
export function reimbursementSteps(ctx: GenerateContext): Step[] {
  const periods = periodsBefore(ctx.asOf, ctx.size.months)
  const months = periods.map((period, i) => ({
    label: `claims ${period}${i === periods.length - 1 ? ' (to settle)' : ''}`,
    rows: ctx.size.linesPerMonth,
    statements: monthStatements(ctx, period, i < periods.length - 1, periods[i - 1] ?? null),
  }))
  // The bulk load runs without triggers, so the dashboard's daily and monthly sums of the lines are
  // summed once here.
  const daily = `insert into kpi_claim_line_daily (repair_date, dealer_id, lines, approved_fen)
    select repair_date, dealer_id, count(*), coalesce(sum(approved_fen), 0) from reimbursement_lines group by 1, 2`
  const monthly = `insert into kpi_claim_line_monthly (month, dealer_id, lines, approved_fen)
    select to_char(repair_date, 'YYYY-MM'), dealer_id, sum(lines), sum(approved_fen) from kpi_claim_line_daily group by 1, 2`
  return [
    ...months,
    { label: 'claim-line daily sums', rows: ctx.size.stations, statements: [daily, monthly] },
  ]
}
