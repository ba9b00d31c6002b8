import { runSettlement } from '@asq/api'
import { createRepositories, createUnitOfWork, type DatabaseHandle } from '@asq/db'
import { testDatabases } from '@asq/db/testing'
import {
  CAUSES,
  CHANNELS,
  canTransition,
  KINDS,
  payableFen,
  SEVERITIES,
  STATUSES,
  type Status,
} from '@asq/domain'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateNetwork } from './generate'
import { SIZES } from './sizes'

/**
 * The tiny network passes the project's own rules: the domain's vocabularies and status transitions,
 * balanced settlement runs and ledger, and a settlement run of the waiting month by the real service.
 */
const asOf = new Date('2026-06-01T00:00:00Z')
const size = SIZES.tiny
const rows = async <T>(h: DatabaseHandle, q: string) =>
  ((await h.db.execute(sql.raw(q))) as unknown as { rows: T[] }).rows
const fingerprint = (h: DatabaseHandle) =>
  rows<{ f: string }>(
    h,
    `select md5(string_agg(c.number || c.status || c.station_id || coalesce(c.closed_at::text, ''), ',' order by c.number))
       || (select md5(string_agg(l.id || ':' || l.claimed_fen || l.decision, ',' order by l.id)) from reimbursement_lines l) as f
     from complaints c`,
  ).then((r) => r[0]!.f)

let firstPrint = ''

describe.each(testDatabases())('generated network on $name', (target) => {
  let h: DatabaseHandle
  beforeAll(async () => {
    h = await target.open()
    await generateNetwork(h, { size: 'tiny', seed: 7, asOf })
    if (target.name === 'pglite') firstPrint = await fingerprint(h)
  }, 240_000)
  afterAll(() => h?.close())

  it('has the size it was asked for', async () => {
    const [n] = await rows<Record<string, number>>(
      h,
      `select (select count(*)::int from organisations where kind = 'dealer') as dealers,
              (select count(*)::int from complaints) as complaints,
              (select count(*)::int from reimbursement_lines) as lines`,
    )
    expect(n).toEqual({
      dealers: size.stations,
      complaints: size.complaints,
      lines: size.months * size.linesPerMonth,
    })
  })

  it('every reference the skipped foreign keys would check points at a row', async () => {
    const [n] = await rows<Record<string, number>>(
      h,
      `select (select count(*)::int from complaints c where not exists (select 1 from customers u where u.id = c.customer_id)
                 or not exists (select 1 from organisations o where o.id = c.station_id)) as complaints,
              (select count(*)::int from complaint_events e where not exists (select 1 from complaints c where c.id = e.complaint_id)) as events,
              (select count(*)::int from reimbursement_lines l where not exists (select 1 from reimbursement_claims c where c.id = l.claim_id and c.dealer_id = l.dealer_id)
                 or (l.settlement_id is not null and not exists (select 1 from settlement_runs r where r.id = l.settlement_id))
                 or not exists (select 1 from fee_parts p where p.code = l.part_code)) as lines,
              (select count(*)::int from dealer_ledger_entries e where not exists (select 1 from settlement_runs r where r.id = e.settlement_id and r.dealer_id = e.dealer_id)) as entries`,
    )
    expect(n).toEqual({ complaints: 0, events: 0, lines: 0, entries: 0 })
  })

  it('complaints use the domain vocabulary and walk its status transitions to their status', async () => {
    const cs = await rows<Record<string, string | null>>(
      h,
      'select id, channel, kind, severity, cause, status, closed_at, next_due_at from complaints',
    )
    const events = await rows<{
      complaint_id: string
      type: string
      data: { from: string; to: string }
      at: string
    }>(h, 'select complaint_id, type, data, at::text from complaint_events order by complaint_id, seq')
    const byComplaint = new Map<string, typeof events>()
    for (const e of events) byComplaint.set(e.complaint_id, [...(byComplaint.get(e.complaint_id) ?? []), e])
    for (const c of cs) {
      expect(CHANNELS).toContain(c.channel)
      expect(KINDS).toContain(c.kind)
      expect(SEVERITIES).toContain(c.severity)
      expect(CAUSES).toContain(c.cause)
      expect(STATUSES).toContain(c.status)
      const es = byComplaint.get(c.id!)!
      expect(es[0]!.type).toBe('opened')
      let at: Status = 'new'
      for (const e of es.filter((x) => x.type === 'status')) {
        expect(e.data.from).toBe(at)
        expect(canTransition(at, e.data.to as Status)).toBe(true)
        at = e.data.to as Status
      }
      expect(at).toBe(c.status)
      const times = es.map((e) => new Date(e.at).getTime())
      expect(times).toEqual([...times].sort((a, b) => a - b))
      expect(times.at(-1)!).toBeLessThanOrEqual(asOf.getTime())
      expect(c.closed_at !== null).toBe(c.status === 'closed')
      expect(c.next_due_at === null).toBe(c.status === 'closed')
    }
  })

  it('settled months balance: each run closes at its opening plus its lines, and the ledger agrees', async () => {
    const bad = await rows(
      h,
      `select r.id from settlement_runs r
       where r.closing_balance_fen <> r.opening_balance_fen + r.net_fen
          or r.lines_fen <> (select coalesce(sum(amount_fen), 0) from dealer_ledger_entries e where e.settlement_id = r.id)`,
    )
    expect(bad).toEqual([])
    const repos = createRepositories(h.db)
    for (const d of await repos.organisations.list({ kind: 'dealer' })) {
      const runs = await repos.reimbursement.settlements.list({ dealerId: d.id, limit: 1, offset: 0 })
      expect(await repos.reimbursement.ledger.balance(d.id)).toBe(runs.items[0]!.closingBalanceFen)
    }
  })

  it('the waiting month settles with the project settlement: every dealer once, at its lines’ payable sum', async () => {
    const deps = { uow: createUnitOfWork(h.db), repos: createRepositories(h.db), clock: () => asOf }
    const r = await runSettlement(deps, '2026-05', asOf)
    expect(r.settled).toBe(size.stations)
    for (const o of r.outcomes) {
      const lines = await rows<{ decision: string; claimed_fen: number; approved_fen: number | null }>(
        h,
        `select decision, claimed_fen::float8 as claimed_fen, approved_fen::float8 as approved_fen from reimbursement_lines l join reimbursement_claims c on c.id = l.claim_id
         where c.period = '2026-05' and c.dealer_id = '${o.dealerId}'`,
      )
      const payable = lines.reduce(
        (s, l) =>
          s +
          payableFen({
            decision: l.decision as 'approved',
            claimedFen: l.claimed_fen,
            approvedFen: l.approved_fen,
          }),
        0,
      )
      expect(o.run!.linesFen).toBe(payable)
    }
    expect((await runSettlement(deps, '2026-05', asOf)).alreadySettled).toBe(size.stations)
  }, 120_000)
})

describe('determinism', () => {
  it('the same seed gives the same network; another seed another one', async () => {
    const [target] = testDatabases()
    const prints = [firstPrint]
    for (const seed of [7, 8]) {
      const h = await target!.open()
      await generateNetwork(h, { size: 'tiny', seed, asOf })
      prints.push(await fingerprint(h))
      await h.close()
    }
    expect(prints[0]).toBe(prints[1])
    expect(prints[2]).not.toBe(prints[0])
  }, 300_000)
})
