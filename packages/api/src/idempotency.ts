import { createHash } from 'node:crypto'
import {
  actorLabel,
  canonicalRequest,
  idempotencyInProgress,
  idempotencyKeyOf,
  idempotencyKeyReused,
  idempotencyVerdict,
} from '@asq/domain'
import superjson from 'superjson'
import type { Context } from './context'

const POLL_MS = [10, 20, 40, 80, 160, 250]
const WAIT_LIMIT_MS = 15_000
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

type Outcome<T> = { ok: true; data: T } | { ok: false }

/**
 * Runs a keyed mutation at most once per (actor, operation, key). The key is claimed before the call
 * runs and bound to a hash of the request: the same request again gets the first answer (waiting while
 * a parallel twin still runs it), another request with the key is a typed CONFLICT. A failed call
 * releases its claim, so a retry runs again. A call whose input has no key runs as it is.
 */
export async function idempotent<T extends Outcome<unknown>>(
  ctx: Pick<Context, 'actor' | 'repos' | 'clock'>,
  operation: string,
  input: unknown,
  run: () => Promise<T>,
): Promise<T | { ok: true; data: unknown }> {
  const keyed = idempotencyKeyOf(input)
  if (!keyed) return run()
  const scope = `${actorLabel(ctx.actor)} ${operation}`
  const hash = createHash('sha256').update(canonicalRequest(input, keyed.field)).digest('hex')
  const store = ctx.repos.idempotency
  const started = Date.now()
  for (let attempt = 0; ; attempt++) {
    const prior = await store.claim(scope, keyed.key, hash, ctx.clock())
    if (!prior) break
    const verdict = idempotencyVerdict(prior, hash, ctx.clock())
    if (verdict === 'conflict') throw idempotencyKeyReused(keyed.field)
    if (verdict === 'replay') return { ok: true, data: superjson.parse(prior.response!) }
    if (verdict === 'take_over' && (await store.takeOver(scope, keyed.key, prior, ctx.clock()))) break
    if (Date.now() - started > WAIT_LIMIT_MS) throw idempotencyInProgress(keyed.field)
    await sleep(POLL_MS[Math.min(attempt, POLL_MS.length - 1)]!)
  }
  let result: T
  try {
    result = await run()
  } catch (e) {
    await store.release(scope, keyed.key)
    throw e
  }
  if (result.ok) await store.complete(scope, keyed.key, superjson.stringify(result.data), ctx.clock())
  else await store.release(scope, keyed.key)
  return result
}
