import { randomUUID } from 'node:crypto'
import { testDatabases } from '@asq/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, type Harness } from '../../testing/harness'

/**
 * Issue 17, the conversation on a case: the customer, the station and HQ write on one thread; the
 * customer reads public messages only; another case, customer or station is NOT_FOUND; the customer's
 * answer resumes a case waiting for them; every message tells each recipient once.
 */
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 7, 7, 7])
type Caller = Awaited<ReturnType<Harness['as']>>

describe.each(testDatabases())('the complaint thread on $name', (target) => {
  let h: Harness
  const tokens = { customer: '', advisor: '' }
  let id: string
  let customerId: string
  // The parties, signed in once: 李娜 and another customer, 北京朝阳's manager and advisor, the HQ desk,
  // 上海浦东's manager and a supplier's user.
  const as = {} as Record<
    'customer' | 'otherCustomer' | 'manager' | 'advisor' | 'desk' | 'otherStation' | 'supplier',
    Caller
  >

  const ids = async (username: string) => (await h.repos.users.byUsername(username))!.id
  const inbox = async (r: { userId: string } | { customerId: string }) =>
    (await h.repos.notifications.list(r, { limit: 50, unreadOnly: false })).filter(
      (n) => n.event === 'message_received' && n.link === `/complaints/${id}`,
    )
  const status = async () => (await h.repos.complaints.byId(id))!.status

  beforeAll(async () => {
    h = await createHarness(target)
    tokens.customer = await h.customerToken('13800000002')
    tokens.advisor = await h.staffToken('bj.staff')
    as.customer = await h.as(tokens.customer)
    as.otherCustomer = await h.as(await h.customerToken('13800000001'))
    as.advisor = await h.as(tokens.advisor)
    for (const [who, username] of [
      ['manager', 'bj.manager'],
      ['desk', 'service'],
      ['otherStation', 'sh.manager'],
      ['supplier', 'lamp.supplier'],
    ] as const)
      as[who] = await h.as(await h.staffToken(username))
    const stationId = (await h.repos.organisations.list({ kind: 'dealer' })).find(
      (o) => o.code === 'D-BJ01',
    )!.id
    const filed = await as.customer.complaint.my.file({
      clientRequestId: randomUUID(),
      cause: 'repair_quality',
      stationId,
      summary: '空调异响 A/C rattles',
      description: '保养后空调仍有异响。',
    })
    id = filed.id
    customerId = (await h.repos.complaints.byId(id))!.customerId
  }, 120_000)
  afterAll(() => h.close())

  const post = (who: Caller, body: string, extra: Record<string, unknown> = {}) =>
    who.complaint.my.post({ complaintId: id, idempotencyKey: randomUUID(), body, ...extra })

  it('an empty thread to begin with; the customer may write publicly, staff both kinds', async () => {
    expect(await as.customer.complaint.my.thread({ complaintId: id })).toMatchObject({
      messages: [],
      canPost: ['public'],
    })
    expect((await as.advisor.complaint.station.thread({ complaintId: id })).canPost).toEqual([
      'public',
      'internal',
    ])
    expect((await as.desk.complaint.desk.thread({ complaintId: id })).canPost).toEqual(['public', 'internal'])
  })

  it('the customer reads public messages only; staff read every message, with names', async () => {
    await post(as.customer, '  空调还是响，什么时候能修？  ')
    const key = randomUUID()
    const asked = {
      complaintId: id,
      idempotencyKey: key,
      body: '请问方便明天上午来店吗？',
      visibility: 'public' as const,
    }
    await as.advisor.complaint.station.post(asked)
    await as.advisor.complaint.station.post({
      complaintId: id,
      idempotencyKey: randomUUID(),
      body: '怀疑鼓风机，先别报价',
      visibility: 'internal',
    })
    await as.desk.complaint.desk.post({
      complaintId: id,
      idempotencyKey: randomUUID(),
      body: 'HQ: check the quote standard',
      visibility: 'internal',
    })

    const mine = await as.customer.complaint.my.thread({ complaintId: id })
    expect(mine.messages.map((m) => [m.authorKind, m.body, m.mine, m.authorName])).toEqual([
      ['customer', '空调还是响，什么时候能修？', true, null],
      ['station', '请问方便明天上午来店吗？', false, null],
    ])
    expect(JSON.stringify(mine)).not.toContain('鼓风机')
    const staffView = await as.manager.complaint.station.thread({ complaintId: id })
    expect(staffView.messages.map((m) => [m.authorKind, m.visibility, m.authorName])).toEqual([
      ['customer', 'public', '李娜 Li Na'],
      ['station', 'public', expect.any(String)],
      ['station', 'internal', expect.any(String)],
      ['hq', 'internal', expect.any(String)],
    ])
    expect((await as.desk.complaint.desk.thread({ complaintId: id })).messages).toHaveLength(4)
    const times = staffView.messages.map((m) => m.createdAt.getTime())
    expect(times).toEqual([...times].sort((a, b) => a - b))
  })

  it('another customer’s, another station’s or a missing case is NOT_FOUND; a supplier has no thread', async () => {
    const missing = '00000000-0000-4000-8000-000000000000'
    for (const call of [
      () => as.otherCustomer.complaint.my.thread({ complaintId: id }),
      () => post(as.otherCustomer, 'hi'),
      () => as.otherStation.complaint.station.thread({ complaintId: id }),
      () =>
        as.otherStation.complaint.station.post({ complaintId: id, idempotencyKey: randomUUID(), body: 'x' }),
      () => as.desk.complaint.desk.thread({ complaintId: missing }),
    ])
      await expect(call()).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(as.supplier.complaint.desk.thread({ complaintId: id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    })
    await expect(as.supplier.complaint.station.thread({ complaintId: id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    })
  })

  it('refuses what the rules refuse, naming the field', async () => {
    await expect(post(as.customer, '   ')).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      cause: { code: 'THREAD.BODY_EMPTY', field: 'body' },
    })
    await expect(post(as.customer, 'x', { visibility: 'internal' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      cause: { code: 'THREAD.CUSTOMER_INTERNAL', field: 'visibility' },
    })
  })

  it('notifies each recipient once: customer → the owner or else the station’s staff, station public → the customer, notes → nobody', async () => {
    const [mgr, adv] = [await ids('bj.manager'), await ids('bj.staff')]
    // So far: one customer message (→ manager and advisor), one public station message (→ customer).
    expect(await inbox({ userId: mgr })).toHaveLength(1)
    expect(await inbox({ userId: adv })).toHaveLength(1)
    expect(await inbox({ customerId })).toHaveLength(1)
    expect(await inbox({ userId: await ids('service') })).toHaveLength(0)
    expect(await inbox({ userId: await ids('sh.manager') })).toHaveLength(0)

    // The same send twice (a retry with the same key): one message, one notification each.
    const again = { complaintId: id, idempotencyKey: randomUUID(), body: '明天上午可以 OK tomorrow' }
    const first = await as.customer.complaint.my.post(again)
    const second = await as.customer.complaint.my.post(again)
    expect(second.id).toBe(first.id)
    expect(
      (await as.customer.complaint.my.thread({ complaintId: id })).messages.filter((m) => m.id === first.id),
    ).toHaveLength(1)
    expect(await inbox({ userId: mgr })).toHaveLength(2)
    expect(await inbox({ userId: adv })).toHaveLength(2)
    const [newest] = await inbox({ userId: adv })
    expect(newest).toMatchObject({ payload: { ref: expect.stringMatching(/^CP-/) }, readAt: null })
    // The sender is never told of their own message.
    expect(await inbox({ customerId })).toHaveLength(1)

    // Once the advisor owns the case, the customer's message is the owner's alone.
    const { version } = (await as.advisor.complaint.station.get({ id })).complaint
    await as.advisor.complaint.station.takeCase({ id, version, idempotencyKey: randomUUID() })
    await post(as.customer, '好的，谢谢 Thanks')
    expect(await inbox({ userId: adv })).toHaveLength(3)
    expect(await inbox({ userId: mgr })).toHaveLength(2)

    // The owner goes on leave: the customer's next message reaches the station's staff, the manager too.
    await as.manager.identity.setAway({ id: adv, away: true })
    await post(as.customer, '还在等回复 Still waiting')
    expect(await inbox({ userId: mgr })).toHaveLength(3)
    expect(await inbox({ userId: adv })).toHaveLength(4)
    await as.manager.identity.setAway({ id: adv, away: false })
  })

  it('a customer message while the case waits for them resumes it, on the timeline; a staff one does not', async () => {
    let v = (await as.manager.complaint.station.get({ id })).complaint.version
    v = (
      await as.manager.complaint.station.respond({ id, version: v, contactChannel: 'phone', note: '已致电' })
    ).version
    v = (await as.manager.complaint.station.startHandling({ id, version: v })).version
    await as.manager.complaint.station.waitForCustomer({ id, version: v, reason: '请补充异响视频' })
    expect(await status()).toBe('awaiting_customer')

    await as.advisor.complaint.station.post({
      complaintId: id,
      idempotencyKey: randomUUID(),
      body: '请发视频',
    })
    expect(await status()).toBe('awaiting_customer')

    const upload = await h.upload(tokens.customer, PNG, '异响.png')
    const answer = await post(as.customer, '视频在附件里', { uploadIds: [upload] })
    expect(answer.status).toBe('in_progress')
    expect(await status()).toBe('in_progress')
    const events = (await h.repos.complaints.events(id)).slice(-2)
    expect(events.map((e) => [e.type, e.visibility, e.data])).toEqual([
      ['status', 'internal', { from: 'awaiting_customer', to: 'in_progress', reason: 'customer replied' }],
      ['customer_replied', 'customer', { messageId: answer.id }],
    ])
    expect((await as.customer.complaint.my.get({ id })).timeline.at(-1)?.type).toBe('customer_replied')
    // The file went through the upload path: on the message, readable by the station.
    const onThread = (await as.advisor.complaint.station.thread({ complaintId: id })).messages.at(-1)!
    expect(onThread.attachments).toEqual([
      { id: expect.any(String), filename: '异响.png', mime: 'image/png', size: PNG.length },
    ])
    expect((await as.advisor.complaint.station.attachment({ id: onThread.attachments[0]!.id })).mime).toBe(
      'image/png',
    )
  })

  it('files on a public staff message reach the customer; files on an internal note do not', async () => {
    const token = tokens.advisor
    const publicFile = await h.upload(
      token,
      PNG.map((b, i) => (i === 10 ? 1 : b)),
      '报价单.png',
    )
    const noteFile = await h.upload(
      token,
      PNG.map((b, i) => (i === 10 ? 2 : b)),
      '内部.png',
    )
    const send = (uploadId: string, visibility: 'public' | 'internal') =>
      as.advisor.complaint.station.post({
        complaintId: id,
        idempotencyKey: randomUUID(),
        body: '附件',
        visibility,
        uploadIds: [uploadId],
      })
    await send(publicFile, 'public')
    await send(noteFile, 'internal')
    const all = (await as.advisor.complaint.station.thread({ complaintId: id })).messages
    const [pub, note] = all.slice(-2).map((m) => m.attachments[0]!.id)
    expect((await as.customer.complaint.my.attachment({ id: pub! })).filename).toBe('报价单.png')
    await expect(as.customer.complaint.my.attachment({ id: note! })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    // A refused file type is refused at the upload, as for evidence.
    await expect(
      h.upload(token, new Uint8Array(Buffer.from('MZ\x90\x00 exe')), 'x.exe'),
    ).rejects.toMatchObject({
      code: 'FILE.TYPE',
    })
  })

  it('"not solved" in the customer’s words appears in the thread; a closed case takes internal notes only', async () => {
    let v = (await as.manager.complaint.station.get({ id })).complaint.version
    v = (await as.manager.complaint.station.resolve({ id, version: v, result: '更换鼓风机' })).version
    v = (await as.manager.complaint.station.startFollowUp({ id, version: v })).version
    await as.customer.complaint.my.confirm({ id, version: v, solved: false, comment: '  还是有异响  ' })
    const last = (await as.manager.complaint.station.thread({ complaintId: id })).messages.at(-1)!
    expect([last.authorKind, last.visibility, last.body]).toEqual(['customer', 'public', '还是有异响'])
    expect((await as.customer.complaint.my.thread({ complaintId: id })).messages.at(-1)?.body).toBe(
      '还是有异响',
    )

    v = (await as.manager.complaint.station.get({ id })).complaint.version
    v = (await as.manager.complaint.station.resolve({ id, version: v, result: '再次更换' })).version
    v = (await as.manager.complaint.station.startFollowUp({ id, version: v })).version
    await as.customer.complaint.my.confirm({ id, version: v, solved: true, comment: '' })
    expect(await status()).toBe('closed')
    expect((await as.customer.complaint.my.thread({ complaintId: id })).canPost).toEqual([])
    await expect(post(as.customer, '谢谢')).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
      cause: { code: 'THREAD.CLOSED' },
    })
    await expect(
      as.advisor.complaint.station.post({ complaintId: id, idempotencyKey: randomUUID(), body: '回访' }),
    ).rejects.toMatchObject({ cause: { code: 'THREAD.CLOSED_PUBLIC', field: 'visibility' } })
    await as.advisor.complaint.station.post({
      complaintId: id,
      idempotencyKey: randomUUID(),
      body: '检讨会：首次检查不完整',
      visibility: 'internal',
    })
    expect((await as.advisor.complaint.station.thread({ complaintId: id })).canPost).toEqual(['internal'])
  })

  it('every message left its audit event', async () => {
    const { items } = await h.repos.audit.list({ limit: 200, offset: 0 })
    const messages = (await as.manager.complaint.station.thread({ complaintId: id })).messages
    const audited = new Set(items.filter((e) => e.action === 'complaint.message').map((e) => e.entityId))
    expect(messages.every((m) => audited.has(m.id))).toBe(true)
  })
})
