import { MINUTE } from '../shared/clock'
import { DomainError } from '../shared/errors'

export type ThrottlePolicy = { maxFailures: number; windowMs: number; lockMs: number }
export const DEFAULT_LOGIN_THROTTLE: ThrottlePolicy = {
  maxFailures: 5,
  windowMs: 15 * MINUTE,
  lockMs: 15 * MINUTE,
}

/**
 * Repeated failed logins for one identifier are throttled: after `maxFailures` failures inside
 * `windowMs`, further attempts are refused until `lockMs` after the latest failure.
 */
export function loginThrottle(
  failures: readonly Date[],
  now: Date,
  policy: ThrottlePolicy = DEFAULT_LOGIN_THROTTLE,
): { allowed: true } | { allowed: false; retryAt: Date } {
  const recent = failures
    .filter((f) => now.getTime() - f.getTime() < policy.windowMs && f.getTime() <= now.getTime())
    .sort((a, b) => a.getTime() - b.getTime())
  if (recent.length < policy.maxFailures) return { allowed: true }
  const last = recent[recent.length - 1]!
  const retryAt = new Date(last.getTime() + policy.lockMs)
  return retryAt.getTime() > now.getTime() ? { allowed: false, retryAt } : { allowed: true }
}

/**
 * One client address may fail more often than one account (a shared office NAT), but not without
 * bound: this stops one address from spraying guesses over many accounts.
 */
export const CLIENT_LOGIN_THROTTLE: ThrottlePolicy = {
  maxFailures: 30,
  windowMs: 15 * MINUTE,
  lockMs: 15 * MINUTE,
}

/** Failures (and attempts still being evaluated) seen inside the window, per account and per client address. */
export type AttemptHistory = { account: readonly Date[]; client: readonly Date[] }

/**
 * Whether one more guess may be evaluated. Both throttles are cool-downs, not locks: the refusal
 * names when the oldest counted failure leaves the window. The caller counts the attempt in the
 * same atomic step as this decision, so parallel or batched guesses cannot all see "allowed".
 */
export function attemptVerdict(
  history: AttemptHistory,
  now: Date,
): { allowed: true } | { allowed: false; retryAt: Date; by: 'account' | 'client' } {
  // An attempt counted by a request that read the clock a moment later (parallel requests, a
  // second server) is not "in the future": it counts as now.
  const clamp = (ds: readonly Date[]) => ds.map((d) => (d.getTime() > now.getTime() ? now : d))
  const account = loginThrottle(clamp(history.account), now, DEFAULT_LOGIN_THROTTLE)
  if (!account.allowed) return { ...account, by: 'account' }
  const client = loginThrottle(clamp(history.client), now, CLIENT_LOGIN_THROTTLE)
  if (!client.allowed) return { ...client, by: 'client' }
  return { allowed: true }
}

/** Ceilings on asking for one-time codes: each one costs an SMS. */
export const CODE_REQUEST_LIMITS = {
  perClient: { max: 10, windowMs: 60 * MINUTE },
  global: { max: 500, windowMs: 60 * MINUTE },
} as const

/** Which ceiling (if any) a new code request would pass, given the requests already counted. */
export function codeRequestVerdict(counts: {
  client: number
  global: number
}): { allowed: true } | { allowed: false; by: 'client' | 'global' } {
  if (counts.client >= CODE_REQUEST_LIMITS.perClient.max) return { allowed: false, by: 'client' }
  if (counts.global >= CODE_REQUEST_LIMITS.global.max) return { allowed: false, by: 'global' }
  return { allowed: true }
}

export const codeRequestsExhausted = (by: 'client' | 'global') =>
  new DomainError(
    'TOO_MANY_REQUESTS',
    by === 'client' ? 'IDENTITY.CODE_REQUESTS_FROM_CLIENT' : 'IDENTITY.CODE_REQUESTS_GLOBAL',
    by === 'client'
      ? 'Too many codes were asked for from this network; try again later'
      : 'Sign-in codes are briefly unavailable; try again in a few minutes',
    { field: 'contact' },
  )
