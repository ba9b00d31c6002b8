import {
  type AnswerItem,
  chinaDayEnd,
  chinaDayStart,
  GROUPINGS,
  groupFacts,
  type SurveyFactFilter,
  type SurveyInvitation,
  summarise,
  summaryFromTotals,
} from '@asq/domain'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '../client'
import { surveyDailyRecount, testDatabases } from '../testing'
import { createRepositories, createUnitOfWork } from '.'
import { rebuildSurveyDaily } from './survey-daily.query'

/**
 * survey_daily, kept by its triggers through the real repositories, always equals a count of the raw
 * rows; and the statistics read from it equal the domain's summary of the raw facts, for each filter.
 */
const STATIONS = ['00000000-0000-4000-8000-0000000000a1', '00000000-0000-4000-8000-0000000000a2']
const TEMPLATES = ['00000000-0000-4000-8000-0000000000b1', '00000000-0000-4000-8000-0000000000b2']
const CUSTOMER = '00000000-0000-4000-8000-0000000000c1'
const KINDS = ['appeal', 'claim', null] as const
const SOURCES = ['complaint', 'campaign', 'follow_up'] as const
const DIMS = ['tangibles', 'reliability', 'responsiveness', 'assurance', 'empathy', null] as const
const START = Date.parse('2026-01-30T12:00:00Z')
const HOUR = 3_600_000
const message = { channel: 'sms' as const, recipient: '138', subject: '', body: 'x', kind: 'survey' }

/** A small seeded generator (mulberry32), so a failure replays. */
function prng(seed: number) {
  let a = seed
  const next = () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
  const int = (n: number) => Math.floor(next() * n)
  return { int, pick: <T>(xs: readonly T[]): T => xs[int(xs.length)]! }
}

