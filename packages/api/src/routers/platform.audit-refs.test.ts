import { testDatabases } from '@asq/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, type Harness } from '../testing/harness'

/**
 * Issue 12, defect 2: the audit log names what changed and who changed it the way people do — a
 * claim by its month and station, a complaint by its number, a user by name — instead of UUIDs.
 */
describe.each(testDatabases())('audit log references on $name', (target) => {
  let h: Harness
  beforeAll(async () => {
    h = await createHarness(target)
  }, 120_000)
  afterAll(() => h.close())

  it('each row carries its object’s reference and the actor’s display name', async () => {
    const manager = await h.as(await h.staffToken('bj.manager'))
    const admin = await h.as(await h.staffToken('admin'))
    const [claim] = (await manager.reimbursement.dealer.claims({ status: 'submitted' })).items
    await manager.reimbursement.dealer.withdraw({ claimId: claim!.id, version: claim!.version })
    const complaint = (await admin.complaint.desk.list({})).items[0]!
    await admin.complaint.desk.addNote({ id: complaint.id, version: complaint.version, note: '审计引用测试' })

    const { items } = await admin.platform.audit({})
    const withdraw = items.find((e) => e.action === 'reimbursement.withdraw')!
    expect(withdraw.entityRef).toBe(`${claim!.period} 北京朝阳服务站`)
    expect(withdraw.actorName).toBe('马站长')
    const note = items.find((e) => e.action === 'complaint.addNote')!
    expect(note.entityRef).toBe(complaint.number)
    // A sign-in names the user who signed in: display name, then the username.
    const login = items.find((e) => e.action === 'auth.login')!
    expect(login.entityRef).toBe('周总 (admin)')
  })
})
