import { MINUTE } from '../shared/clock'

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
