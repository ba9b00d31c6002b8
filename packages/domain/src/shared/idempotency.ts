import { DomainError } from './errors'

/**
 * Idempotency keys, Stripe's semantics: a key belongs to one actor and one operation, and to the
 * request it first came with. The same key with the same request answers what the first answered;
 * with another request it is a conflict, never a silent replay of something else.
 */

/** The input fields that carry a client's one-time key (the names the schemas already use). */
export const IDEMPOTENCY_KEY_FIELDS = ['idempotencyKey', 'clientRequestId'] as const
export type IdempotencyKeyField = (typeof IDEMPOTENCY_KEY_FIELDS)[number]

/** A key as stored: the request it is bound to and, once the first call finished, its answer. */
export type IdempotencyRecord = { requestHash: string; response: string | null; claimedAt: Date }

/** A pending claim older than this belongs to a request that died: the same request may take it over. */
export const IDEMPOTENCY_STALE_MS = 60_000

export type IdempotencyVerdict = 'replay' | 'conflict' | 'wait' | 'take_over'

/** What a call finds when its key was claimed before (by itself, a retry, or a parallel twin). */
export function idempotencyVerdict(
  prior: IdempotencyRecord,
  requestHash: string,
  now: Date,
): IdempotencyVerdict {
  if (prior.requestHash !== requestHash) return 'conflict'
  if (prior.response !== null) return 'replay'
  return now.getTime() - prior.claimedAt.getTime() > IDEMPOTENCY_STALE_MS ? 'take_over' : 'wait'
}

/** The key field of an input, when it has one. */
export function idempotencyKeyOf(input: unknown): { field: IdempotencyKeyField; key: string } | null {
  if (!input || typeof input !== 'object') return null
  for (const field of IDEMPOTENCY_KEY_FIELDS) {
    const key = (input as Record<string, unknown>)[field]
    if (typeof key === 'string') return { field, key }
  }
  return null
}

/**
 * The request a key is bound to, written one way only: object keys sorted, the key field itself left
 * out, dates as ISO instants, undefined dropped (as JSON drops it).
 */
export function canonicalRequest(input: unknown, leaveOut?: string): string {
  const canon = (v: unknown): unknown => {
    if (v instanceof Date) return v.toISOString()
    if (Array.isArray(v)) return v.map(canon)
    if (v && typeof v === 'object')
      return Object.fromEntries(
        Object.keys(v)
          .filter((k) => k !== leaveOut && (v as Record<string, unknown>)[k] !== undefined)
          .sort()
          .map((k) => [k, canon((v as Record<string, unknown>)[k])]),
      )
    return v
  }
  return JSON.stringify(canon(input)) ?? 'null'
}

export const idempotencyKeyReused = (field: string) =>
  new DomainError(
    'CONFLICT',
    'IDEMPOTENCY.KEY_REUSED',
    'This key was already used for a different request; send a new key for a new request',
    { field },
  )

export const idempotencyInProgress = (field: string) =>
  new DomainError(
    'CONFLICT',
    'IDEMPOTENCY.IN_PROGRESS',
    'The first request with this key is still running; try again in a moment',
    { field },
  )

/** Storage of keys: claimed first, answered once done, released when the call failed. */
export interface IdempotencyRepository {
  /** Claims (scope, key) for this request; the earlier record when someone claimed it first. */
  claim(scope: string, key: string, requestHash: string, at: Date): Promise<IdempotencyRecord | null>
  /** Re-claims a stale pending key for the same request; false when someone else got there first. */
  takeOver(scope: string, key: string, prior: IdempotencyRecord, at: Date): Promise<boolean>
  complete(scope: string, key: string, response: string, at: Date): Promise<void>
  /** Forgets a pending claim whose call failed, so a retry runs again. */
  release(scope: string, key: string): Promise<void>
}
