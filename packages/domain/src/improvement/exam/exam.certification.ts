import { chinaDate } from '../../shared/china-time'
import { attemptOutcome, certificateValidOn } from './exam.attempts'
import type { Attempt, Certificate } from './exam.entity'
import type { CertificationStatus } from './exam.vocabulary'

/**
 * A staff member's standing on one exam today (what the station manager's table shows):
 * certified (a certificate valid today) · expired (certificates, all run out) · in_progress (an open
 * attempt, none passed) · failed (attempts, none passed) · never_taken.
 */
export function certificationStatus(
  attempts: readonly Attempt[],
  certificates: readonly Certificate[],
  now: Date,
): {
  status: CertificationStatus
  certificate: Certificate | null
  attempts: number
  bestScore: number | null
} {
  const today = chinaDate(now)
  const latest = [...certificates].sort((a, b) => a.validUntil.localeCompare(b.validUntil)).at(-1) ?? null
  const outcomes = attempts.map((a) => attemptOutcome(a, now))
  const scores = outcomes.flatMap((o) => (o.state === 'open' ? [] : [o.score]))
  const base = {
    certificate: latest,
    attempts: attempts.length,
    bestScore: scores.length ? Math.max(...scores) : null,
  }
  if (latest && certificateValidOn(latest, today)) return { ...base, status: 'certified' }
  if (latest) return { ...base, status: 'expired' }
  if (outcomes.some((o) => o.state === 'open')) return { ...base, status: 'in_progress' }
  if (attempts.length) return { ...base, status: 'failed' }
  return { ...base, status: 'never_taken' }
}
