import { randomUUID } from 'node:crypto'
import { testDatabases } from '@asq/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, type Harness } from '../../testing/harness'
import { runKpiRefresh } from '../kpi/kpi.refresh'
import { runMeetingActionSweep } from './meeting.sweep'

/**
 * Issue 18, the complaint review meeting: HQ schedules November's meeting, drafts the pack from the KPI
 * figures, quality and service conclude their sections, a resolution becomes an action for 北京朝阳
 * (马站长), the station completes it with evidence (上海浦东 never sees it), the minutes are kept as a
 * PDF, December's pack opens with the action done; an overdue action escalates once per level.
 */
type Caller = Awaited<ReturnType<Harness['as']>>
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])

describe.each(testDatabases())('review meeting on $name', (target) => {
  let h: Harness
  let admin!: Caller, quality!: Caller, service!: Caller, finance!: Caller, bj!: Caller, sh!: Caller
  let [bjId, bjManagerId, shManagerId, hqId] = ['', '', '', '']
  let bjToken = ''
  const key = () => ({ idempotencyKey: randomUUID() })

  beforeAll(async () => {
    h = await createHarness(target)
    bjToken = await h.staffToken('bj.manager')
    const as = async (u: string) => h.as(await h.staffToken(u))
    ;[admin, quality, service, finance] = [
      await as('admin'),
      await as('quality'),
      await as('service'),
      await as('finance'),
    ]
    bj = await h.as(bjToken)
    sh = await as('sh.manager')
    const orgs = await h.repos.organisations.list()
    bjId = orgs.find((o) => o.code === 'D-BJ01')!.id
    hqId = orgs.find((o) => o.code === 'HQ')!.id
    bjManagerId = (await h.repos.users.byUsername('bj.manager'))!.id
    shManagerId = (await h.repos.users.byUsername('sh.manager'))!.id
    await runKpiRefresh(h.deps)
  }, 120_000)
  afterAll(() => h.close())

  let novId = ''
  let actionId = ''

  it('HQ schedules the month; the same request again answers it, the same period again is refused', async () => {
    const input = {
      ...key(),
      period: { kind: 'month' as const, month: '2026-11' },
      meetingDate: '2026-11-30',
    }
    const m = await admin.improvement.meeting.schedule(input)
    expect(m).toMatchObject({
      number: 'RM-202611',
      periodFrom: '2026-11-01',
      periodTo: '2026-11-30',
      status: 'scheduled',
    })
    expect(await admin.improvement.meeting.schedule(input)).toEqual(m)
    await expect(admin.improvement.meeting.schedule({ ...input, ...key() })).rejects.toMatchObject({
      code: 'CONFLICT',
      cause: { code: 'IMPROVEMENT.MEETING_EXISTS', field: 'period' },
    })
    await expect(finance.improvement.meeting.list({ page: 1, pageSize: 20 })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    })
    novId = m.id
    const audit = await h.repos.audit.list({ limit: 1, offset: 0, entityId: m.id })
    expect(audit.items[0]).toMatchObject({ action: 'improvement.meeting.schedule' })
  })

  it('the pack takes the KPI figures and splits the cases into two sections', async () => {
    const m = await admin.improvement.meeting.get({ id: novId })
    const done = await quality.improvement.meeting.generatePack({ id: novId, version: m.version })
    const pack = done.pack!
    const tally = await h.repos.kpi.tally({ dim: 'all', key: '' }, { from: '2026-11-01', to: '2026-11-30' })
    expect(pack.figures.received).toBe(tally.opened)
    expect(pack.figures.closed).toBe(tally.closed)
    expect(pack.sections.quality.received + pack.sections.non_quality.received).toBe(tally.opened)
    expect(pack.pareto.reduce((s, b) => s + b.count, 0)).toBe(tally.opened)
    // The seeded October meeting comes first: its actions and their status now.
    expect(pack.previousMeeting).toMatchObject({ number: 'RM-202610' })
    expect(pack.previousActions.map((a) => a.status).sort()).toEqual(['done', 'open'])
    // A stale version: someone regenerated meanwhile.
    await expect(
      admin.improvement.meeting.generatePack({ id: novId, version: m.version }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    })
  })

  it('quality concludes its section, service the other; neither writes the other’s', async () => {
    let m = await admin.improvement.meeting.get({ id: novId })
    m = {
      ...m,
      ...(await quality.improvement.meeting.addConclusion({
        id: novId,
        version: m.version,
        section: 'quality',
        text: '大灯总成缺货为主因，已开8D',
      })),
    }
    await expect(
      quality.improvement.meeting.addConclusion({
        id: novId,
        version: m.version,
        section: 'non_quality',
        text: 'x',
      }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
      cause: { code: 'IMPROVEMENT.NOT_YOUR_SECTION', field: 'section' },
    })
    const saved = await service.improvement.meeting.addConclusion({
      id: novId,
      version: m.version,
      section: 'non_quality',
      text: '等待时间与收费解释不足',
    })
    expect(saved.conclusions.map((c) => [c.section, c.byName])).toEqual([
      ['non_quality', expect.any(String)],
      ['quality', expect.any(String)],
    ])
  })

  it('a resolution becomes an action for a station person, due on a working day', async () => {
    const m = await admin.improvement.meeting.get({ id: novId })
    const draft = {
      title: '服务顾问首保收费解释培训',
      ownerOrgId: bjId,
      ownerUserId: bjManagerId,
      dueDate: '2026-11-28',
    }
    await expect(
      admin.improvement.meeting.recordResolution({
        id: novId,
        version: m.version,
        ...key(),
        text: '加强收费解释',
        actions: [{ ...draft, ownerUserId: shManagerId }],
      }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      cause: { code: 'IMPROVEMENT.OWNER_NOT_IN_UNIT', field: 'actions.0.ownerUserId' },
    })
    await expect(
      admin.improvement.meeting.recordResolution({
        id: novId,
        version: m.version,
        ...key(),
        text: 'x',
        actions: [{ ...draft, dueDate: '2026-11-01' }],
      }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      cause: { code: 'IMPROVEMENT.DUE_IN_PAST', field: 'actions.0.dueDate' },
    })
    const input = { id: novId, version: m.version, ...key(), text: '加强首保收费解释', actions: [draft] }
    const r = await admin.improvement.meeting.recordResolution(input)
    expect(await admin.improvement.meeting.recordResolution(input)).toEqual(r)
    // 2026-11-28 is a Saturday: due at the end of Monday 11-30.
    expect(r.actions[0]).toMatchObject({ dueDate: '2026-11-30', status: 'open', ownerOrgId: bjId })
    expect(r.meeting.version).toBe(m.version + 1)
    actionId = r.actions[0]!.id
    await expect(admin.improvement.meeting.recordResolution({ ...input, ...key() })).rejects.toMatchObject({
      code: 'CONFLICT',
    })
    const got = await admin.improvement.meeting.get({ id: novId })
    expect(got.resolutions[0]!.actions.map((a) => [a.title, a.personName])).toEqual([[draft.title, '马站长']])
  })

  it('the station completes its action with evidence; another station never sees it', async () => {
    const mine = await bj.improvement.meeting.myActions({ page: 1, pageSize: 20 })
    const a = mine.items.find((x) => x.id === actionId)!
    expect(a).toMatchObject({
      status: 'open',
      meetingNumber: 'RM-202611',
      resolutionText: '加强首保收费解释',
    })
    const other = await sh.improvement.meeting.myActions({ page: 1, pageSize: 20 })
    expect(other.items.map((x) => x.id)).not.toContain(actionId)
    await expect(
      sh.improvement.meeting.completeAction({
        id: actionId,
        version: a.version,
        evidence: '已完成',
        uploadIds: [],
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(
      bj.improvement.meeting.completeAction({
        id: actionId,
        version: a.version,
        evidence: '  ',
        uploadIds: [],
      }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      cause: { code: 'IMPROVEMENT.ACTION_NEEDS_EVIDENCE', field: 'evidence' },
    })
    await expect(
      quality.improvement.meeting.hqCompleteAction({
        id: actionId,
        version: a.version,
        evidence: 'x',
        uploadIds: [],
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' })
    const uploadId = await h.upload(bjToken, PNG, '培训签到表.png')
    const done = await bj.improvement.meeting.completeAction({
      id: actionId,
      version: a.version,
      evidence: '11月29日全员培训，签到表附后',
      uploadIds: [uploadId],
    })
    expect(done).toMatchObject({
      status: 'done',
      evidence: {
        text: '11月29日全员培训，签到表附后',
        files: [{ filename: '培训签到表.png', mime: 'image/png' }],
      },
    })
    await expect(
      bj.improvement.meeting.completeAction({
        id: actionId,
        version: done.version,
        evidence: 'again',
        uploadIds: [],
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', cause: { code: 'IMPROVEMENT.ACTION_DONE' } })
    const audit = await h.repos.audit.list({ limit: 1, offset: 0, entityId: actionId })
    expect(audit.items[0]).toMatchObject({ action: 'improvement.action.complete' })

    // HQ reviews the evidence file, as does the station that sent it; another station cannot reach it.
    const sha256 = done.evidence!.files[0]!.sha256
    for (const reader of [
      () => quality.improvement.meeting.evidenceFile({ id: actionId, sha256 }),
      () => bj.improvement.meeting.myEvidenceFile({ id: actionId, sha256 }),
    ]) {
      const file = await reader()
      expect(file).toMatchObject({ filename: '培训签到表.png', mime: 'image/png' })
      expect(new Uint8Array(Buffer.from(file.base64, 'base64'))).toEqual(PNG)
    }
    await expect(sh.improvement.meeting.myEvidenceFile({ id: actionId, sha256 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    await expect(
      quality.improvement.meeting.evidenceFile({ id: actionId, sha256: 'f'.repeat(64) }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('finalising keeps the minutes as a PDF and freezes the meeting', async () => {
    const m = await admin.improvement.meeting.get({ id: novId })
    await expect(admin.improvement.meeting.minutesPdf({ id: novId })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    const final = await admin.improvement.meeting.finalise({ id: novId, version: m.version })
    expect(final.status).toBe('final')
    const pdf = await service.improvement.meeting.minutesPdf({ id: novId })
    expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-')
    await expect(
      admin.improvement.meeting.generatePack({ id: novId, version: final.version }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      cause: { code: 'IMPROVEMENT.MEETING_FINAL' },
    })
  })

  it('the next meeting’s pack opens with the action done', async () => {
    const dec = await admin.improvement.meeting.schedule({
      ...key(),
      period: { kind: 'month', month: '2026-12' },
      meetingDate: '2026-12-31',
    })
    const withPack = await admin.improvement.meeting.generatePack({ id: dec.id, version: dec.version })
    expect(withPack.pack!.previousMeeting).toMatchObject({ number: 'RM-202611' })
    // November's action done with its evidence; October's still-open action is carried along.
    const carried = withPack.pack!.previousActions
    expect(carried.find((a) => a.id === actionId)).toMatchObject({
      status: 'done',
      evidenceText: '11月29日全员培训，签到表附后',
    })
    expect(carried.filter((a) => a.meetingNumber === 'RM-202610').map((a) => a.status)).toEqual(['open'])
    const list = await admin.improvement.meeting.list({ page: 1, pageSize: 20 })
    expect(list.items.map((i) => i.number)).toEqual(['RM-202612', 'RM-202611', 'RM-202610'])
    expect(list.items[1]).toMatchObject({ actionsDone: 1, actionsOpen: 0 })
  })

  it('an overdue action escalates once per level, telling its person and HQ', async () => {
    const dec = (await admin.improvement.meeting.list({ page: 1, pageSize: 1 })).items[0]!
    const r = await admin.improvement.meeting.recordResolution({
      id: dec.id,
      version: dec.version,
      ...key(),
      text: '总部复核大灯配件库存',
      actions: [
        {
          title: '复核常用件库存',
          ownerOrgId: hqId,
          ownerUserId: (await h.repos.users.byUsername('quality'))!.id,
          dueDate: '2026-11-25',
        },
      ],
    })
    const a = r.actions[0]!
    expect(await runMeetingActionSweep(h.deps, new Date('2026-11-25T15:59:00Z'))).toMatchObject({
      escalated: 0,
    })
    const after = new Date('2026-11-25T16:00:00Z') // midnight after the due date, China time
    expect(await runMeetingActionSweep(h.deps, after)).toMatchObject({ escalated: 1 })
    expect(await runMeetingActionSweep(h.deps, after)).toMatchObject({ escalated: 0 })
    const bell = await quality.notification.list({ limit: 5 })
    expect(bell.items.find((n) => n.event === 'action_overdue')).toMatchObject({
      payload: { ref: 'RM-202612', level: 1 },
    })
    // Three working days late (11-26, 11-27, 11-30): the second level.
    expect(await runMeetingActionSweep(h.deps, new Date('2026-11-30T16:00:00Z'))).toMatchObject({
      escalated: 1,
    })
    expect((await h.repos.improvement.meetings.action(a.id))!.escalationLevel).toBe(2)
    const adminBell = await admin.notification.list({ limit: 5 })
    expect(adminBell.items.filter((n) => n.event === 'action_overdue').length).toBeGreaterThan(0)
  })
})
