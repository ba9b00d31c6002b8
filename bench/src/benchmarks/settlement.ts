import { runSettlement } from '@asq/api'
import type { DatabaseHandle } from '@asq/db'
import { sql } from 'drizzle-orm'
import { periodsBefore } from '../generate/plan'
import type { BenchContext } from '../run/context'
import { secs } from '../run/load'
import type { Row } from '../run/results'
import { benchDeps } from '../run/serve'

const payable = `case l.decision when 'approved' then l.claimed_fen when 'adjusted' then coalesce(l.approved_fen, 0) else 0 end`

/**
 * The floor: one set-based pass that writes what the settlement writes — a run per dealer with its
 * opening and closing balance, a ledger entry per paying line, the lines marked settled and the claims
 * closed — as four INSERT … SELECT / UPDATE statements. Run in a transaction that is rolled back.
 */
async function floorMs(h: DatabaseHandle, period: string, at: Date) {
  const t = performance.now()
  await h.db
    .transaction(async (tx) => {
      await tx.execute(
        sql.raw(`
        insert into settlement_runs (id, period, dealer_id, statement_no, lines_fen, deductions_fen, net_fen,
          opening_balance_fen, closing_balance_fen, line_count, entry_count, trigger, run_by, settled_at)
        select gen_random_uuid(), '${period}', s.dealer_id, 'FLOOR-${period}-' || s.dealer_id, s.fen, 0, s.fen,
          coalesce(prev.closing_balance_fen, 0), coalesce(prev.closing_balance_fen, 0) + s.fen, s.n, s.paying,
          'manual', 'floor', '${at.toISOString()}'
        from (select l.dealer_id, sum(${payable})::bigint as fen, count(*) as n,
                     count(*) filter (where ${payable} > 0) as paying
              from reimbursement_lines l join reimbursement_claims c on c.id = l.claim_id
              where c.period <= '${period}' and c.status = 'audited' and l.settlement_id is null
              group by l.dealer_id) s
        left join lateral (select r.closing_balance_fen from settlement_runs r where r.dealer_id = s.dealer_id
                           order by r.period desc limit 1) prev on true`),
      )
      // The runs just written are not in the statistics yet: planned as one row, the ledger insert below
      // took a nested loop over every claim line per run (minutes at full size). ANALYZE counts them.
      await tx.execute(sql.raw('analyze settlement_runs'))
      await tx.execute(
        sql.raw(`
        insert into dealer_ledger_entries (id, cause_type, cause_id, dealer_id, debit_account, credit_account,
          amount_fen, memo, settlement_id, posted_at, posted_by)
        select gen_random_uuid(), 'claim_line', l.id::text, l.dealer_id, 'hq:warranty_expense', 'dealer:' || l.dealer_id,
          ${payable}, '${period} ' || l.repair_order_no, r.id, '${at.toISOString()}', 'floor'
        from reimbursement_lines l join reimbursement_claims c on c.id = l.claim_id
        join settlement_runs r on r.dealer_id = l.dealer_id and r.period = '${period}'
        where c.period <= '${period}' and c.status = 'audited' and l.settlement_id is null and ${payable} > 0`),
      )
      await tx.execute(
        sql.raw(`
        update reimbursement_lines l set settlement_id = r.id, settled_at = '${at.toISOString()}'
        from reimbursement_claims c, settlement_runs r
        where c.id = l.claim_id and c.period <= '${period}' and c.status = 'audited' and l.settlement_id is null
          and r.dealer_id = l.dealer_id and r.period = '${period}'`),
      )
      await tx.execute(
        sql.raw(`
        update reimbursement_claims set status = 'settled', settled_at = '${at.toISOString()}'
        where period <= '${period}' and status = 'audited'`),
      )
      throw new RollbackFloor()
    })
    .catch((e) => {
      if (!(e instanceof RollbackFloor)) throw e
    })
  return performance.now() - t
}
class RollbackFloor extends Error {}

const count = async (h: DatabaseHandle, q: string) =>
  ((await h.db.execute(sql.raw(q))) as unknown as { rows: { n: number }[] }).rows[0]!.n

async function settle(h: DatabaseHandle, ctx: BenchContext, period: string, at: Date) {
  const deps = { ...benchDeps(h, ctx.asOf), clock: () => at }
  const t = performance.now()
  const r = await runSettlement(deps, period, at)
  return { ms: performance.now() - t, settled: r.settled }
}

/**
 * Settlement of the waiting month (every station's audited lines) by the real service, beside the
 * set-based floor (same run, same copy of the data), and again on a copy whose ledger history was
 * emptied: the run must not grow with history.
 */
export async function settlement(ctx: BenchContext): Promise<Row[]> {
  const period = periodsBefore(ctx.asOf, 1)[0]!
  const at = new Date(ctx.asOf.getTime() + 2 * 86_400_000 + 2 * 3_600_000)
  const withHistory = await ctx.openCopy()
  let lines = 0
  let history = 0
  let floor = 0
  let real: { ms: number; settled: number }
  try {
    lines = await count(
      withHistory,
      `select count(*)::int as n from reimbursement_lines l join reimbursement_claims c on c.id = l.claim_id
       where c.period = '${period}' and c.status = 'audited'`,
    )
    history = await count(withHistory, 'select count(*)::int as n from dealer_ledger_entries')
    floor = await floorMs(withHistory, period, at)
    real = await settle(withHistory, ctx, period, at)
  } finally {
    await withHistory.close()
  }
  // The empty-ledger copy is measured the same way (its floor first, rolled back, then the run), so
  // both runs find the month's lines equally warm in the cache: only the history differs.
  const empty = await ctx.openCopy()
  let emptyRun: { ms: number; settled: number }
  try {
    await empty.db.transaction(async (tx) => {
      await tx.execute(sql.raw('set local session_replication_role = replica'))
      await tx.execute(sql.raw('truncate dealer_ledger_entries'))
    })
    await floorMs(empty, period, at)
    emptyRun = await settle(empty, ctx, period, at)
  } finally {
    await empty.close()
  }
  const ratio = real.ms / floor
  const flat = real.ms / emptyRun.ms
  return [
    {
      benchmark: `settlement of ${period}: ${lines.toLocaleString('en-US')} lines, ${real.settled} stations`,
      figure: secs(real.ms),
      floor: `set-based INSERT … SELECT, same entries and marks: ${secs(floor)}`,
      ratio,
      goal: '< 10 s, ≤ 3× floor',
      met: real.ms < 10_000 && ratio <= 3,
    },
    {
      benchmark: `settlement with ${history.toLocaleString('en-US')} earlier ledger entries vs an empty ledger`,
      figure: secs(real.ms),
      floor: `empty ledger: ${secs(emptyRun.ms)}`,
      ratio: flat,
      goal: 'flat: within 20 %',
      met: flat <= 1.2,
    },
  ]
}
