import { isDomainError } from '../../shared/errors'
import { attemptRound, decideStart } from './exam.attempts'
import { certificationStatus } from './exam.certification'
import type { Attempt, Certificate, Exam } from './exam.entity'

/**
 * What a taker's exam list shows for one exam: their standing, whether they may start (or resume) now,
 * and if not, why (the refusal's code) and from when (`nextAllowedAt`, for the cool-down).
 */
export function examStanding(
  exam: Pick<Exam, 'status' | 'maxAttempts' | 'cooldownHours' | 'timeLimitMinutes'>,
  attempts: readonly Attempt[],
  certificates: readonly Certificate[],
  now: Date,
) {
  const standing = certificationStatus(attempts, certificates, now)
  const round = attemptRound(attempts, certificates)
  let openAttemptId: string | null = null
  let blockedBy: string | null = null
  let nextAllowedAt: string | null = null
  try {
    const d = decideStart(exam, attempts, certificates, now)
    if ('resume' in d) openAttemptId = d.resume.id
  } catch (e) {
    if (!isDomainError(e)) throw e
    blockedBy = e.code
    nextAllowedAt = (e.details?.nextAllowedAt as string | undefined) ?? null
  }
  const last = [...attempts].sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime())[0] ?? null
  return {
    ...standing,
    attemptsUsed: round.length,
    attemptsLeft: Math.max(0, exam.maxAttempts - round.length),
    canStart: blockedBy === null,
    openAttemptId,
    blockedBy,
    nextAllowedAt,
    lastAttemptId: last?.id ?? null,
  }
}
