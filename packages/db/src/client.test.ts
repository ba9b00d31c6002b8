import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRepositories, createUnitOfWork, type DatabaseHandle, seedDemoData } from './index'
import { testDatabases } from './testing'

describe.each(testDatabases())('database on $name', (target) => {
  let h: DatabaseHandle
  beforeAll(async () => {
    h = await target.open()
  })
  afterAll(async () => {
    await h.close()
  })

  it('migrations can run twice without harm', async () => {
    await expect(h.migrate()).resolves.toBeUndefined()
  })

  it('seeds the demo network once and never twice', async () => {
    const hash = async (p: string) => `plain:${p}`
    expect(await seedDemoData(h.db, hash)).toEqual({ seeded: true })
    expect(await seedDemoData(h.db, hash)).toEqual({ seeded: false })
    const repos = createRepositories(h.db)
    const dealers = await repos.organisations.list({ kind: 'dealer' })
    expect(dealers.map((d) => d.code)).toEqual(['D-BJ01', 'D-CD01', 'D-GZ01', 'D-SH01'])
    const admin = await repos.users.byUsername('ADMIN')
    expect(admin?.org.kind).toBe('hq')
  })

  it('rolls back the whole unit of work when it throws', async () => {
    const uow = createUnitOfWork(h.db)
    const before = await createRepositories(h.db).customers.byContact({ type: 'phone', value: '13911112222' })
    expect(before).toBeNull()
    await expect(
      uow.run(async (r) => {
        await r.customers.create({ name: 'x', phone: '13911112222', email: null })
        throw new Error('boom')
      }),
    ).rejects.toThrow('boom')
    expect(
      await createRepositories(h.db).customers.byContact({ type: 'phone', value: '13911112222' }),
    ).toBeNull()
  })

  it('refuses a stale user update (optimistic version)', async () => {
    const repos = createRepositories(h.db)
    const u = (await repos.users.byUsername('bj.staff'))!
    expect(await repos.users.setActive(u.id, false, u.version)).toMatchObject({
      active: false,
      version: u.version + 1,
    })
    expect(await repos.users.setActive(u.id, true, u.version)).toBeNull()
  })
})
