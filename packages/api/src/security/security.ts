import { createHash, randomBytes, randomInt, scrypt, timingSafeEqual } from 'node:crypto'

/** Secrets and randomness for the API; injected through the context so tests can stay real. */
export type Security = {
  hashPassword(plain: string): Promise<string>
  verifyPassword(plain: string, stored: string): Promise<boolean>
  /** The stored hash was made with weaker parameters than today's: rehash at the next sign-in. */
  needsRehash(stored: string): boolean
  newToken(): string
  hashToken(token: string): string
  newOtpCode(): string
}

type ScryptParams = { N: number; r: number; p: number }

/**
 * OWASP Password Storage Cheat Sheet: scrypt N=2^14, r=8, p=5 is one of its equivalent minimum
 * settings (16 MiB per hash); chosen over N=2^17, p=1 (128 MiB) so 200 parallel sign-ins stay
 * within memory. node:crypto's scrypt runs on the libuv pool, off the event loop.
 */
export const PASSWORD_PARAMS: ScryptParams = { N: 16384, r: 8, p: 5 }
const KEYLEN = 32

function scryptAsync(plain: string, salt: Buffer, { N, r, p }: ScryptParams): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(plain, salt, KEYLEN, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  )
}

/** `scrypt$N$r$p$salt$key`; the older `scrypt$N$salt$key` had r=8, p=1. */
function parse(stored: string): { params: ScryptParams; salt: string; key: string } | null {
  const parts = stored.split('$')
  if (parts[0] !== 'scrypt') return null
  if (parts.length === 4)
    return { params: { N: Number(parts[1]), r: 8, p: 1 }, salt: parts[2]!, key: parts[3]! }
  if (parts.length !== 6) return null
  const [, n, r, p, salt, key] = parts as [string, string, string, string, string, string]
  return { params: { N: Number(n), r: Number(r), p: Number(p) }, salt, key }
}

const sane = ({ N, r, p }: ScryptParams) =>
  Number.isInteger(N) && N >= 2 && N <= 2 ** 20 && r >= 1 && r <= 32 && p >= 1 && p <= 16

export const nodeSecurity: Security = {
  async hashPassword(plain) {
    const salt = randomBytes(16)
    const { N, r, p } = PASSWORD_PARAMS
    const key = await scryptAsync(plain, salt, PASSWORD_PARAMS)
    return `scrypt$${N}$${r}$${p}$${salt.toString('base64')}$${key.toString('base64')}`
  },
  async verifyPassword(plain, stored) {
    const parsed = parse(stored)
    if (!parsed || !sane(parsed.params)) return false
    const expected = Buffer.from(parsed.key, 'base64')
    const actual = await scryptAsync(plain, Buffer.from(parsed.salt, 'base64'), parsed.params)
    return actual.length === expected.length && timingSafeEqual(actual, expected)
  },
  needsRehash(stored) {
    const parsed = parse(stored)
    if (!parsed) return true
    const { N, r, p } = parsed.params
    return N * r * p < PASSWORD_PARAMS.N * PASSWORD_PARAMS.r * PASSWORD_PARAMS.p || N < PASSWORD_PARAMS.N
  },
  newToken: () => randomBytes(32).toString('base64url'),
  hashToken: (token) => createHash('sha256').update(token).digest('hex'),
  newOtpCode: () => String(randomInt(0, 1_000_000)).padStart(6, '0'),
}

/** Verified against when the username is unknown, so a wrong name costs as long as a wrong password. */
export const DUMMY_PASSWORD_HASH = `scrypt$${PASSWORD_PARAMS.N}$${PASSWORD_PARAMS.r}$${PASSWORD_PARAMS.p}$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=`
