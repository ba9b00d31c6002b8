import { runSettlement } from '@asq/api'
import { createRepositories, createUnitOfWork, type DatabaseHandle } from '@asq/db'
import { surveyDailyRecount, testDatabases } from '@asq/db/testing'
import {
  type AnswerSet,
  answerItems,
  CAUSES,
  CHANNELS,
  canTransition,
  DEFAULT_SURVEY_SETTINGS,
  DISCIPLINES,
  KINDS,
  lowAnswers,
  payableFen,
  SEVERITIES,
  STATUSES,
  STEP_REVIEW_STATUSES,
  type Status,
  templateContentSchema,
  validateAnswers,
} from '@asq/domain'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateNetwork, secondaryIndexes } from './generate'
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
  let migratedIndexes: { name: string; definition: string }[] = []
  beforeAll(async () => {
    h = await target.open()
    migratedIndexes = await secondaryIndexes(h)
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

  it('ends with the indexes the migrations made (dropped for the load, built again after it)', async () => {
    expect(migratedIndexes.map((i) => i.name)).toContain('complaints_number_trgm_idx')
    expect(await secondaryIndexes(h)).toEqual(migratedIndexes)
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

  it('the daily and monthly claim-line sums the triggers would keep equal the lines', async () => {
    const daily = `select repair_date, dealer_id, count(*)::int as lines, coalesce(sum(approved_fen), 0)::bigint as fen
      from reimbursement_lines group by 1, 2`
    const kept = 'select repair_date, dealer_id, lines, approved_fen from kpi_claim_line_daily'
    const [n] = await rows<{ missing: number; extra: number; days: number }>(
      h,
      `select (select count(*)::int from (${daily} except ${kept}) x) as missing,
              (select count(*)::int from (${kept} except ${daily}) x) as extra,
              (select count(*)::int from kpi_claim_line_daily) as days`,
    )
    expect(n!.days).toBeGreaterThan(0)
    expect({ missing: n!.missing, extra: n!.extra }).toEqual({ missing: 0, extra: 0 })
    const monthly = `select to_char(repair_date, 'YYYY-MM'), dealer_id, count(*)::int, coalesce(sum(approved_fen), 0)::bigint
      from reimbursement_lines group by 1, 2`
    const keptMonths = 'select month, dealer_id, lines, approved_fen from kpi_claim_line_monthly'
    const [m] = await rows<{ missing: number; extra: number }>(
      h,
      `select (select count(*)::int from (${monthly} except ${keptMonths}) x) as missing,
              (select count(*)::int from (${keptMonths} except ${monthly}) x) as extra`,
    )
    expect(m).toEqual({ missing: 0, extra: 0 })
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

  it('8D claims walk the 8D state machine: steps approved in order, closed exactly when D8 is approved', async () => {
    const claims = await rows<{
      id: string
      status: string
      closed_at: string | null
      opened_at: string
      supplier: string
    }>(
      h,
      `select c.id, c.status, c.closed_at::text, c.opened_at::text, o.kind as supplier
       from eightd_claims c join organisations o on o.id = c.supplier_id`,
    )
    expect(claims).toHaveLength(size.eightdClaims)
    const steps = await rows<{
      claim_id: string
      step: string
      status: string
      revision: number
      submitted_at: string | null
      approved_at: string | null
      rev_at: string | null
    }>(
      h,
      `select s.claim_id, s.step, s.status, s.revision, s.submitted_at::text, s.approved_at::text, r.submitted_at::text as rev_at
       from eightd_steps s left join eightd_step_revisions r on r.claim_id = s.claim_id and r.step = s.step and r.revision = s.revision
       order by s.claim_id, s.step`,
    )
    const byClaim = new Map<string, typeof steps>()
    for (const s of steps) byClaim.set(s.claim_id, [...(byClaim.get(s.claim_id) ?? []), s])
    for (const c of claims) {
      expect(c.supplier).toBe('supplier')
      const ss = byClaim.get(c.id)!
      expect(ss.map((s) => s.step)).toEqual([...DISCIPLINES])
      let before = true
      for (const s of ss) {
        expect(STEP_REVIEW_STATUSES).toContain(s.status)
        // Nothing past the first step that is not approved has been submitted.
        if (!before) expect(s.status).toBe('draft')
        if (s.status !== 'approved') before = false
        expect(s.revision === 1).toBe(s.status !== 'draft')
        expect(s.rev_at).toBe(s.status === 'draft' ? null : s.submitted_at)
        expect(s.approved_at !== null).toBe(s.status === 'approved')
        if (s.approved_at)
          expect(new Date(s.approved_at).getTime()).toBeGreaterThan(new Date(s.submitted_at!).getTime())
        if (s.submitted_at) expect(new Date(s.submitted_at).getTime()).toBeLessThanOrEqual(asOf.getTime())
      }
      const d8 = ss.at(-1)!
      expect(c.status).toBe(d8.status === 'approved' ? 'closed' : 'open')
      expect(c.closed_at).toBe(d8.status === 'approved' ? d8.approved_at : null)
    }
    expect(claims.some((c) => c.status === 'closed')).toBe(true)
    expect(claims.some((c) => c.status === 'open')).toBe(true)
  })

  it('survey answers follow the template and the closed loop: delivered after closing, satisfied, five scored answers each', async () => {
    const [tpl] = await rows<{ content: unknown }>(h, 'select content from survey_template_versions')
    const content = templateContentSchema.parse(tpl!.content)
    const [n] = await rows<{ answers: number; bad: number; low: number; invitations: number }>(
      h,
      `select (select count(*)::int from survey_answer_items) as answers,
              (select count(*)::int from survey_invitations i join complaints c on c.id = i.complaint_id
                 where c.status <> 'closed' or i.sent_at < c.closed_at or i.sent_at > '${asOf.toISOString()}'
                    or (i.status = 'answered') <> (i.answered_at is not null) or i.answered_at < i.sent_at
                    or i.station_id <> c.station_id or i.customer_id <> c.customer_id or i.kind <> c.kind) as bad,
              (select count(*)::int from survey_responses where dissatisfied) as low,
              (select count(*)::int from survey_invitations) as invitations`,
    )
    expect(n!.answers).toBeGreaterThanOrEqual(size.surveyAnswers)
    expect(n!.answers).toBeLessThan(size.surveyAnswers + 5)
    expect(n!.bad).toBe(0)
    expect(n!.low).toBe(0)
    const responses = await rows<{
      answers: AnswerSet
      items: { question_id: string; type: string; score: number }[]
    }>(
      h,
      `select r.answers, json_agg(json_build_object('question_id', a.question_id, 'type', a.type, 'score', a.score)) as items
       from survey_responses r join survey_answer_items a on a.response_id = r.id group by r.id, r.answers`,
    )
    for (const r of responses) {
      expect(validateAnswers(content.questions, r.answers)).toEqual(r.answers)
      expect(lowAnswers(content.questions, r.answers, DEFAULT_SURVEY_SETTINGS)).toEqual([])
      expect(
        answerItems(content.questions, r.answers)
          .map((i) => [i.questionId, i.type, i.score])
          .sort(),
      ).toEqual(r.items.map((i) => [i.question_id, i.type, i.score]).sort())
    }
  })

  it('the survey statistics by day were rebuilt after the bulk load: they equal a recount of the raw rows', async () => {
    const { actual, expected } = await surveyDailyRecount(h.db)
    expect(expected.size).toBeGreaterThan(0)
    expect(actual).toEqual(expected)
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
