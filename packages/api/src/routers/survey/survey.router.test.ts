import { randomUUID } from 'node:crypto'
import { testDatabases } from '@asq/db/testing'
import { groupFacts, renderOutboxBody, summarise } from '@asq/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { nodeSecurity } from '../../security/security'
import { createHarness, type Harness } from '../../testing/harness'
import { factFilter } from './survey.results'

type Caller = Awaited<ReturnType<Harness['as']>>
const HOUR = 3_600_000
const DAY = 24 * HOUR

describe.each(testDatabases())('satisfaction surveys on $name', (target) => {
  let h: Harness
  let admin: Caller
  let service: Caller
  let quality: Caller
  let finance: Caller
  let station: Caller
  let otherStation: Caller
  let customer: Caller
  let anonymous: Caller
  let stationId: string
  let complaintId: string
  let token: string

  /** The newest survey link sent to a contact, read from the outbox as the customer's phone would. */
  async function linkSentTo(contact: string): Promise<string> {
    const { items } = await h.repos.outbox.list({ recipient: contact, limit: 10, offset: 0 })
    const m = items.map((i) => /\/portal\/s\/([A-Za-z0-9_-]+)/.exec(renderOutboxBody(i))).find(Boolean)
    if (!m) throw new Error(`no survey link was sent to ${contact}`)
    return m[1]!
  }

  /** A complaint of 李娜 at 北京朝阳, driven by the station to a satisfied follow-up (closed). */
  async function closeNewComplaint(): Promise<string> {
    const filed = await customer.complaint.my.file({
      clientRequestId: randomUUID(),
      cause: 'repair_quality',
      stationId,
      summary: '空调异响 A/C rattles',
      description: '保养后空调异响。',
    })
    const v = async () => (await h.repos.complaints.byId(filed.id))!.version
    const id = filed.id
    await station.complaint.station.respond({
      id,
      version: await v(),
      contactChannel: 'phone',
      note: '已致电',
    })
    await station.complaint.station.startHandling({ id, version: await v() })
    await station.complaint.station.resolve({ id, version: await v(), result: '更换鼓风机' })
    await station.complaint.station.startFollowUp({ id, version: await v() })
    await station.complaint.station.recordFollowUp({ id, version: await v(), satisfied: true, note: '满意' })
    expect((await h.repos.complaints.byId(id))!.status).toBe('closed')
    return id
  }

  beforeAll(async () => {
    h = await createHarness(target, new Date('2026-11-23T01:00:00Z'))
    admin = await h.as(await h.staffToken('admin'))
    service = await h.as(await h.staffToken('service'))
    quality = await h.as(await h.staffToken('quality'))
    finance = await h.as(await h.staffToken('finance'))
    station = await h.as(await h.staffToken('bj.manager'))
    otherStation = await h.as(await h.staffToken('sh.manager'))
    customer = await h.as(await h.customerToken('13800000002'))
    anonymous = await h.as(null)
    stationId = (await h.repos.organisations.list({ kind: 'dealer' })).find((o) => o.code === 'D-BJ01')!.id
  })
  afterAll(() => h.close())

  it('seeds two templates and answered surveys, so the results are never empty', async () => {
    const templates = await quality.survey.hq.templates({})
    expect(templates.map((t) => t.purpose).sort()).toEqual(['campaign', 'complaint'])
    const r = await quality.survey.hq.results({})
    // Seeded: the H1 campaign went to 3 key accounts (2 answered) and the closed demo complaint's survey
    // was answered: 4 delivered, 3 answered.
    expect(r.summary).toMatchObject({ delivered: 4, answered: 3, responseRate: 75 })
    await expect(finance.survey.hq.results({})).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })

  it('schedules the survey when a complaint closes, and the sweep delivers it once after the delay', async () => {
    complaintId = await closeNewComplaint()
    const [inv] = await h.repos.surveys.invitations.forComplaint(complaintId)
    expect(inv).toMatchObject({ status: 'scheduled', source: 'complaint', stationId, kind: 'appeal' })
    expect(inv!.sendAt.getTime() - h.now().getTime()).toBeGreaterThan(23 * HOUR)

    expect((await admin.survey.hq.runDeliverySweep()).delivered).toBe(0)
    h.advance(25 * HOUR)
    expect(await admin.survey.hq.runDeliverySweep()).toMatchObject({ delivered: 1 })
    expect(await admin.survey.hq.runDeliverySweep()).toMatchObject({ delivered: 0 })

    token = await linkSentTo('13800000002')
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    // Only the SHA-256 of the token is stored: it is nowhere in the links, invitations or audit trail.
    const sent = (await h.repos.surveys.invitations.forComplaint(complaintId))[0]!
    expect(sent.status).toBe('sent')
    expect((await h.repos.surveys.invitations.byTokenHash(nodeSecurity.hashToken(token)))?.id).toBe(sent.id)
    expect(await h.repos.surveys.invitations.byTokenHash(token)).toBeNull()
    const audit = JSON.stringify(await h.repos.audit.list({ entityId: sent.id, limit: 50, offset: 0 }))
    expect(audit).toContain('survey.deliver')
    expect(audit).not.toContain(token)
  })

  it('opens without an account, in Chinese and English', async () => {
    const s = await anonymous.survey.open({ token })
    expect(s.title.zh).toBe('投诉处理满意度回访')
    expect(s.title.en).toMatch(/complaint/)
    expect(s.stationName).toEqual({ zh: '北京朝阳服务站', en: 'Beijing Chaoyang Station' })
    expect(s.questions.map((q) => q.type)).toEqual(['csat', 'csat', 'csat', 'csat', 'nps', 'single', 'text'])
    expect(s.questions[0]).toMatchObject({ scale: { min: 1, max: 5 }, required: true })
    expect(JSON.stringify(s)).not.toMatch(/dimension|reliability|customerId/)
  })

  it('says plainly that a tampered or unknown link is invalid', async () => {
    const tampered = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`
    await expect(anonymous.survey.open({ token: tampered })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      cause: { code: 'SURVEY.LINK_INVALID' },
    })
    await expect(anonymous.survey.open({ token: '../../etc/passwd' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    })
    await expect(anonymous.survey.answer({ token: tampered, answers: { overall: 5 } })).rejects.toMatchObject(
      { code: 'NOT_FOUND' },
    )
  })

  const good = { overall: 4, response: 4, attitude: 5, explain: 4, recommend: 9, solved: 'yes' }

  it('refuses bad answers naming the question, and stores nothing', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ ...good, overall: 6 }, 'answers.overall', 'Question 1'],
      [{ ...good, recommend: 11 }, 'answers.recommend', 'Question 5'],
      [{ ...good, solved: undefined }, 'answers.solved', 'an answer is required'],
      [{ ...good, solved: 'maybe' }, 'answers.solved', 'choose one of the options'],
    ]
    for (const [answers, field, message] of cases) {
      const clean = JSON.parse(JSON.stringify(answers))
      await expect(anonymous.survey.answer({ token, answers: clean })).rejects.toMatchObject({
        code: 'BAD_REQUEST',
        message: expect.stringContaining(message),
        cause: { code: 'SURVEY.ANSWER_INVALID', field },
      })
    }
    const inv = (await h.repos.surveys.invitations.forComplaint(complaintId))[0]!
    expect(inv.answeredAt).toBeNull()
    expect(await h.repos.surveys.responses.byInvitation(inv.id)).toBeNull()
  })

  it('a low answer opens a follow-up task for the station and reopens the complaint', async () => {
    const before = await admin.survey.hq.results({ stationId })
    const answer = await anonymous.survey.answer({
      token,
      answers: { ...good, overall: 2, recommend: 3, comment: '<script>alert(1)</script> 还是响' },
    })
    expect(answer).toEqual({ answered: true, dissatisfied: true })

    const c = (await h.repos.complaints.byId(complaintId))!
    expect(c.status).toBe('in_progress')
    const events = await h.repos.complaints.events(complaintId)
    const reopened = events.find((e) => e.type === 'reopened')!
    expect(reopened.actorLabel).toMatch(/^customer:/)
    expect(String(reopened.data.reason)).toContain('Dissatisfied survey answer')

    const tasks = await station.survey.station.followUps({ status: 'open' })
    const task = tasks.items.find((t) => t.complaintId === complaintId)!
    expect(task.lowAnswers.map((l) => l.questionId)).toEqual(['overall', 'recommend'])
    const detail = await station.survey.station.followUp({ id: task.id })
    expect(detail.customer?.phone).toBe('13800000002')
    // Free text is stored exactly as typed; the screens escape it.
    expect(detail.answers.find((a) => a.id === 'comment')?.value).toBe('<script>alert(1)</script> 还是响')
    await expect(otherStation.survey.station.followUp({ id: task.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    expect((await otherStation.survey.station.followUps({})).items.map((t) => t.id)).not.toContain(task.id)

    const after = await admin.survey.hq.results({ stationId })
    expect(after.summary.answered).toBe(before.summary.answered + 1)
    // The invitation was delivered before: one more answered over the same delivered count (%, 1 decimal).
    expect(after.summary.delivered).toBe(before.summary.delivered)
    expect(after.summary.responseRate).toBe(
      Math.round((after.summary.answered / after.summary.delivered) * 1000) / 10,
    )
    const comments = await quality.survey.hq.comments({ stationId, pageSize: 50 })
    expect(comments.items.map((i) => i.text)).toContain('<script>alert(1)</script> 还是响')
  })

  it('refuses a second answer and stores nothing of it', async () => {
    await expect(anonymous.survey.answer({ token, answers: good })).rejects.toMatchObject({
      code: 'CONFLICT',
      cause: { code: 'SURVEY.LINK_USED' },
    })
    await expect(anonymous.survey.open({ token })).rejects.toMatchObject({ code: 'CONFLICT' })
    const inv = (await h.repos.surveys.invitations.forComplaint(complaintId))[0]!
    expect((await h.repos.surveys.responses.byInvitation(inv.id))!.answers.overall).toBe(2)
  })

  it('completes the task only on a satisfied renewed answer or a satisfied call', async () => {
    const task = (await station.survey.station.followUps({ status: 'open' })).items.find(
      (t) => t.complaintId === complaintId,
    )!
    const renewal = await station.survey.station.sendRenewal({ id: task.id, version: task.version })
    await expect(
      station.survey.station.sendRenewal({ id: task.id, version: renewal.version }),
    ).rejects.toMatchObject({ code: 'CONFLICT', cause: { code: 'SURVEY.RENEWAL_PENDING' } })
    const renewed = await linkSentTo('13800000002')
    expect(renewed).not.toBe(token)

    // Still unhappy: the same task stays open, no second task.
    await anonymous.survey.answer({ token: renewed, answers: { ...good, overall: 1 } })
    const still = await station.survey.station.followUp({ id: task.id })
    expect(still.status).toBe('open')
    expect(still.renewal?.status).toBe('answered')
    expect(
      (await station.survey.station.followUps({ status: 'open' })).items.filter(
        (t) => t.complaintId === complaintId,
      ),
    ).toHaveLength(1)

    // An unsatisfied call is logged; a satisfied one completes the task.
    const c1 = await station.survey.station.recordCall({
      id: task.id,
      version: still.version,
      satisfied: false,
      note: '客户仍不满意，约定周六复检',
    })
    expect(c1.status).toBe('open')
    await expect(
      station.survey.station.recordCall({ id: task.id, version: still.version, satisfied: true, note: 'x' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' })
    const c2 = await station.survey.station.recordCall({
      id: task.id,
      version: c1.version,
      satisfied: true,
      note: '复检后客户满意',
    })
    expect(c2.status).toBe('done')
    const done = await station.survey.station.followUp({ id: task.id })
    expect(done).toMatchObject({ status: 'done', resolution: 'call' })
    expect(done.calls).toHaveLength(2)
    await expect(
      station.survey.station.recordCall({
        id: task.id,
        version: done.version,
        satisfied: true,
        note: 'again',
      }),
    ).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' })
  })

  it('a renewed survey after the complaint closes again completes an open task when satisfied', async () => {
    await admin.survey.hq.updatePolicy({
      baseVersion: (await admin.survey.hq.policy()).version,
      settings: { ...(await admin.survey.hq.policy()).settings, complaintDelayHours: 0 },
    })
    const id = await closeNewComplaint()
    await admin.survey.hq.runDeliverySweep()
    await anonymous.survey.answer({
      token: await linkSentTo('13800000002'),
      answers: { ...good, overall: 1 },
    })
    const task = (await station.survey.station.followUps({ status: 'open' })).items.find(
      (t) => t.complaintId === id,
    )!
    expect((await h.repos.complaints.byId(id))!.status).toBe('in_progress')

    // The station fixes it again and closes the complaint: the new survey is the task's renewal.
    const v = async () => (await h.repos.complaints.byId(id))!.version
    await station.complaint.station.resolve({ id, version: await v(), result: '再次检修' })
    await station.complaint.station.startFollowUp({ id, version: await v() })
    await station.complaint.station.recordFollowUp({ id, version: await v(), satisfied: true, note: '满意' })
    await admin.survey.hq.runDeliverySweep()
    const [latest] = await h.repos.surveys.invitations.forComplaint(id)
    expect(latest!.followUpId).toBe(task.id)
    await anonymous.survey.answer({ token: await linkSentTo('13800000002'), answers: good })
    expect(await station.survey.station.followUp({ id: task.id })).toMatchObject({
      status: 'done',
      resolution: 'renewed_answer',
    })
    expect((await h.repos.complaints.byId(id))!.status).toBe('closed')
  })

  it('cancels a scheduled survey whose complaint was reopened before it went out', async () => {
    const policy = await admin.survey.hq.policy()
    await admin.survey.hq.updatePolicy({
      baseVersion: policy.version,
      settings: { ...policy.settings, complaintDelayHours: 48 },
    })
    await expect(
      admin.survey.hq.updatePolicy({ baseVersion: policy.version, settings: policy.settings }),
    ).rejects.toMatchObject({ code: 'CONFLICT' })
    const id = await closeNewComplaint()
    const desk = service
    await desk.complaint.desk.reopen({
      id,
      version: (await h.repos.complaints.byId(id))!.version,
      reason: '客户来电',
    })
    h.advance(49 * HOUR)
    const r = await admin.survey.hq.runDeliverySweep()
    expect(r).toMatchObject({ checked: 1, cancelled: 1, delivered: 0 })
    expect((await h.repos.surveys.invitations.forComplaint(id))[0]!.status).toBe('cancelled')
  })

  it('runs a campaign: audience size first, then one invitation per customer, however often it is sent', async () => {
    const segment = { keyAccountsOnly: true }
    const size = await service.survey.hq.campaignAudience({ segment })
    expect(size).toEqual({ total: 3, reachable: 3 })
    expect(
      await service.survey.hq.campaignAudience({ segment: { keyAccountsOnly: true, stationId } }),
    ).toEqual({
      total: 1,
      reachable: 1,
    })
    const tpl = (await service.survey.hq.templates({ purpose: 'campaign' }))[0]!
    const c = await service.survey.hq.createCampaign({
      name: '下半年大客户调查',
      period: '2026-H2',
      templateId: tpl.id,
      segment,
    })
    expect(c.audience.total).toBe(3)
    const outboxBefore = (await h.repos.outbox.list({ limit: 1, offset: 0 })).total
    const first = await service.survey.hq.sendCampaign({ id: c.id, version: c.version })
    expect(first).toMatchObject({ invited: 3, withoutContact: 0 })
    expect((await h.repos.outbox.list({ limit: 1, offset: 0 })).total).toBe(outboxBefore + 3)
    const again = await service.survey.hq.sendCampaign({ id: c.id, version: first.campaign.version })
    expect(again.invited).toBe(0)
    expect((await h.repos.outbox.list({ limit: 1, offset: 0 })).total).toBe(outboxBefore + 3)
    await expect(
      service.survey.hq.sendCampaign({ id: c.id, version: first.campaign.version }),
    ).rejects.toMatchObject({ code: 'CONFLICT' })
    await expect(
      quality.survey.hq.sendCampaign({ id: c.id, version: again.campaign.version }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    })
    const list = await quality.survey.hq.campaigns({})
    expect(list.items.find((x) => x.id === c.id)).toMatchObject({ status: 'sent', invited: 3 })
  })

  it('reminds once after N days, with a link of its own, and an expired link says so', async () => {
    const zhang = '13800000001'
    const firstLink = await linkSentTo(zhang)
    h.advance(3 * DAY + HOUR)
    const r1 = await admin.survey.hq.runReminderSweep()
    // The three invitations of the campaign sent above are unanswered after 3 days; nothing else is.
    expect(r1).toEqual({ checked: 3, reminded: 3 })
    expect((await admin.survey.hq.runReminderSweep()).reminded).toBe(0)
    const reminderLink = await linkSentTo(zhang)
    expect(reminderLink).not.toBe(firstLink)
    const { items } = await h.repos.outbox.list({ recipient: zhang, limit: 1, offset: 0 })
    expect(items[0]!.kind).toBe('survey_reminder')
    // Both links open the same invitation; answering through one uses up the other.
    expect((await anonymous.survey.open({ token: firstLink })).title.zh).toBe('大客户半年度满意度调查')
    await anonymous.survey.answer({
      token: reminderLink,
      answers: { tangibles: 5, reliability: 5, responsiveness: 4, assurance: 5, empathy: 4, recommend: 10 },
    })
    await expect(anonymous.survey.open({ token: firstLink })).rejects.toMatchObject({ code: 'CONFLICT' })

    const wang = await linkSentTo('13800000003')
    h.advance(11 * DAY)
    await expect(anonymous.survey.open({ token: wang })).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
      cause: { code: 'SURVEY.LINK_EXPIRED' },
    })
    await expect(
      anonymous.survey.answer({
        token: wang,
        answers: { tangibles: 5, reliability: 5, responsiveness: 4, assurance: 5, empathy: 4, recommend: 10 },
      }),
    ).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' })
  })

  it('versions templates: a change is a new version and sent surveys keep theirs', async () => {
    const tpl = (await service.survey.hq.templates({ purpose: 'complaint' }))[0]!
    const current = await service.survey.hq.template({ id: tpl.id })
    const content = {
      ...current.content,
      questions: [
        ...current.content.questions,
        {
          id: 'clean',
          type: 'csat' as const,
          required: true,
          dimension: 'tangibles' as const,
          text: { zh: '车辆是否洁净', en: 'Was the car returned clean?' },
        },
      ],
    }
    const updated = await service.survey.hq.updateTemplate({
      id: tpl.id,
      baseVersion: current.version,
      content,
    })
    expect(updated.currentVersion).toBe(current.version + 1)
    await expect(
      service.survey.hq.updateTemplate({ id: tpl.id, baseVersion: current.version, content }),
    ).rejects.toMatchObject({ code: 'CONFLICT' })
    expect((await service.survey.hq.template({ id: tpl.id, version: 1 })).content.questions).toHaveLength(7)
    expect((await service.survey.hq.preview({ id: tpl.id })).questions).toHaveLength(8)
    await expect(
      service.survey.hq.updateTemplate({
        id: tpl.id,
        baseVersion: updated.currentVersion,
        content: { ...content, questions: [] },
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' })
    const archived = await service.survey.hq.setTemplateActive({ id: tpl.id, active: false })
    expect(archived.active).toBe(false)
    await service.survey.hq.setTemplateActive({ id: tpl.id, active: true })
  })

  it('shows a station its own scores beside the network, and HQ every grouping', async () => {
    const own = await station.survey.station.scores({})
    // 北京朝阳 (华北): every survey delivered for it so far in this file was answered.
    expect(own.summary).toMatchObject({ delivered: 7, answered: 7, responseRate: 100 })
    expect(own.network.index).not.toBeNull()
    const all = await quality.survey.hq.results({})
    expect(all.byStation.map((s) => s.name?.zh)).toContain('北京朝阳服务站')
    expect(all.byRegion.map((g) => [g.region, g.delivered, g.answered])).toEqual([
      ['华东 East', 2, 1],
      ['华北 North', 7, 7],
      ['西南 Southwest', 2, 0],
    ])
    // The seeded H1 campaign (June) and everything this file did (November).
    expect(all.trend.map((t) => [t.month, t.delivered, t.answered])).toEqual([
      ['2026-06', 3, 2],
      ['2026-11', 8, 6],
    ])
    expect(all.targets).toEqual({ handlingSatisfaction: 70, satisfactionIndex: 75 })
    const appeals = await quality.survey.hq.results({ kind: 'appeal' })
    expect(appeals.summary.delivered).toBeLessThan(all.summary.delivered)
    const hqTasks = await quality.survey.hq.followUps({})
    expect(hqTasks.items.map((t) => t.status).sort()).toEqual(['done', 'done', 'open'])
    expect(hqTasks.total).toBe(3)
    const page = await quality.survey.hq.comments({ page: 1, pageSize: 1 })
    expect(page.items).toHaveLength(1)
    expect(page.total).toBe(4)
  })

  it('results counted in SQL are exactly the ones computed from every invitation and answer', async () => {
    for (const filter of [
      {},
      { kind: 'appeal' as const },
      { stationId },
      { from: '2026-11-01', to: '2026-11-30' },
    ]) {
      const facts = await h.repos.surveys.responses.facts(factFilter(filter))
      const results = await quality.survey.hq.results(filter)
      expect(results.summary).toEqual(summarise(facts))
      for (const [by, rows] of [
        ['station', results.byStation],
        ['region', results.byRegion],
        ['kind', results.byKind],
      ] as const)
        expect(
          rows.map(({ stationId: _, name: __, region: ___, kind: ____, ...r }: Record<string, unknown>) => r),
        ).toEqual(groupFacts(facts, by).map((g) => g.summary))
      expect(results.trend.map(({ month: _, ...r }) => r)).toEqual(
        groupFacts(facts, 'month')
          .filter((g) => g.key !== null)
          .map((g) => g.summary),
      )
    }
    // Hand-checked: the 华北 stations answered all 7 of theirs.
    const all = await quality.survey.hq.results({})
    expect(all.byRegion.find((g) => g.region === '华北 North')).toMatchObject({
      delivered: 7,
      answered: 7,
      responseRate: 100,
    })
  })
})
