import type { IdempotencyRecord, IdempotencyRepository } from '@asq/domain'
import { and, eq, isNull } from 'drizzle-orm'
import type { Database } from '../client'
import { idempotencyKeys } from '../schema'

const record = {
  requestHash: idempotencyKeys.requestHash,
  response: idempotencyKeys.response,
  claimedAt: idempotencyKeys.claimedAt,
}
const at = (scope: string, key: string) => and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key))

export function idempotencyRepository(db: Database): IdempotencyRepository {
  const claim: IdempotencyRepository['claim'] = async (scope, key, requestHash, claimedAt) => {
    // The primary key decides who was first, also between two server processes.
    const [mine] = await db
      .insert(idempotencyKeys)
      .values({ scope, key, requestHash, claimedAt })
      .onConflictDoNothing()
      .returning({ scope: idempotencyKeys.scope })
    if (mine) return null
    const [prior] = await db.select(record).from(idempotencyKeys).where(at(scope, key))
    // Released between our insert and our read: claim again.
    return (prior as IdempotencyRecord | undefined) ?? claim(scope, key, requestHash, claimedAt)
  }
  return { claim, ...rest(db) }
}

const rest = (db: Database): Omit<IdempotencyRepository, 'claim'> => ({
  async takeOver(scope, key, prior, claimedAt) {
    const r = await db
      .update(idempotencyKeys)
      .set({ claimedAt })
      .where(
        and(at(scope, key), isNull(idempotencyKeys.response), eq(idempotencyKeys.claimedAt, prior.claimedAt)),
      )
      .returning({ scope: idempotencyKeys.scope })
    return r.length === 1
  },
  async complete(scope, key, response, completedAt) {
    await db.update(idempotencyKeys).set({ response, completedAt }).where(at(scope, key))
  },
  async release(scope, key) {
    await db.delete(idempotencyKeys).where(and(at(scope, key), isNull(idempotencyKeys.response)))
  },
})
