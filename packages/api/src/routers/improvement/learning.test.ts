import { randomUUID } from 'node:crypto'
import { testDatabases } from '@asq/db/testing'
import { TRPCError } from '@trpc/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, type Harness } from '../../testing/harness'

/**
 * Issue 18, the learning centre's teaching cases: HQ turns the closed first-service case (张伟, 北京朝阳)
 * into a draft with his data masked, publishing is refused while his phone is in the text, then
 * succeeds; every station finds it in the library and beside its own cases of the same cause, without
 * a trace of the customer; the mindset step records the customer's communication style.
 */
type Caller = Awaited<ReturnType<Harness['as']>>

const refusal = async (p: Promise<unknown>) => {
  try {
    await p
  } catch (e) {
    if (e instanceof TRPCError) {
      const d = (e as TRPCError & { cause?: { code?: string; field?: string } }).cause
      return { code: e.code, domain: d?.code, field: d?.field }
    }
    throw e
  }
  return null
}

describe.each(testDatabases())('teaching cases on $name', (target) => {
  let h: Harness
  const as = {} as Record<'desk' | 'quality' | 'finance' | 'bj' | 'sh' | 'supplier', Caller>
  let closedId: string
  let caseId: string
  let version: number

  const closedCase = async () => {
    const { items } = await as.desk.complaint.desk.list({ status: 'closed', pageSize: 50 })
    return items.find((c) => c.summary.startsWith('首次保养'))!
  }

  beforeAll(async () => {
    h = await createHarness(target)
    for (const [who, username] of [
      ['desk', 'service'],
      ['quality', 'quality'],
      ['finance', 'finance'],
      ['bj', 'bj.staff'],
      ['sh', 'sh.manager'],
      ['supplier', 'lamp.supplier'],
    ] as const)
      as[who] = await h.as(await h.staffToken(username))
    closedId = (await closedCase()).id
  }, 120_000)
  afterAll(() => h.close())

  it('the library holds the two demo cases of the training material, for HQ and stations alike', async () => {
    for (const who of [as.desk, as.finance, as.bj, as.sh]) {
      const page = await who.improvement.learning.search({})
      expect(page.total).toBe(2)
    }
    const parts = await as.bj.improvement.learning.search({ partCode: 'X7HL001' })
    expect(parts.items.map((i) => i.part)).toEqual([
      { code: 'X7HL001', nameZh: 'LED前大灯总成', nameEn: 'LED headlamp assembly' },
    ])
    expect((await as.bj.improvement.learning.search({ q: '两小时' })).items).toHaveLength(1)
    expect((await as.bj.improvement.learning.search({ q: '100%_' })).total).toBe(0)
  })

  it('a case still open cannot become a teaching case', async () => {
    const { items } = await as.desk.complaint.desk.list({ status: 'in_progress', pageSize: 5 })
    expect(
      await refusal(
        as.desk.improvement.learning.createFromCase({
          clientRequestId: randomUUID(),
          complaintId: items[0]!.id,
        }),
      ),
    ).toEqual({ code: 'PRECONDITION_FAILED', domain: 'LEARNING.CASE_NOT_CLOSED', field: 'complaintId' })
  })

  it('HQ makes a draft from the closed case, pre-filled with the customer masked; a retry makes no second one', async () => {
    const key = randomUUID()
    const made = await as.desk.improvement.learning.createFromCase({
      clientRequestId: key,
      complaintId: closedId,
    })
    expect(made.created).toBe(true)
    caseId = made.id
    expect(
      await as.desk.improvement.learning.createFromCase({ clientRequestId: key, complaintId: closedId }),
    ).toEqual(made)
    expect(
      await as.quality.improvement.learning.createFromCase({
        clientRequestId: randomUUID(),
        complaintId: closedId,
      }),
    ).toEqual({ id: caseId, created: false })
    const draft = await as.desk.improvement.learning.edit({ id: caseId })
    expect(draft).toMatchObject({
      status: 'draft',
      cause: 'fees',
      customerType: 'key_account',
      complaintId: closedId,
      complaintNumber: (await closedCase()).number,
      lessons: '',
      leaks: [],
    })
    expect(draft.story).toContain('首保')
    version = draft.version
    const audit = await h.repos.audit.list({
      entityType: 'teaching_case',
      entityId: caseId,
      limit: 5,
      offset: 0,
    })
    expect(audit.items.map((a) => a.action)).toEqual(['improvement.teaching_case.create'])
  })

  it('publishing is refused while the customer’s phone is in the text, naming the field; the editor shows where', async () => {
    const draft = await as.desk.improvement.learning.edit({ id: caseId })
    const saved = await as.desk.improvement.learning.update({
      id: caseId,
      version,
      title: draft.title,
      cause: draft.cause,
      partCode: null,
      customerType: draft.customerType,
      communicationStyle: 'analytical',
      mindsets: ['respect'],
      story: `${draft.story}\n客户电话 138-0000-0001。`,
      actions: '服务总监解释首保范围并致歉。',
      lessons: '首保包含哪些项目、哪些收费，交车时要讲清楚。',
    })
    expect(saved.leaks).toEqual([expect.objectContaining({ field: 'story', kind: 'phone' })])
    version = saved.version
    expect(await refusal(as.desk.improvement.learning.publish({ id: caseId, version }))).toEqual({
      code: 'BAD_REQUEST',
      domain: 'LEARNING.CONTAINS_PHONE',
      field: 'story',
    })
    expect((await as.desk.improvement.learning.edit({ id: caseId })).status).toBe('draft')
  })

  it('a stale version is a conflict; an unknown part is refused on its field', async () => {
    const draft = await as.desk.improvement.learning.edit({ id: caseId })
    const content = {
      title: draft.title,
      cause: draft.cause,
      partCode: null,
      customerType: draft.customerType,
      communicationStyle: draft.communicationStyle,
      mindsets: draft.mindsets,
      story: draft.story.replace('客户电话 138-0000-0001。', ''),
      actions: draft.actions,
      lessons: draft.lessons,
    }
    expect(
      (await refusal(as.desk.improvement.learning.update({ id: caseId, version: version - 1, ...content })))
        ?.code,
    ).toBe('CONFLICT')
    expect(
      await refusal(
        as.desk.improvement.learning.update({ id: caseId, version, ...content, partCode: 'NOPE' }),
      ),
    ).toEqual({ code: 'BAD_REQUEST', domain: 'LEARNING.UNKNOWN_PART', field: 'partCode' })
    const clean = await as.desk.improvement.learning.update({ id: caseId, version, ...content })
    expect(clean.leaks).toEqual([])
    version = clean.version
  })

  it('published, it is in every station’s library by cause, with no trace of the customer', async () => {
    expect((await refusal(as.bj.improvement.learning.get({ id: caseId })))?.code).toBe('NOT_FOUND')
    const published = await as.desk.improvement.learning.publish({ id: caseId, version })
    expect(published.status).toBe('published')
    version = published.version
    const found = await as.sh.improvement.learning.search({ cause: 'fees' })
    expect(found.items.map((i) => i.id)).toEqual([caseId])
    const read = await as.sh.improvement.learning.get({ id: caseId })
    expect(read).toMatchObject({ id: caseId, cause: 'fees', communicationStyle: 'analytical' })
    const text = JSON.stringify([found, read])
    for (const leak of [
      '张伟',
      'Zhang Wei',
      '13800000001',
      '0000-0001',
      'LHX5A1234N0000001',
      '京N12A45',
      closedId,
    ])
      expect(text).not.toContain(leak)
    expect(Object.keys(read)).not.toContain('complaintId')
  })

  it('a station’s case of the same cause shows it among the similar cases; another station’s case is not found', async () => {
    const { items } = await as.sh.complaint.station.queue({ pageSize: 50 })
    const fees = items.find((c) => c.cause === 'fees' && c.status !== 'closed')!
    const similar = await as.sh.improvement.learning.similar({ complaintId: fees.id })
    expect(similar[0]).toMatchObject({ id: caseId, cause: 'fees' })
    expect(similar.length).toBeLessThanOrEqual(5)
    // The closed case itself is not "like itself".
    expect(
      (await as.desk.improvement.learning.similar({ complaintId: closedId })).map((s) => s.id),
    ).not.toContain(caseId)
    expect((await refusal(as.bj.improvement.learning.similar({ complaintId: fees.id })))?.code).toBe(
      'NOT_FOUND',
    )
    expect((await refusal(as.supplier.improvement.learning.similar({ complaintId: fees.id })))?.code).toBe(
      'FORBIDDEN',
    )
  })

  it('withdrawn, it leaves the library; HQ still lists it, and every step is in the audit log', async () => {
    await as.desk.improvement.learning.withdraw({ id: caseId, version })
    expect((await as.sh.improvement.learning.search({ cause: 'fees' })).total).toBe(0)
    expect((await refusal(as.sh.improvement.learning.get({ id: caseId })))?.code).toBe('NOT_FOUND')
    const hq = await as.desk.improvement.learning.manage({ status: 'withdrawn' })
    expect(hq.items.map((i) => i.id)).toEqual([caseId])
    const audit = await h.repos.audit.list({
      entityType: 'teaching_case',
      entityId: caseId,
      limit: 10,
      offset: 0,
    })
    expect(audit.items.map((a) => a.action).sort()).toEqual(
      [
        'improvement.teaching_case.create',
        'improvement.teaching_case.publish',
        'improvement.teaching_case.update',
        'improvement.teaching_case.update',
        'improvement.teaching_case.withdraw',
      ].sort(),
    )
  })

  it('the mindset step records the customer’s communication style beside the motive', async () => {
    const { items } = await as.bj.complaint.station.queue({ pageSize: 50 })
    const open = items.find((i) => i.status !== 'closed')!
    const c = await as.bj.complaint.station.get({ id: open.id })
    const story = {
      what: '空调异响',
      when: '',
      where: '',
      who: '',
      tools: '',
      otherParties: '',
      confirmedByCustomer: true,
    }
    await as.bj.complaint.station.recordStory({
      id: c.complaint.id,
      version: c.complaint.version,
      story,
      mindsets: ['respect'],
      communicationStyle: 'amiable',
    })
    const after = await as.bj.complaint.station.get({ id: c.complaint.id })
    expect(after.complaint).toMatchObject({ mindsets: ['respect'], communicationStyle: 'amiable' })
  })
})
