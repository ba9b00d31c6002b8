import { randomBytes, scryptSync } from 'node:crypto'
import { testDatabases } from '@asq/db/testing'
import { describe, expect, it } from 'vitest'
import { createHarness } from '../testing/harness'
import { nodeSecurity, PASSWORD_PARAMS } from './security'

/** A hash as the platform stored it before: scrypt N=16384, r=8, p=1, without r and p in the string. */
function legacyHash(plain: string) {
  const salt = randomBytes(16)
  const key = scryptSync(plain, salt, 32, { N: 16384, r: 8, p: 1 })
  return `scrypt$16384$${salt.toString('base64')}$${key.toString('base64')}`
}

describe('password hashing', () => {
  it('hashes at OWASP parameters (scrypt N=2^14, r=8, p=5) and verifies', async () => {
    expect(PASSWORD_PARAMS.N * PASSWORD_PARAMS.r * PASSWORD_PARAMS.p).toBeGreaterThanOrEqual(2 ** 14 * 8 * 5)
    const h = await nodeSecurity.hashPassword('correct horse')
    expect(h).toMatch(/^scrypt\$16384\$8\$5\$/)
    expect(await nodeSecurity.verifyPassword('correct horse', h)).toBe(true)
    expect(await nodeSecurity.verifyPassword('wrong horse', h)).toBe(false)
    expect(nodeSecurity.needsRehash(h)).toBe(false)
  })

  it('still verifies an old hash, and says it needs a rehash', async () => {
    const old = legacyHash('demo123456')
    expect(await nodeSecurity.verifyPassword('demo123456', old)).toBe(true)
    expect(nodeSecurity.needsRehash(old)).toBe(true)
  })

  it('refuses absurd parameters instead of spending the server on them', async () => {
    expect(await nodeSecurity.verifyPassword('x', 'scrypt$1073741824$8$16$AAAA$AAAA')).toBe(false)
  })
})

describe.each(testDatabases())('rehash at sign-in on $name', (target) => {
  it('upgrades a user with an old hash at the next successful sign-in', async () => {
    const h = await createHarness(target)
    try {
      const user = (await h.repos.users.byUsername('quality'))!
      await h.repos.users.setPasswordHash(user.id, legacyHash('demo123456'))
      await h.staffToken('quality')
      const after = (await h.repos.users.byUsername('quality'))!.passwordHash
      expect(after).toMatch(/^scrypt\$16384\$8\$5\$/)
      expect(await nodeSecurity.verifyPassword('demo123456', after)).toBe(true)
    } finally {
      await h.close()
    }
  })
})
