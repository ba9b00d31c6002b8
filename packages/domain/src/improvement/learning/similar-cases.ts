import type { Cause } from '../../complaint'
import type { CustomerType } from './learning.vocabulary'

/** The case at hand, as similarity reads it. */
export type SimilarTarget = { cause: Cause; partCodes: readonly string[]; customerType: CustomerType | null }
/** A published teaching case, as similarity reads it. */
export type SimilarCandidate = {
  id: string
  cause: Cause
  partCode: string | null
  customerType: CustomerType
  publishedAt: Date | null
}

export const SIMILAR_LIMIT = 5

/** Same cause weighs more than same part, which weighs more than the same customer type. */
function score(t: SimilarTarget, c: SimilarCandidate): number {
  const cause = c.cause === t.cause ? 4 : 0
  const part = c.partCode !== null && t.partCodes.includes(c.partCode) ? 2 : 0
  const type = c.customerType === t.customerType ? 1 : 0
  // A case sharing only the customer type is not like this one.
  return cause + part === 0 ? 0 : cause + part + type
}

/**
 * The teaching cases most like the case at hand: those of the same cause first, then of the same part,
 * then of the same customer type; among equals the most recently published; at most `limit`.
 */
export function rankSimilar<C extends SimilarCandidate>(
  target: SimilarTarget,
  candidates: readonly C[],
  limit = SIMILAR_LIMIT,
): C[] {
  return candidates
    .map((c) => ({ c, s: score(target, c) }))
    .filter((x) => x.s > 0)
    .sort(
      (a, b) =>
        b.s - a.s ||
        (b.c.publishedAt?.getTime() ?? 0) - (a.c.publishedAt?.getTime() ?? 0) ||
        (a.c.id < b.c.id ? -1 : a.c.id > b.c.id ? 1 : 0),
    )
    .slice(0, limit)
    .map((x) => x.c)
}
