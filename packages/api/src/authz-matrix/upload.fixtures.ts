import { normalizeContact } from '@asq/domain'
import type { Harness } from '../testing/harness'
import { CUSTOMER_PHONE, type Fixture, type Principal, STAFF_LOGIN } from './principals'

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

/** Bytes put in the file store; the hash an attachment or evidence row names. */
export async function storedFile(h: Harness, bytes: Uint8Array): Promise<string> {
  return (
    await h.deps.files.save(
      (async function* () {
        yield bytes
      })(),
    )
  ).sha256
}

/** `actorLabel` of the account that plays `p`: who owns the uploads it sends. */
async function ownerLabel(h: Harness, p: Principal): Promise<string> {
  if (p === 'anonymous') return 'anonymous'
  if (p === 'customer')
    return `customer:${(await h.repos.customers.byContact(normalizeContact(CUSTOMER_PHONE)))!.id}`
  const u = (await h.repos.users.byUsername(STAFF_LOGIN[p]))!
  return `${u.username}@${(await h.repos.users.withOrg(u.id))!.org.kind}`
}

/** An unused upload token of `p` (a PNG of its own), as `POST /uploads` would have answered it. */
export async function uploadOf(fx: Fixture, p: Principal, filename = 'a.png'): Promise<string> {
  const bytes = new Uint8Array([...PNG, fx.seq() % 256, Math.floor(fx.seq() / 256) % 256])
  const now = fx.h.now()
  const u = await fx.h.repos.uploads.create({
    owner: await ownerLabel(fx.h, p),
    sha256: await storedFile(fx.h, bytes),
    size: bytes.length,
    mime: 'image/png',
    filename,
    createdAt: now,
    expiresAt: new Date(now.getTime() + 24 * 60 * 60 * 1000),
  })
  return u.id
}
