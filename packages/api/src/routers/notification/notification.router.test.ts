import { testDatabases } from '@asq/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBreachedComplaints } from '../../testing/breached-complaints'
import { createHarness, type Harness } from '../../testing/harness'
import { runEscalationSweep } from '../complaint/complaint.sweep'
import { notify } from './notify'

const opened = new Date('2026-11-24T02:00:00Z')

describe.each(testDatabases())('in-app notifications on $name', (target) => {
  let h: Harness
  const as = async (username: string) => h.as(await h.staffToken(username))
  const userId = async (u: string) => (await h.repos.users.byUsername(u))!.id

  beforeAll(async () => {
    h = await createHarness(target, opened)
  })
  afterAll(() => h.close())

  it('the escalation sweep tells the station of the breached case, once however often it runs', async () => {
    const station = (await h.repos.organisations.list({ kind: 'dealer' }))[0]!
    const [id] = await createBreachedComplaints(h.repos, 1, opened, 'N')
    h.setNow(new Date('2026-11-26T02:00:00Z'))
    await runEscalationSweep(h.deps)
    await runEscalationSweep(h.deps)
    const staff = (await h.repos.notifications.staffOf(station.id)).filter((u) => u.active)
    expect(staff.length).toBeGreaterThan(0)
    for (const u of staff) {
      const mine = (
        await h.repos.notifications.list({ userId: u.id }, { limit: 100, unreadOnly: false })
      ).filter((n) => n.link === `/complaints/${id}`)
      expect(mine.map((n) => [n.event, n.payload.ref])).toEqual([['deadline_near', 'CP-2026-N00000']])
    }
  })

  it('one notification per recipient per occurrence; e-mail only for who chose it', async () => {
    const [supplier, engineer] = [await userId('lamp.supplier'), await userId('lamp.engineer')]
    await (await as('lamp.supplier')).notification.setPreferences({
      email: 'lamp@example.cn',
      emailEvents: ['step_reviewed'],
    })
    const event = {
      event: 'step_reviewed' as const,
      key: 'claim-1:D4:1:approved',
      recipients: { userIds: [supplier, engineer, supplier] },
      link: '/claims/claim-1',
      payload: { ref: '8D-2026-0001', step: 'D4', decision: 'approved' },
      at: h.now(),
    }
    expect(await notify({ repos: h.repos }, event)).toBe(2)
    expect(await notify({ repos: h.repos }, event)).toBe(0)
    const mails = await h.repos.outbox.list({ recipient: 'lamp@example.cn', limit: 10, offset: 0 })
    expect(mails.items.map((m) => [m.kind, m.subject])).toEqual([
      ['notification.step_reviewed', '8D 步骤已审核 8D-2026-0001 · 8D step reviewed 8D-2026-0001'],
    ])
    const bell = await (await as('lamp.engineer')).notification.unread()
    expect(bell.count).toBe(1)
    // The newest notification's link: a screen refreshes only for news about what it shows.
    expect(bell.latestLink).toBe('/claims/claim-1')
  })

  it('each person sees, marks and counts only their own inbox', async () => {
    const [mgr, staff] = [await userId('bj.manager'), await userId('bj.staff')]
    const send = (key: string, userIds: string[]) =>
      notify(
        { repos: h.repos },
        {
          event: 'message_received',
          key,
          recipients: { userIds },
          link: '/x',
          payload: { ref: key },
          at: h.now(),
        },
      )
    await send('m-1', [mgr])
    await send('m-2', [mgr, staff])
    await send('m-3', [staff])
    const manager = await as('bj.manager')
    const colleague = await as('bj.staff')
    const mine = (await manager.notification.list({ limit: 100 })).items.filter(
      (n) => n.event === 'message_received',
    )
    expect(mine.map((n) => n.payload.ref)).toEqual(['m-2', 'm-1'])
    const theirs = (await colleague.notification.list({ limit: 100 })).items.filter(
      (n) => n.payload.ref === 'm-3',
    )
    await expect(manager.notification.markRead({ id: theirs[0]!.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    const before = (await manager.notification.unread()).count
    await manager.notification.markRead({ id: mine[0]!.id })
    expect((await manager.notification.unread()).count).toBe(before - 1)
    // The colleague's copy of m-2 is still unread: marking is per person.
    expect(
      (await colleague.notification.list({ limit: 100, unreadOnly: true })).items.map((n) => n.payload.ref),
    ).toEqual(expect.arrayContaining(['m-3', 'm-2']))
    expect(await manager.notification.markAllRead()).toEqual({ marked: before - 1 })
    expect((await manager.notification.unread()).count).toBe(0)
  })

  it('a customer has an inbox of their own', async () => {
    const customer = (await h.repos.customers.byContact({ type: 'phone', value: '13800000002' }))!
    await notify(
      { repos: h.repos },
      {
        event: 'message_received',
        key: 'c-1',
        recipients: { customerIds: [customer.id] },
        link: '/complaints/x',
        payload: { ref: 'CP-1' },
        at: h.now(),
      },
    )
    const portal = await h.as(await h.customerToken('13800000002'))
    expect((await portal.notification.list({ limit: 10 })).items.map((n) => n.payload.ref)).toEqual(['CP-1'])
    const other = await h.as(await h.customerToken('13800000003'))
    expect((await other.notification.list({ limit: 10 })).items).toEqual([])
  })
})
