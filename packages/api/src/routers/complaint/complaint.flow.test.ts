import { randomUUID } from 'node:crypto'
import { schema } from '@asq/db'
import { testDatabases } from '@asq/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportedFile } from '../../testing/exported'
import { createHarness, type Harness } from '../../testing/harness'

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4])
const EXE = new Uint8Array(Buffer.from('MZ\x90\x00 not a photo'))

describe.each(testDatabases())('complaints end to end on $name', (target) => {
  let h: Harness
  let customer: Awaited<ReturnType<Harness['as']>>
  let station: Awaited<ReturnType<Harness['as']>>
  let staff: Awaited<ReturnType<Harness['as']>>
  let desk: Awaited<ReturnType<Harness['as']>>
  let otherStation: Awaited<ReturnType<Harness['as']>>
  let id: string
  let stationId: string
  let customerToken: string
  const version = async () => (await h.repos.complaints.byId(id))!.version

  beforeAll(async () => {
    // Monday 2026-11-23, 09:00 in Beijing.
    h = await createHarness(target, new Date('2026-11-23T01:00:00Z'))
    customerToken = await h.customerToken('13800000002')
    customer = await h.as(customerToken)
    station = await h.as(await h.staffToken('bj.manager'))
    staff = await h.as(await h.staffToken('bj.staff'))
    desk = await h.as(await h.staffToken('service'))
    otherStation = await h.as(await h.staffToken('sh.manager'))
    stationId = (await h.repos.organisations.list({ kind: 'dealer' })).find((o) => o.code === 'D-BJ01')!.id
  })
  afterAll(() => h.close())

  it('files from the portal once, even when the form is submitted twice', async () => {
    const { vehicles } = await customer.complaint.my.formOptions()
    const form = {
      clientRequestId: randomUUID(),
      cause: 'parts_availability' as const,
      stationId,
      vehicleId: vehicles[0]!.id,
      summary: '前大灯闪烁 Headlamp flickers',
      description: '调整过一次，仍然闪烁。Adjusted once, still flickers.',
    }
    const first = await customer.complaint.my.file(form)
    const again = await customer.complaint.my.file(form)
    expect(again.id).toBe(first.id)
    expect(first.number).toMatch(/^CP-2026-\d{6}$/)
    id = first.id
    const view = await customer.complaint.my.get({ id })
    expect(view.timeline.map((e) => e.type)).toEqual(['opened'])
    expect(view.progress.dueAt!.getTime() - view.openedAt.getTime()).toBe(24 * 3_600_000)
    const sms = await h.repos.outbox.list({ recipient: '13800000002', limit: 1, offset: 0 })
    expect(sms.items[0]?.body).toContain(first.number)
  })

  it("refuses a vehicle that is not the customer's, naming the field", async () => {
    const someoneElses = (
      await h.repos.vehicles.forCustomer(
        (await h.repos.customers.byContact({ type: 'phone', value: '13800000003' }))!.id,
      )
    )[0]!
    await expect(
      customer.complaint.my.file({
        clientRequestId: randomUUID(),
        cause: 'fees',
        stationId,
        vehicleId: someoneElses.id,
        summary: 's',
        description: 'd',
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: 'Choose one of your own vehicles' })
  })

  it('shows the case to its station, nearest deadline first, and to no other station', async () => {
    const q = await station.complaint.station.queue({})
    expect(q.items.map((c) => c.id)).toContain(id)
    await expect(otherStation.complaint.station.get({ id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('runs the six steps at the station, with parts and technical support', async () => {
    await station.complaint.station.respond({
      id,
      version: await version(),
      contactChannel: 'phone',
      note: '已致电客户，道歉并约定检查。',
    })
    await station.complaint.station.startHandling({ id, version: await version() })
    await station.complaint.station.recordStory({
      id,
      version: await version(),
      story: {
        what: '左前大灯闪烁',
        when: '夜间行驶',
        where: '北京',
        who: '车主',
        tools: '无故障灯',
        otherParties: '维修技师确认',
        confirmedByCustomer: true,
      },
      mindsets: ['venting', 'compensation'],
    })
    await station.complaint.station.checkStock({
      id,
      version: await version(),
      partCode: 'X7-HL-001',
      partName: '前大灯总成',
      result: 'out_of_stock',
      note: '',
    })
    const seven = Array.from({ length: 7 }, (_, i) => ({
      partCode: `P${i}`,
      partName: `Part ${i}`,
      quantity: 1,
    }))
    await expect(
      station.complaint.station.raisePartsRequest({ id, version: await version(), lines: seven }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' })
    await station.complaint.station.raisePartsRequest({
      id,
      version: await version(),
      lines: [{ partCode: 'X7-HL-001', partName: '前大灯总成', quantity: 1 }],
    })
    expect((await h.repos.complaints.byId(id))!.status).toBe('awaiting_parts')

    const { items } = await desk.complaint.desk.partsQueue({ status: 'requested' })
    const req = items.find((r) => r.complaintId === id)!
    await expect(
      desk.complaint.desk.stepPartsRequest({ requestId: req.id, to: 'confirmed' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' })
    await desk.complaint.desk.stepPartsRequest({ requestId: req.id, to: 'confirmed', eta: '2026-11-26' })
    await desk.complaint.desk.stepPartsRequest({ requestId: req.id, to: 'shipped' })
    await station.complaint.station.receiveParts({ requestId: req.id })
    expect((await h.repos.complaints.byId(id))!.status).toBe('in_progress')

    await station.complaint.station.requestTechSupport({
      id,
      version: await version(),
      question: '更换大灯后仍闪烁，是否线束问题？',
    })
    const tech = (await desk.complaint.desk.techQueue({})).items.find((r) => r.complaintId === id)!
    await desk.complaint.desk.answerTechSupport({
      requestId: tech.id,
      answer: '检查大灯线束插头 C12 是否松动。',
    })
    await expect(
      desk.complaint.desk.answerTechSupport({ requestId: tech.id, answer: 'again' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' })
    expect((await h.repos.complaints.byId(id))!.status).toBe('in_progress')
  })

  it('keeps goodwill above authority from the customer until a manager approves', async () => {
    await staff.complaint.station.proposeCompensation({
      id,
      version: await version(),
      type: 'waived_labour',
      amountFen: 50_000,
      note: '免除工时费',
    })
    const before = await customer.complaint.my.get({ id })
    expect(before.timeline.map((e) => e.type)).not.toContain('compensation_offered')
    const comp = (await h.repos.compensations.forComplaint(id))[0]!
    expect(comp.status).toBe('pending_approval')
    await station.complaint.station.decideCompensation({ compensationId: comp.id, approve: true, note: 'ok' })
    const after = await customer.complaint.my.get({ id })
    expect(after.timeline.find((e) => e.type === 'compensation_offered')?.data).toEqual({
      type: 'waived_labour',
      amountFen: 50_000,
    })
  })

  it('refuses a stale edit instead of overwriting it', async () => {
    const v = await version()
    await station.complaint.station.addNote({ id, version: v, note: '客户情绪激动，注意沟通。' })
    await expect(
      staff.complaint.station.addNote({ id, version: v, note: 'second writer' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' })
  })

  it('accepts photos by content and refuses anything else', async () => {
    const a = await customer.complaint.my.upload({
      complaintId: id,
      uploadId: await h.upload(customerToken, PNG, 'lamp.png'),
    })
    expect(a.mime).toBe('image/png')
    await expect(h.upload(customerToken, EXE, 'photo.jpg')).rejects.toMatchObject({ code: 'FILE.TYPE' })
    expect((await customer.complaint.my.attachment({ id: a.id })).dataUrl).toMatch(/^data:image\/png;base64,/)
    expect((await station.complaint.station.attachment({ id: a.id })).filename).toBe('lamp.png')
    await expect(otherStation.complaint.station.attachment({ id: a.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
  })

  it('reopens on "not solved" and closes only after a satisfied follow-up', async () => {
    await station.complaint.station.resolve({
      id,
      version: await version(),
      result: '已紧固大灯线束插头并更换大灯总成。',
    })
    await station.complaint.station.startFollowUp({ id, version: await version() })
    await customer.complaint.my.confirm({ id, version: await version(), solved: false, comment: '还是闪' })
    expect((await h.repos.complaints.byId(id))!.status).toBe('in_progress')
    const reopened = await station.complaint.station.get({ id })
    expect(reopened.clocks.find((c) => c.clock === 'resolution')?.cycle).toBe(2)
    await station.complaint.station.resolve({
      id,
      version: await version(),
      result: '更换线束总成，路试正常。',
    })
    await station.complaint.station.startFollowUp({ id, version: await version() })
    await customer.complaint.my.confirm({ id, version: await version(), solved: true, comment: '' })
    const done = await customer.complaint.my.get({ id })
    expect(done.status).toBe('closed')
    expect(done.timeline.map((e) => e.type)).toEqual(
      expect.arrayContaining([
        'opened',
        'responded',
        'parts_requested',
        'parts_status',
        'tech_requested',
        'tech_answered',
        'resolved',
        'reopened',
        'closed',
      ]),
    )
  })

  it('never shows the customer internal notes, answers or story', async () => {
    const text = JSON.stringify(await customer.complaint.my.get({ id }))
    for (const secret of ['客户情绪激动', 'C12', 'venting', 'otherParties', '维修技师确认'])
      expect(text).not.toContain(secret)
  })

  it('escalates a breached clock exactly once, however often the sweep runs', async () => {
    const { vehicles } = await customer.complaint.my.formOptions()
    const late = await customer.complaint.my.file({
      clientRequestId: randomUUID(),
      cause: 'waiting_time',
      stationId,
      vehicleId: vehicles[0]!.id,
      summary: '等待两小时',
      description: '承诺一小时，两小时未开始。',
    })
    const admin = await h.as(await h.staffToken('admin'))
    h.advance(25 * 3_600_000)
    const before = await h.repos.complaints.escalationCount(late.id)
    const escalationsBefore = (await h.db.select().from(schema.complaintEscalations)).length
    const first = await admin.complaint.desk.runEscalationSweep()
    // What the sweep reports is exactly what it wrote (other cases of this file breach too).
    expect(first.escalated).toBe(
      (await h.db.select().from(schema.complaintEscalations)).length - escalationsBefore,
    )
    const second = await admin.complaint.desk.runEscalationSweep()
    expect(second.escalated).toBe(0)
    expect(before).toBe(0)
    expect(await h.repos.complaints.escalationCount(late.id)).toBe(1)
    const c = (await h.repos.complaints.byId(late.id))!
    expect(c.escalationLevel).toBe(1)
    expect((await customer.complaint.my.get({ id: late.id })).timeline.map((e) => e.type)).toContain(
      'escalated',
    )
    const board = await desk.complaint.desk.escalationBoard({})
    expect(board.items.map((i) => i.id)).toContain(late.id)
  })

  it('exports CSV that a spreadsheet cannot run as formulas', async () => {
    await customer.complaint.my.file({
      clientRequestId: randomUUID(),
      cause: 'fees',
      stationId,
      summary: '=HYPERLINK("x")',
      description: 'd',
    })
    const { text } = await exportedFile(await desk.complaint.desk.export({ format: 'csv' }))
    expect(text).toContain(`'=HYPERLINK`)
    expect(text.startsWith('\uFEFF编号')).toBe(true)
  })

  it('lets the desk search and filter with paging', async () => {
    const byText = await desk.complaint.desk.list({ q: '大灯', pageSize: 5 })
    expect(byText.items.length).toBeGreaterThan(0) // so the every() below checks something
    expect(byText.items.every((c) => c.summary.includes('大灯'))).toBe(true)
    const closed = await desk.complaint.desk.list({ status: 'closed' })
    expect(closed.items.map((c) => c.id)).toContain(id)
    expect(closed.items.every((c) => c.status === 'closed')).toBe(true)
    const all = await desk.complaint.desk.list({ pageSize: 100 })
    const page2 = await desk.complaint.desk.list({ page: 2, pageSize: 1 })
    expect(page2.items.map((c) => c.id)).toEqual([all.items[1]!.id])
    expect(page2.total).toBe(all.total)
  })
})
