import type { SettlementBatch, SettlementRun } from '@asq/domain'
import { HQ_OLD_PART_DEDUCTIONS, HQ_PARTS_CLEARING, HQ_WARRANTY_EXPENSE } from '@asq/domain'
import { sql } from 'drizzle-orm'
import type { Database } from '../client'

type Row = Record<string, unknown>
const rowsOf = (r: unknown) => (r as { rows: Row[] }).rows

/** The lines a run of P settles for the batch: decided, unsettled, of audited claims up to P. */
const open = (b: SettlementBatch, ids: string) => sql`
  from reimbursement_lines l join reimbursement_claims c on c.id = l.claim_id
  where c.dealer_id = any(${ids}::uuid[]) and c.status = 'audited' and c.period <= ${b.period}
    and l.settlement_id is null and l.decision is not null`
const payable = sql`(case l.decision when 'approved' then l.claimed_fen when 'adjusted' then coalesce(l.approved_fen, 0) else 0 end)`
/** Uses the unique (cause_type, cause_id) index: never a scan of the ledger's history. */
const posted = (type: unknown, id: unknown) =>
  sql`exists (select 1 from dealer_ledger_entries e where e.cause_type = ${type} and e.cause_id = ${id})`

const toRun = (r: Row): SettlementRun => ({
  id: r.id as string,
  period: r.period as string,
  dealerId: r.dealer_id as string,
  dealerCode: r.code as string,
  dealerName: r.name_zh as string,
  statementNo: r.statement_no as string,
  linesFen: Number(r.lines_fen),
  deductionsFen: Number(r.deductions_fen),
  netFen: Number(r.net_fen),
  openingBalanceFen: Number(r.opening_balance_fen),
  closingBalanceFen: Number(r.closing_balance_fen),
  lineCount: Number(r.line_count),
  entryCount: Number(r.entry_count),
  trigger: r.trigger as SettlementRun['trigger'],
  runBy: r.run_by as string,
  settledAt: new Date(r.settled_at as string),
})

/**
 * A batch of dealers settled in a fixed number of statements, whatever the number of dealers and
 * lines. Runs of the same period queue on an advisory lock (no deadlock between two servers' batches),
 * and the unique (period, dealer) row still decides who settled: the loser finds the winner's run.
 * The opening balance is the sum of the dealer's earlier runs plus its entries outside any run
 * (corrections): a few rows a month, not the whole ledger history.
 */
