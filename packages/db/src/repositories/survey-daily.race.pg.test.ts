import { afterAll, beforeAll, expect, it } from 'vitest'
import { type DatabaseHandle, openDatabase } from '../client'
import { createScratchDatabase, namedConnection, postgresTestUrl, sql, surveyDailyRecount } from '../testing'
import { createRepositories, createUnitOfWork } from '.'

/**
 * Two servers (two pools) deliver and answer surveys of the same station and day at the same moment:
 * the increments of survey_daily's one row commute, so none is lost.
 */
let scratch: Awaited<ReturnType<typeof createScratchDatabase>>
let a: DatabaseHandle
let b: DatabaseHandle
const station = '00000000-0000-4000-8000-0000000000a1'
const customer = '00000000-0000-4000-8000-0000000000c1'
const template = '00000000-0000-4000-8000-0000000000b1'
const sentAt = new Date('2026-03-03T03:00:00Z')
const message = { channel: 'sms' as const, recipient: '138', subject: '', body: 'x', kind: 'survey' }

beforeAll(async () => {
  scratch = await createScratchDatabase(postgresTestUrl()!)
  a = await openDatabase({ url: namedConnection(scratch.url, 'survey-a') })
  await a.migrate()
  b = await openDatabase({ url: namedConnection(scratch.url, 'survey-b') })
  await a.db.execute(
    sql.raw(
      `insert into organisations (id, kind, code, name_zh, name_en) values ('${station}', 'dealer', 'S1', '站一', 'One')`,
    ),
  )
  await a.db.execute(sql.raw(`insert into customers (id, name) values ('${customer}', '张三')`))
  await a.db.execute(
    sql.raw(`insert into survey_templates (id, purpose, title_zh, title_en, created_by, created_at, updated_at)
      values ('${template}', 'complaint', 't', 't', 'test', now(), now())`),
  )
}, 120_000)
afterAll(async () => {
  await a?.close()
  await b?.close()
  await scratch?.drop()
})

const invitation = (n: number) => ({
  source: 'complaint' as const,
  sourceKey: `race-${n}`,
  complaintId: null,
  campaignId: null,
  followUpId: null,
  customerId: customer,
  stationId: station,
  region: '华东',
  kind: 'claim',
  templateId: template,
  templateVersion: 1,
  sendAt: sentAt,
  createdAt: sentAt,
  sentAt,
  expiresAt: sentAt,
  tokenHash: `race-${n}`,
  message,
})

it('loses no count when deliveries and answers of one station and day race on two servers', async () => {
  const first = await createRepositories(a.db).surveys.invitations.createDelivered(
    Array.from({ length: 20 }, (_, n) => invitation(n)),
  )
  const answer = (h: DatabaseHandle, id: string) =>
    createUnitOfWork(h.db).run(async (tx) => {
      await tx.surveys.responses.create({
        invitationId: id,
        templateId: template,
        templateVersion: 1,
        answers: {},
        items: [
          { questionId: 'q1', type: 'csat', dimension: 'empathy', score: 4, choices: [], text: null },
          { questionId: 'q2', type: 'nps', dimension: null, score: 9, choices: [], text: null },
        ],
        dissatisfied: false,
        answeredAt: sentAt,
      })
      await tx.surveys.invitations.markAnswered(id, sentAt)
    })
  await Promise.all([
    ...first.map((inv, i) => answer(i % 2 ? a : b, inv.id)),
    ...Array.from({ length: 10 }, (_, n) =>
      createRepositories(n % 2 ? a.db : b.db).surveys.invitations.createDelivered([invitation(100 + n)]),
    ),
  ])
  const { actual, expected } = await surveyDailyRecount(a.db)
  expect([...actual.values()].map((r) => [r.delivered, r.answered, r.csat_4, r.nps_9])).toEqual([
    [30, 20, 20, 20],
    [30, 20, 20, 20],
  ])
  expect(actual).toEqual(expected)
}, 60_000)
