import { MINUTE } from '../shared/clock'
import { DomainError } from '../shared/errors'

export const OTP_POLICY = { ttlMs: 10 * MINUTE, maxAttempts: 5, resendAfterMs: MINUTE } as const

export type OtpState = { createdAt: Date; expiresAt: Date; attempts: number; consumedAt: Date | null }

/** A one-time code may be requested again only after a short cooldown, so the outbox cannot be flooded. */
export function assertMayResend(latest: OtpState | null, now: Date): void {
  if (
    latest &&
    latest.consumedAt === null &&
    now.getTime() - latest.createdAt.getTime() < OTP_POLICY.resendAfterMs
  ) {
    throw new DomainError(
      'TOO_MANY_REQUESTS',
      'IDENTITY.CODE_TOO_SOON',
      'A code was just sent; wait a minute before asking again',
      {
        field: 'contact',
      },
    )
  }
}

/** Why a presented code cannot be used (expired, used, too many tries), or null when it may be checked. */
export function otpRefusal(state: OtpState | null, now: Date): DomainError | null {
  const bad = (code: string, message: string) =>
    new DomainError('UNAUTHENTICATED', code, message, { field: 'code' })
  if (!state) return bad('IDENTITY.CODE_INVALID', 'The code is wrong or has expired; ask for a new one')
  if (state.consumedAt) return bad('IDENTITY.CODE_USED', 'This code has already been used; ask for a new one')
  if (state.expiresAt.getTime() <= now.getTime())
    return bad('IDENTITY.CODE_EXPIRED', 'The code has expired; ask for a new one')
  if (state.attempts >= OTP_POLICY.maxAttempts)
    return new DomainError(
      'TOO_MANY_REQUESTS',
      'IDENTITY.CODE_LOCKED',
      'Too many wrong codes; ask for a new one',
      { field: 'code' },
    )
  return null
}

export const wrongCode = () =>
  new DomainError(
    'UNAUTHENTICATED',
    'IDENTITY.CODE_INVALID',
    'The code is wrong or has expired; ask for a new one',
    {
      field: 'code',
    },
  )