export async function settleBatch(db: Database, b: SettlementBatch) {
  const ids = `{${b.dealerIds.join(',')}}`
  const deductions = JSON.stringify(
    b.deductions.map((d) => ({
      dealer_id: d.dealerId,
      cause_type: d.causeType,
      cause_id: d.causeId,
      amount_fen: d.amountFen,
      memo: d.description,
    })),
  )
  const dd = sql`(select x.* from jsonb_to_recordset(${deductions}::jsonb)
      as x(dealer_id uuid, cause_type text, cause_id text, amount_fen bigint, memo text)
    where x.amount_fen > 0 and not ${posted(sql`x.cause_type`, sql`x.cause_id`)})`
  await db.execute(sql`select pg_advisory_xact_lock(730013, hashtext(${b.period}))`)
  await db.execute(sql`select c.id from reimbursement_claims c
    where c.dealer_id = any(${ids}::uuid[]) and c.status = 'audited' and c.period <= ${b.period} order by c.id for update`)
  const inserted = rowsOf(
    await db.execute(sql`with ln as (
        select l.dealer_id, sum(${payable}) as fen, count(*) as n, count(*) filter (where ${payable} > 0) as paying
        ${open(b, ids)} and not ${posted('claim_line', sql`l.id::text`)} group by l.dealer_id),
      ds as (select dealer_id, sum(amount_fen) as fen, count(*) as n from ${dd} d group by dealer_id),
      p as (select o.id as dealer_id, o.code, coalesce(ln.fen, 0) as lines_fen, coalesce(ds.fen, 0) as ded_fen,
              coalesce(ln.n, 0) as line_count, coalesce(ln.paying, 0) + coalesce(ds.n, 0) as entry_count,
              coalesce((select sum(r.net_fen) from settlement_runs r where r.dealer_id = o.id), 0)
              + coalesce((select sum(case when e.credit_account = 'dealer:' || o.id then e.amount_fen else -e.amount_fen end)
                  from dealer_ledger_entries e where e.dealer_id = o.id and e.settlement_id is null), 0) as opening
            from organisations o left join ln on ln.dealer_id = o.id left join ds on ds.dealer_id = o.id
            where o.id = any(${ids}::uuid[]) and (ln.dealer_id is not null or ds.dealer_id is not null))
      insert into settlement_runs (id, period, dealer_id, statement_no, lines_fen, deductions_fen, net_fen,
        opening_balance_fen, closing_balance_fen, line_count, entry_count, trigger, run_by, settled_at)
      select gen_random_uuid(), ${b.period}, dealer_id, 'ST-' || ${b.period} || '-' || code, lines_fen, ded_fen,
        lines_fen - ded_fen, opening, opening + lines_fen - ded_fen, line_count, entry_count, ${b.trigger}, ${b.runBy}, ${b.at}
      from p on conflict (period, dealer_id) do nothing returning id`),
  )
  const runIds = `{${inserted.map((r) => r.id).join(',')}}`
  if (inserted.length > 0) {
    await db.execute(sql`insert into dealer_ledger_entries (cause_type, cause_id, dealer_id, debit_account,
        credit_account, amount_fen, memo, settlement_id, posted_at, posted_by)
      select 'claim_line', l.id::text, l.dealer_id, ${HQ_WARRANTY_EXPENSE}, 'dealer:' || l.dealer_id, ${payable},
        c.period || ' ' || l.repair_order_no || ' ' || l.part_code,
        (select r.id from settlement_runs r where r.id = any(${runIds}::uuid[]) and r.dealer_id = l.dealer_id),
        ${b.at}, ${b.runBy}
      ${open(b, ids)} and ${payable} > 0 and not ${posted('claim_line', sql`l.id::text`)}
        and exists (select 1 from settlement_runs r0 where r0.id = any(${runIds}::uuid[]) and r0.dealer_id = l.dealer_id)
      order by c.period, l.seq`)
    await db.execute(sql`insert into dealer_ledger_entries (cause_type, cause_id, dealer_id, debit_account,
        credit_account, amount_fen, memo, settlement_id, posted_at, posted_by)
      select d.cause_type, d.cause_id, d.dealer_id, 'dealer:' || d.dealer_id,
        case d.cause_type when 'old_part' then ${HQ_OLD_PART_DEDUCTIONS} else ${HQ_PARTS_CLEARING} end,
        d.amount_fen, d.memo, r.id, ${b.at}, ${b.runBy}
      from ${dd} d join settlement_runs r on r.dealer_id = d.dealer_id and r.id = any(${runIds}::uuid[])`)
    const marked = rowsOf(
      await db.execute(sql`update reimbursement_lines l set settlement_id = r.id, settled_at = ${b.at}
        from reimbursement_claims c, settlement_runs r
        where c.id = l.claim_id and r.id = any(${runIds}::uuid[]) and r.dealer_id = l.dealer_id
          and c.status = 'audited' and c.period <= ${b.period} and l.settlement_id is null and l.decision is not null
          and not exists (select 1 from dealer_ledger_entries e where e.cause_type = 'claim_line'
            and e.cause_id = l.id::text and e.settlement_id <> r.id)
        returning l.id`),
    )
    const expected = rowsOf(
      await db.execute(
        sql`select coalesce(sum(line_count), 0)::int as n from settlement_runs where id = any(${runIds}::uuid[])`,
      ),
    )[0]!.n as number
    if (marked.length !== expected) throw new Error('a line was settled by someone else meanwhile')
    await db.execute(sql`update reimbursement_claims c
      set status = 'settled', settled_at = ${b.at}, updated_at = ${b.at}, version = c.version + 1
      where c.dealer_id in (select dealer_id from settlement_runs where id = any(${runIds}::uuid[]))
        and c.status = 'audited' and c.period <= ${b.period}
        and not exists (select 1 from reimbursement_lines l where l.claim_id = c.id and l.settlement_id is null)`)
  }
  const runs = rowsOf(
    await db.execute(sql`select r.*, o.code, o.name_zh from settlement_runs r join organisations o on o.id = r.dealer_id
      where r.period = ${b.period} and r.dealer_id = any(${ids}::uuid[]) order by o.code`),
  ).map(toRun)
  const mine = new Set(inserted.map((r) => r.id as string))
  return { settled: runs.filter((r) => mine.has(r.id)), alreadySettled: runs.filter((r) => !mine.has(r.id)) }
}
