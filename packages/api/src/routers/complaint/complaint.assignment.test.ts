import { randomUUID } from 'node:crypto'
import { testDatabases } from '@asq/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportedFile } from '../../testing/exported'
import { createHarness, type Harness } from '../../testing/harness'

/**
 * Issue 17, assignment: 马站长 (bj.manager) assigns a 北京朝阳 case to 何顾问 (bj.staff), who then finds it
 * under "my cases" and in the bell; the change is on the staff timeline only; two managers at once,
 * another station's case, another station's person, a missing reason, away owners and a transfer.
 */
type Caller = Awaited<ReturnType<Harness['as']>>

describe.each(testDatabases())('case assignment on $name', (target) => {
  let h: Harness
  // 马站长, 何顾问, HQ service (吴敏), 林站长 of 上海浦东; and the two Beijing people's ids.
  let manager!: Caller, advisor!: Caller, desk!: Caller, shanghai!: Caller
  let [advisorId, managerId] = ['', '']
  const key = () => ({ idempotencyKey: randomUUID() })

  beforeAll(async () => {
    h = await createHarness(target)
    const callers = ['bj.manager', 'bj.staff', 'service', 'sh.manager'].map(async (u) =>
      h.as(await h.staffToken(u)),
    )
    ;[manager, advisor, desk, shanghai] = (await Promise.all(callers)) as [Caller, Caller, Caller, Caller]
    const id = async (u: string) => (await h.repos.users.byUsername(u))!.id
    ;[advisorId, managerId] = [await id('bj.staff'), await id('bj.manager')]
  }, 120_000)
  afterAll(() => h.close())

  const newCase = () =>
    manager.complaint.station.intake({
      clientRequestId: randomUUID(),
      cause: 'waiting_time',
      channel: 'on_site',
      severity: 'general',
      customerName: '李娜 Li Na',
      customerContact: '13800000002',
      summary: '保养等待两小时 two-hour wait',
      description: '承诺一小时，两小时未开工',
    })
  const unread = async (c: Caller) => (await c.notification.unread()).count

  it('the manager assigns an advisor: owner, timeline, "my cases", one notification', async () => {
    const c = await newCase()
    const before = await unread(advisor)
    const input = { id: c.id, version: c.version, ownerId: advisorId, ...key() }
    const done = await manager.complaint.station.assignOwner(input)
    expect(done).toMatchObject({ id: c.id, version: c.version + 1, ownerId: advisorId })
    // The same submission again (a double click, a retry) answers the first result and notifies nobody.
    expect(await manager.complaint.station.assignOwner(input)).toEqual(done)
    expect(await unread(advisor)).toBe(before + 1)
    const [n] = (await advisor.notification.list({ limit: 1 })).items
    expect(n).toMatchObject({ event: 'case_assigned', link: `/complaints/${c.id}` })

    const panel = await advisor.complaint.station.owners({ id: c.id })
    expect(panel.owner).toEqual({ id: advisorId, displayName: '何顾问', away: false })
    expect(panel).toMatchObject({ canAssign: false, canTake: false, canHandOver: true })

    const view = await advisor.complaint.station.get({ id: c.id })
    const event = view.events.find((e) => e.type === 'owner_changed')!
    expect(event).toMatchObject({ visibility: 'internal', actorLabel: 'bj.manager@dealer' })
    expect(event.data).toMatchObject({ how: 'assign', toId: advisorId, toName: '何顾问', fromId: null })

    const customer = await h.as(await h.customerToken('13800000002'))
    const mine = await customer.complaint.my.get({ id: c.id })
    expect(mine.timeline.map((e) => e.type)).not.toContain('owner_changed')

    const myCases = await advisor.complaint.station.queue({ owner: 'mine', pageSize: 100 })
    expect(myCases.items.map((i) => i.id)).toContain(c.id)
    expect(myCases.items.every((i) => i.ownerId === advisorId)).toBe(true)
    expect(myCases.items.find((i) => i.id === c.id)?.ownerName).toBe('何顾问')
    const unassigned = await manager.complaint.station.queue({ owner: 'unassigned', pageSize: 100 })
    expect(unassigned.items.map((i) => i.id)).not.toContain(c.id)
    expect(unassigned.items.every((i) => i.ownerId === null)).toBe(true)

    const audit = await h.repos.audit.list({ limit: 1, offset: 0, entityId: c.id })
    expect(audit.items[0]).toMatchObject({ action: 'complaint.assign_owner' })

    // The desk's file names the owner in its own column.
    const { text } = await exportedFile(await desk.complaint.desk.export({ format: 'csv', q: c.number }))
    const [head, row] = text.replace('\uFEFF', '').split(/\r?\n/)
    const column = head!.split(',').indexOf('负责人 Owner')
    expect(column).toBeGreaterThan(0)
    expect(row!.split(',')[column]).toBe('何顾问')
  })

  it('two managers assign at once: one wins, the other gets CONFLICT', async () => {
    const c = await newCase()
    const results = await Promise.allSettled([
      manager.complaint.station.assignOwner({ id: c.id, version: c.version, ownerId: advisorId, ...key() }),
      desk.complaint.desk.assignOwner({ id: c.id, version: c.version, ownerId: managerId, ...key() }),
    ])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult
    expect(lost.reason).toMatchObject({ code: 'CONFLICT' })
  })

  it("another station's case is NOT_FOUND; another station's person is BAD_REQUEST on ownerId", async () => {
    const c = await newCase()
    const other = (await h.repos.users.byUsername('sh.manager'))!.id
    await expect(
      shanghai.complaint.station.assignOwner({ id: c.id, version: c.version, ownerId: other, ...key() }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(
      manager.complaint.station.assignOwner({ id: c.id, version: c.version, ownerId: other, ...key() }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', cause: { field: 'ownerId' } })
    // A stale version: the case changed since the page was read.
    const took = await advisor.complaint.station.takeCase({ id: c.id, version: c.version, ...key() })
    expect(took.ownerId).toBe(advisorId)
    await expect(
      manager.complaint.station.assignOwner({ id: c.id, version: c.version, ownerId: managerId, ...key() }),
    ).rejects.toMatchObject({ code: 'CONFLICT' })
  })

  it('hand over needs a reason; an away owner shows in the manager\'s "my cases" and may be taken', async () => {
    const c = await newCase()
    const taken = await advisor.complaint.station.takeCase({ id: c.id, version: c.version, ...key() })
    const blank = { id: c.id, version: taken.version, ownerId: managerId, reason: '  ' }
    await expect(advisor.complaint.station.handOver({ ...blank, ...key() })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    })
    await expect(
      manager.complaint.station.takeCase({ id: c.id, version: taken.version, ...key() }),
    ).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' })

    await manager.identity.setAway({ id: advisorId, away: true })
    try {
      const mine = await manager.complaint.station.queue({ owner: 'mine', pageSize: 100 })
      expect(mine.items.map((i) => i.id)).toContain(c.id)
      const back = await manager.complaint.station.takeCase({ id: c.id, version: taken.version, ...key() })
      expect(back.ownerId).toBe(managerId)
      const handed = await manager.complaint.station.handOver({
        id: c.id,
        version: back.version,
        ownerId: advisorId,
        reason: '  顾问回来了 back from leave ',
        ...key(),
      })
      const view = await manager.complaint.station.get({ id: c.id })
      expect(view.events.at(-1)?.data).toMatchObject({
        how: 'hand_over',
        reason: '顾问回来了 back from leave',
      })
      expect(handed.ownerId).toBe(advisorId)
    } finally {
      await advisor.identity.setAway({ id: advisorId, away: false })
    }
  })

  it('a transfer to another station clears the owner; a closed case is not reassigned', async () => {
    const c = await newCase()
    const a = await manager.complaint.station.assignOwner({
      id: c.id,
      version: c.version,
      ownerId: advisorId,
      ...key(),
    })
    const sh = (await h.repos.organisations.list({ kind: 'dealer' })).find((o) => o.code === 'D-SH01')!
    const moved = await desk.complaint.desk.assign({
      id: c.id,
      version: a.version,
      responsibleUnit: 'station',
      stationId: sh.id,
    })
    const after = (await h.repos.complaints.byId(c.id))!
    expect(after.ownerId).toBeNull()
    expect(after.version).toBeGreaterThan(moved.version - 1)
    const events = await h.repos.complaints.events(c.id)
    expect(events.at(-1)).toMatchObject({
      type: 'owner_changed',
      data: { how: 'cleared', fromId: advisorId },
    })

    await h.repos.complaints.update(c.id, after.version, { status: 'closed', result: 'fixed' })
    await expect(
      desk.complaint.desk.takeCase({ id: c.id, version: after.version + 1, ...key() }),
    ).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' })
  })
})
