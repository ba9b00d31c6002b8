import { testDatabases } from '@asq/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, type Harness } from '../testing/harness'

describe.each(testDatabases())('identity on $name', (target) => {
  let h: Harness
  beforeAll(async () => {
    h = await createHarness(target)
  })
  afterAll(() => h.close())

  const orgId = async (code: string) => (await h.repos.organisations.list()).find((o) => o.code === code)!.id

  it('takes the station from the session: a foreign orgId in the input changes nothing', async () => {
    const manager = await h.as(await h.staffToken('bj.manager'))
    const sneaky = {
      username: 'bj.newbie',
      displayName: 'New',
      password: 'long-password-1',
      roles: ['dealer_staff'] as const,
      orgId: await orgId('D-SH01'),
    }
    const created = await manager.identity.createStationUser({ ...sneaky, roles: [...sneaky.roles] } as never)
    expect(created.orgId).toBe(await orgId('D-BJ01'))
  })

  it('refuses a role that does not fit the organisation, naming the field', async () => {
    const admin = await h.as(await h.staffToken('admin'))
    await expect(
      admin.identity.createUser({
        username: 'odd.one',
        displayName: 'Odd',
        password: 'long-password-1',
        orgId: await orgId('S-LAMP'),
        roles: ['hq_admin'],
      }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'Role hq_admin cannot be given to a supplier user',
    })
    expect(await h.repos.users.byUsername('odd.one')).toBeNull()
  })

  it('refuses a taken username with CONFLICT and writes nothing', async () => {
    const admin = await h.as(await h.staffToken('admin'))
    const audits = (await h.repos.audit.list({ limit: 1, offset: 0 })).total
    await expect(
      admin.identity.createUser({
        username: 'bj.staff',
        displayName: 'Dup',
        password: 'long-password-1',
        orgId: await orgId('D-BJ01'),
        roles: ['dealer_staff'],
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' })
    expect((await h.repos.audit.list({ limit: 1, offset: 0 })).total).toBe(audits)
  })

  it('detects a concurrent edit instead of overwriting it', async () => {
    const admin = await h.as(await h.staffToken('admin'))
    const staff = (await h.repos.users.byUsername('gz.manager'))!
    await admin.identity.setUserActive({ id: staff.id, active: false, version: staff.version })
    await expect(
      admin.identity.setUserActive({ id: staff.id, active: true, version: staff.version }),
    ).rejects.toMatchObject({ code: 'CONFLICT' })
    const now = (await h.repos.users.byId(staff.id))!
    expect(now).toMatchObject({ active: false, version: staff.version + 1 })
  })

  it('a deactivated user can no longer sign in, and an open session stops working', async () => {
    const token = await h.staffToken('cd.manager')
    const admin = await h.as(await h.staffToken('admin'))
    const u = (await h.repos.users.byUsername('cd.manager'))!
    await admin.identity.setUserActive({ id: u.id, active: false, version: u.version })
    expect(await (await h.as(token)).auth.me()).toBeNull()
    await expect(
      (await h.as(null)).auth.login({ username: 'cd.manager', password: 'demo123456' }),
    ).rejects.toMatchObject({ code: 'UNAUTHORIZED' })
  })

  it('records before → after in the audit trail', async () => {
    const admin = await h.as(await h.staffToken('admin'))
    const u = (await h.repos.users.byUsername('sh.manager'))!
    await admin.identity.setUserActive({ id: u.id, active: false, version: u.version })
    const { items } = await admin.platform.audit({ entityType: 'user', entityId: u.id })
    expect(items[0]).toMatchObject({
      action: 'user.deactivate',
      actorLabel: 'admin@hq',
      before: { active: true },
      after: { active: false },
    })
  })
})
