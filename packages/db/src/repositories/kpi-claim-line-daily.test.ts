import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '../client'
import { testDatabases } from '../testing'
import { createRepositories } from '.'

/**
 * The daily and monthly claim-line sums the dashboard reads equal a recomputation from the lines after
 * inserts, changes of amount, date (within and across months) and station, a settlement stamp,
 * deletions and a claim's cascade, and the repository's scopes read them (all, station, region; whole
 * months and edge days) or the lines (product line) alike.
 */
const dealers = ['d1', 'd2', 'd3'].map((c, i) => ({
  id: `00000000-0000-4000-8000-0000000000d${i + 1}`,
  code: c,
}))
const claims = dealers.map((_, i) => `00000000-0000-4000-8000-0000000000c${i + 1}`)
type Sums = { repair_date: string; dealer_id: string; lines: number; approved_fen: string }[]

describe.each(testDatabases())('KPI claim-line daily sums on $name', (target) => {
  let h: DatabaseHandle
  const run = (q: string) => h.db.execute(sql.raw(q))
  const rows = async (q: string) => ((await run(q)) as unknown as { rows: Sums }).rows
  const recomputed = () =>
    rows(`select repair_date::text, dealer_id::text, count(*)::int as lines, coalesce(sum(approved_fen), 0)::text as approved_fen
      from reimbursement_lines group by 1, 2 order by 1, 2`)
  const kept = () =>
    rows(`select repair_date::text, dealer_id::text, lines, approved_fen::text from kpi_claim_line_daily
      where lines <> 0 or approved_fen <> 0 order by 1, 2`)
  const recomputedMonths = () =>
    rows(`select to_char(repair_date, 'YYYY-MM') as repair_date, dealer_id::text, count(*)::int as lines,
        coalesce(sum(approved_fen), 0)::text as approved_fen
      from reimbursement_lines group by 1, 2 order by 1, 2`)
  const keptMonths = () =>
    rows(`select month as repair_date, dealer_id::text, lines, approved_fen::text from kpi_claim_line_monthly
      where lines <> 0 or approved_fen <> 0 order by 1, 2`)
  const bothKept = async () => {
    expect(await kept()).toEqual(await recomputed())
    expect(await keptMonths()).toEqual(await recomputedMonths())
  }

  beforeAll(async () => {
    h = await target.open()
    await run(`insert into organisations (id, kind, code, name_zh, name_en, region) values
      ${dealers.map((d, i) => `('${d.id}', 'dealer', '${d.code}', '${d.code}', '${d.code}', '${i < 2 ? 'north' : 'south'}')`).join(', ')}`)
    await run(`insert into reimbursement_claims (id, dealer_id, period, created_at, updated_at) values
      ${dealers.map((d, i) => `('${claims[i]}', '${d.id}', '2026-03', now(), now())`).join(', ')}`)
    // 90 lines over six days of March and three stations; every third one not yet decided (no amount).
    await run(`insert into reimbursement_lines (claim_id, dealer_id, seq, repair_order_no, repair_date, serial, part_code,
        claim_key, quantity, labour_hundredths, claimed_fen, approved_fen, created_at, updated_at)
      select ('00000000-0000-4000-8000-0000000000c' || (1 + g % 3))::uuid,
        ('00000000-0000-4000-8000-0000000000d' || (1 + g % 3))::uuid, g, 'RO' || g,
        date '2026-03-01' + (g % 6), 'VIN' || g, 'P' || (g % 4), 'K' || g, 1, 0, 1000 + g,
        case when g % 3 = 0 then null else 500 + g end, now(), now()
      from generate_series(1, 90) g`)
  }, 120_000)
  afterAll(() => h?.close())

  it('follows inserts, changes, a settlement stamp and deletions', async () => {
    await bothKept()
    expect((await kept()).reduce((n, r) => n + r.lines, 0)).toBe(90)
    await run(
      `update reimbursement_lines set approved_fen = claimed_fen where approved_fen is null and seq < 40`,
    )
    await run(`update reimbursement_lines set repair_date = date '2026-03-20' where seq % 7 = 0`)
    await run(`update reimbursement_lines set dealer_id = '${dealers[2]!.id}' where seq % 5 = 0`)
    await run(`update reimbursement_lines set repair_date = date '2026-04-02' + (seq % 3) where seq % 4 = 1`)
    await run(`update reimbursement_lines set locked = true where seq > 80`)
    await bothKept()
    expect((await keptMonths()).map((r) => r.repair_date)).toContain('2026-04')
    await run(`delete from reimbursement_lines where seq % 11 = 0`)
    await bothKept()
    await run(`update reimbursement_lines set repair_date = date '2026-03-05' where seq % 4 = 1 and seq < 30`)
    await run(`delete from reimbursement_claims where id = '${claims[0]}'`)
    await bothKept()
  })

  it.each([
    ['days inside a month', { from: '2026-03-02', to: '2026-03-20' }],
    ['a whole month and the edge days of the next', { from: '2026-03-01', to: '2026-04-03' }],
    ['edge days either side of no whole month', { from: '2026-03-15', to: '2026-04-02' }],
  ])('each scope reads what the lines say: %s', async (_, march) => {
    const repos = createRepositories(h.db)
    const raw = async (where: string) => {
      const [r] = (
        (await run(`select count(*)::int as lines, coalesce(sum(approved_fen), 0)::float8 as fen
          from reimbursement_lines where repair_date between '${march.from}' and '${march.to}' and ${where}`)) as unknown as {
          rows: { lines: number; fen: number }[]
        }
      ).rows
      return { lines: r!.lines, approvedFen: r!.fen }
    }
    expect(await repos.kpi.claimLines(march, { kind: 'all' })).toEqual(await raw('true'))
    expect(await repos.kpi.claimLines(march, { kind: 'station', stationId: dealers[1]!.id })).toEqual(
      await raw(`dealer_id = '${dealers[1]!.id}'`),
    )
    expect(await repos.kpi.claimLines(march, { kind: 'region', region: 'north' })).toEqual(
      await raw(`dealer_id in ('${dealers[0]!.id}', '${dealers[1]!.id}')`),
    )
    expect((await repos.kpi.claimLines(march, { kind: 'all' })).lines).toBeGreaterThan(0)
  })
})
