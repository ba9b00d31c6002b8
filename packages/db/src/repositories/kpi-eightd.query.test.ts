import {
  chinaInstant,
  DISCIPLINES,
  eightdFigures,
  eightdFiguresFromTotals,
  type KpiPeriod,
} from '@asq/domain'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '../client'
import { testDatabases } from '../testing'
import { createRepositories } from '.'
import { kpiEightdTotals } from './kpi-eightd.query'

/**
 * The 8D figures of the KPI dashboard summed in SQL equal `eightdFigures` over the same claims (the
 * definition), for every supplier together and for each one: claims opened either side of the
 * period's China dates, steps approved with and without a known submission, open and closed claims
 * with steps due before, at and after now.
 */
const HOUR = 3_600_000
const now = chinaInstant('2026-04-15', 600)
const suppliers = ['a1', 'a2', 'a3'].map((s, i) => ({
  id: `00000000-0000-4000-8000-00000000000${i + 1}`,
  code: s,
}))
const dealer = '00000000-0000-4000-8000-0000000000d1'
const periods: KpiPeriod[] = [
  { from: '2026-03-01', to: '2026-03-31' },
  { from: '2026-01-01', to: '2026-12-31' },
  { from: '2026-04-15', to: '2026-04-15' },
]

/** A small deterministic generator (the same claims on every run and database). */
function rng(seed: number) {
  let s = seed
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648
    return s / 2_147_483_648
  }
}

describe.each(testDatabases())('KPI 8D totals on $name', (target) => {
  let h: DatabaseHandle
  beforeAll(async () => {
    h = await target.open()
    const values = (rows: string[]) => sql.raw(rows.join(',\n'))
    await h.db.execute(
      sql`insert into organisations (id, kind, code, name_zh, name_en) values ${values([
        ...suppliers.map((s) => `('${s.id}', 'supplier', '${s.code}', '${s.code}', '${s.code}')`),
        `('${dealer}', 'dealer', 'D1', '站', 'Station')`,
      ])}`,
    )
    const random = rng(7)
    const claims: string[] = []
    const steps: string[] = []
    const revisions: string[] = []
    // Opening instants: the first and last minute of March, either side of it, and spread over the year.
    const fixed = [
      chinaInstant('2026-03-01', 0),
      chinaInstant('2026-03-31', 1439),
      chinaInstant('2026-02-28', 1439),
      chinaInstant('2026-04-01', 0),
    ]
    for (let i = 0; i < 60; i++) {
      const id = `00000000-0000-4000-9000-${String(i).padStart(12, '0')}`
      const supplier = suppliers[i % 3]!.id
      const openedAt =
        fixed[i] ?? new Date(chinaInstant('2026-01-01', 0).getTime() + random() * 120 * 24 * HOUR)
      const closed = random() < 0.3
      claims.push(
        `('${id}', 'EC-${i}', '${supplier}', 'claim ${i}', 'P${i}', 'part', 'L1', 1, 'warranty_return', 'minor',
          '${closed ? 'closed' : 'open'}', '${openedAt.toISOString()}', 'hq', ${closed ? `'${now.toISOString()}'` : 'null'},
          '00000000-0000-4000-a000-${String(i).padStart(12, '0')}')`,
      )
      // The first `approved` steps are approved in order; an odd one out of order (no previous approval).
      const approved = Math.floor(random() * 10)
      let at = openedAt.getTime()
      DISCIPLINES.forEach((step, k) => {
        const deadline = [now.getTime() - 1, now.getTime(), now.getTime() + HOUR][Math.floor(random() * 3)]!
        const isApproved = k < approved || (k === 7 && random() < 0.2)
        at += Math.floor(random() * 9 * 24 * HOUR) + 1
        const approvedAt = isApproved ? `'${new Date(at).toISOString()}'` : 'null'
        const revision = 1 + Math.floor(random() * 2)
        steps.push(
          `('${id}', '${step}', '${isApproved ? 'approved' : 'draft'}', ${revision}, '${new Date(deadline).toISOString()}',
            ${approvedAt}, '${now.toISOString()}')`,
        )
        // Most approved steps have the revision HQ approved; some have none known.
        if (isApproved && random() < 0.85)
          revisions.push(
            `('${id}', '${step}', ${revision}, '{}', '${new Date(at - HOUR).toISOString()}', 'supplier')`,
          )
      })
    }
    await h.db.execute(sql`insert into eightd_claims (id, number, supplier_id, title, part_code, part_name, lot,
      quantity_affected, found_at, severity, status, opened_at, opened_by, closed_at, client_request_id)
      values ${values(claims)}`)
    await h.db.execute(sql`insert into eightd_steps (claim_id, step, status, revision, deadline_at, approved_at,
      updated_at) values ${values(steps)}`)
    await h.db.execute(sql`insert into eightd_step_revisions (claim_id, step, revision, content, submitted_at,
      submitted_by) values ${values(revisions)}`)
  }, 120_000)
  afterAll(() => h?.close())

  it.each(periods)('every supplier and each one, $from to $to', async (period) => {
    const repos = createRepositories(h.db)
    const facts = await Promise.all(suppliers.map((s) => repos.eightd.scorecard.facts(s.id)))
    const all = eightdFigures(facts.flat(), period, now)
    expect(eightdFiguresFromTotals(await kpiEightdTotals(h.db, period, null, now))).toEqual(all)
    for (const [i, s] of suppliers.entries())
      expect(eightdFiguresFromTotals(await repos.kpi.eightdTotals(period, s.id, now)), s.code).toEqual(
        eightdFigures(facts[i]!, period, now),
      )
  })

  it('the generated claims cover the cases: overdue and not, steps with and without a mean', async () => {
    const totals = await kpiEightdTotals(h.db, periods[1]!, null, now)
    const claims = (await h.db.execute(
      sql`select count(*)::int as n from eightd_claims where closed_at is null`,
    )) as unknown as {
      rows: { n: number }[]
    }
    expect(totals.overdueClaims).toBeGreaterThan(0)
    expect(totals.overdueClaims).toBeLessThan(claims.rows[0]!.n)
    expect(totals.steps.some((s) => s.timed < s.approved)).toBe(true)
    expect(eightdFiguresFromTotals(totals).stepDaysAvg).not.toBeNull()
  })
})
