import { testDatabases } from '@asq/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, type Harness } from '../testing/harness'

/** Hole 4 of issue 11: HQ admins could read live sign-in codes and survey tokens in the outbox. */
describe.each(testDatabases())('the outbox as HQ sees it on $name', (target) => {
  let h: Harness
  beforeAll(async () => {
    h = await createHarness(target)
  })
  afterAll(() => h.close())

  async function codeRequestSeenByAdmin(contact: string, devMode: boolean) {
    h.deps.devMode = devMode
    h.advance(61_000)
    await (await h.as(null)).auth.requestCode({ contact })
    const code = await h.lastCodeSentTo(contact)
    const admin = await h.as(await h.staffToken('admin'))
    const { items } = await admin.platform.outbox({ recipient: contact, page: 1, pageSize: 1 })
    return { code, shown: items[0]! }
  }

  it('never shows a live sign-in code to an HQ admin outside development', async () => {
    const { code, shown } = await codeRequestSeenByAdmin('13800000003', false)
    expect(shown.kind).toBe('login_code')
    expect(shown.body).not.toContain(code)
    expect(shown.body).toContain('••••••')
    expect(Object.keys(shown)).not.toContain('secret')
  })

  it('shows it in development, so the demo works without an SMS gateway', async () => {
    const { code, shown } = await codeRequestSeenByAdmin('13800000004', true)
    expect(shown.body).toContain(code)
  })

  it('stores the code apart from the body and forgets it once sent', async () => {
    const { items } = await h.repos.outbox.list({ recipient: '13800000003', limit: 1, offset: 0 })
    const stored = items[0]!
    expect(stored.body).not.toMatch(/\d{6}/)
    expect(stored.secret).toMatch(/^\d{6}$/)
    await h.repos.outbox.markSent(stored.id, h.now())
    const after = (await h.repos.outbox.list({ recipient: '13800000003', limit: 1, offset: 0 })).items[0]!
    expect(after.secret).toBeNull()
  })
})
