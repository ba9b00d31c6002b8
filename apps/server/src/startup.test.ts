import { testDatabases } from '@asq/db/testing'
import { describe, expect, it } from 'vitest'
import { readEnv } from './env'
import { DemoLoginsInProduction, prepareDatabase } from './startup'

const target = testDatabases()[0]!
const quiet = () => {}

describe('production defaults', () => {
  it('a server not told otherwise is production, with Secure cookies and no demo seed', () => {
    const env = readEnv({})
    expect(env).toMatchObject({ NODE_ENV: 'production', SECURE_COOKIES: true, SEED_DEMO: false })
    expect(readEnv({ NODE_ENV: 'development' })).toMatchObject({ SECURE_COOKIES: false, SEED_DEMO: true })
    expect(readEnv({ NODE_ENV: 'production', SECURE_COOKIES: 'false' }).SECURE_COOKIES).toBe(false)
  })

  it('a fresh production database gets no demo logins', async () => {
    const handle = await target.open()
    try {
      await prepareDatabase(readEnv({ NODE_ENV: 'production' }), handle, quiet)
      const { createRepositories } = await import('@asq/db')
      expect(await createRepositories(handle.db).users.byUsername('admin')).toBeNull()
    } finally {
      await handle.close()
    }
  })

  it('production refuses to start while the demo logins work, unless SEED_DEMO=true says so', async () => {
    const handle = await target.open()
    try {
      await prepareDatabase(readEnv({ NODE_ENV: 'development' }), handle, quiet)
      await expect(
        prepareDatabase(readEnv({ NODE_ENV: 'production' }), handle, quiet),
      ).rejects.toBeInstanceOf(DemoLoginsInProduction)
      await expect(
        prepareDatabase(readEnv({ NODE_ENV: 'production', SEED_DEMO: 'false' }), handle, quiet),
      ).rejects.toThrow(/Refusing to start in production/)
      const warnings: Record<string, unknown>[] = []
      const { demoWarning } = await prepareDatabase(
        readEnv({ NODE_ENV: 'production', SEED_DEMO: 'true' }),
        handle,
        (e) => warnings.push(e),
      )
      await demoWarning
      expect(warnings.some((w) => w.level === 'warn')).toBe(true)
    } finally {
      await handle.close()
    }
  })
})
