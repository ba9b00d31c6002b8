import { createHash, randomBytes, randomInt, scrypt, timingSafeEqual } from 'node:crypto'

/** Secrets and randomness for the API; injected through the context so tests can stay real. */
export type Security = {
  hashPassword(plain: string): Promise<string>
  verifyPassword(plain: string, stored: string): Promise<boolean>
  newToken(): string
  hashToken(token: string): string
  newOtpCode(): string
}

const N = 16384
const KEYLEN = 32

function scryptAsync(plain: string, salt: Buffer, n: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(plain, salt, KEYLEN, { N: n, r: 8, p: 1 }, (err, key) => (err ? reject(err) : resolve(key))),
  )
}

export const nodeSecurity: Security = {
  async hashPassword(plain) {
    const salt = randomBytes(16)
    const key = await scryptAsync(plain, salt, N)
    return `scrypt$${N}$${salt.toString('base64')}$${key.toString('base64')}`
  },
  async verifyPassword(plain, stored) {
    const [algo, n, salt, key] = stored.split('$')
    if (algo !== 'scrypt' || !n || !salt || !key) return false
    const expected = Buffer.from(key, 'base64')
    const actual = await scryptAsync(plain, Buffer.from(salt, 'base64'), Number(n))
    return actual.length === expected.length && timingSafeEqual(actual, expected)
  },
  newToken: () => randomBytes(32).toString('base64url'),
  hashToken: (token) => createHash('sha256').update(token).digest('hex'),
  newOtpCode: () => String(randomInt(0, 1_000_000)).padStart(6, '0'),
}

/** Verified against when the username is unknown, so a wrong name costs as long as a wrong password. */
export const DUMMY_PASSWORD_HASH = `scrypt$${N}$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=`