describe.each(testDatabases())('survey daily aggregate on $name', (target) => {
  let h: DatabaseHandle
  const rand = prng(20261207)
  let tokens = 0
  // Times straddle China midnight (16:00 UTC) and a month's end, so days and months are tested.
  const at = () => new Date(START + rand.int(24 * 5) * HOUR + rand.int(60) * 60_000)
  const station = () => rand.pick([...STATIONS, null])
  const base = () => {
    const stationId = station()
    return {
      source: rand.pick(SOURCES),
      complaintId: null,
      campaignId: null,
      followUpId: null,
      customerId: CUSTOMER,
      stationId,
      region: stationId ? (stationId === STATIONS[0] ? '华东' : rand.pick(['华北', null])) : null,
      kind: rand.pick(KINDS),
      templateId: rand.pick(TEMPLATES),
      templateVersion: 1,
      sourceKey: `k${tokens++}`,
    }
  }
  const item = (i: number): AnswerItem => {
    const type = rand.pick(['csat', 'nps', 'text', 'csat'] as const)
    const score = type === 'csat' ? 1 + rand.int(5) : type === 'nps' ? rand.int(11) : null
    return { questionId: `q${i}`, type, dimension: rand.pick(DIMS), score, choices: [], text: null }
  }

  beforeAll(async () => {
    h = await target.open()
    for (const statement of [
      `insert into organisations (id, kind, code, name_zh, name_en) values
        ('${STATIONS[0]}', 'dealer', 'S1', '站一', 'One'), ('${STATIONS[1]}', 'dealer', 'S2', '站二', 'Two')`,
      `insert into customers (id, name) values ('${CUSTOMER}', '张三')`,
      `insert into survey_templates (id, purpose, title_zh, title_en, created_by, created_at, updated_at)
        select id::uuid, 'complaint', 't', 't', 'test', now(), now()
        from unnest(array['${TEMPLATES.join("','")}']) id`,
    ])
      await h.db.execute(sql.raw(statement))
  }, 60_000)
  afterAll(() => h?.close())

  async function deliverAndAnswer(steps: number) {
    const repos = createRepositories(h.db)
    const uow = createUnitOfWork(h.db)
    for (let s = 0; s < steps; s++) {
      const invs = (
        (await h.db.execute(sql`select id, status, sent_at from survey_invitations`)) as unknown as {
          rows: { id: string; status: SurveyInvitation['status']; sent_at: Date | null }[]
        }
      ).rows
      const scheduled = invs.filter((i) => i.status === 'scheduled')
      const sent = invs.filter((i) => i.status === 'sent')
      const op = rand.int(6)
      if (op === 0) await repos.surveys.invitations.schedule({ ...base(), sendAt: at(), createdAt: at() })
      else if (op === 1 && scheduled.length) {
        const sentAt = at()
        await repos.surveys.invitations.markDelivered(
          rand.pick(scheduled).id,
          sentAt,
          new Date(sentAt.getTime() + 240 * HOUR),
          `t${tokens++}`,
        )
      } else if (op === 2) {
        const sentAt = at()
        const rows = Array.from({ length: 1 + rand.int(4) }, () => ({
          ...base(),
          sendAt: sentAt,
          createdAt: sentAt,
          sentAt,
          expiresAt: new Date(sentAt.getTime() + 240 * HOUR),
          tokenHash: `t${tokens++}`,
          message,
        }))
        await repos.surveys.invitations.createDelivered(rows)
      } else if (op === 3 && scheduled.length) await repos.surveys.invitations.cancel(rand.pick(scheduled).id)
      else if (op === 4 && sent.length) {
        const inv = rand.pick(sent)
        await repos.surveys.invitations.claimReminder(inv.id, 0, `t${tokens++}`, at())
      } else if (sent.length) {
        const inv = (await repos.surveys.invitations.byId(rand.pick(sent).id))!
        await uow.run(async (tx) => {
          const answeredAt = new Date(inv.sentAt!.getTime() + rand.int(100) * HOUR)
          await tx.surveys.responses.create({
            invitationId: inv.id,
            templateId: inv.templateId,
            templateVersion: 1,
            answers: {},
            items: Array.from({ length: rand.int(6) }, (_, i) => item(i)),
            dissatisfied: false,
            answeredAt,
          })
          await tx.surveys.invitations.markAnswered(inv.id, answeredAt)
        })
      }
    }
  }

  it('equals a recount of the raw rows after a random run of deliveries, answers and reminders', async () => {
    await deliverAndAnswer(250)
    const { actual, expected } = await surveyDailyRecount(h.db)
    expect(expected.size).toBeGreaterThan(10)
    expect(actual).toEqual(expected)
    await rebuildSurveyDaily(h.db)
    const rebuilt = await surveyDailyRecount(h.db)
    expect(rebuilt.actual).toEqual(expected)
  }, 120_000)

  it('gives the statistics of the raw facts for every filter and grouping', async () => {
    const repos = createRepositories(h.db)
    const filters: SurveyFactFilter[] = [
      {},
      { stationId: STATIONS[0] },
      { region: '华北' },
      { kind: 'claim' },
      { source: 'campaign' },
      { templateId: TEMPLATES[1] },
      { from: chinaDayStart('2026-01-31'), to: chinaDayEnd('2026-02-02') },
      { from: chinaDayStart('2026-02-01'), stationId: STATIONS[1], kind: 'appeal' },
      // Inside a day: not whole China days, counted from the raw rows.
      { from: new Date(START + 30 * HOUR), to: new Date(START + 70 * HOUR) },
    ]
    for (const f of filters) {
      const facts = await repos.surveys.responses.facts(f)
      const totals = await repos.surveys.responses.totals(f, GROUPINGS)
      expect(summaryFromTotals(totals.all), JSON.stringify(f)).toEqual(summarise(facts))
      for (const g of GROUPINGS) {
        const got = totals.by[g]
          .map((x) => ({ key: x.key, summary: summaryFromTotals(x.totals) }))
          .sort((a, b) => (a.key ?? '\uffff').localeCompare(b.key ?? '\uffff'))
        expect(got, `${JSON.stringify(f)} by ${g}`).toEqual(groupFacts(facts, g))
      }
    }
  }, 120_000)
})
