import { addDays, addMonths, chinaDate, chinaDateTime, type IsoDate } from '../../shared/china-time'
import { HOUR, MINUTE } from '../../shared/clock'
import { DomainError } from '../../shared/errors'
import type { AnswerSheet, AskedQuestion, Attempt, Certificate, Exam, ExamQuestion } from './exam.entity'
import { scoreExam } from './exam.scoring'

/**
 * Attempts, in one place:
 * - Only a published exam can be started.
 * - A certification round: attempts since the last certificate ran out (all attempts, before the first
 *   certificate). While a certificate is valid no new attempt starts (EXAM.ALREADY_CERTIFIED); once it
 *   expires, a new round with `maxAttempts` fresh attempts begins.
 * - An open attempt (started, not submitted, time not up) is resumed, never doubled.
 * - Max attempts: a round's attempts, open or ended, count (EXAM.NO_ATTEMPTS_LEFT).
 * - Cool-down: the next attempt starts no earlier than `cooldownHours` after the last failed one ended
 *   (submitted, or timed out at its deadline) — EXAM.COOLING_DOWN with `nextAllowedAt` (UTC instant) and
 *   `nextAllowedChina` (Beijing wall time) in its details.
 * - Time limit: the client submits by itself when the timer runs out; a submission may arrive up to
 *   SUBMIT_GRACE_MS after the deadline (the network) and is scored as it is. Later, it is refused
 *   (EXAM.TIME_UP): the attempt timed out and counts as failed with score 0 (`attemptOutcome`), because
 *   answers written after the time could be anything.
 * - Submitting a submitted attempt again answers the stored result (idempotent; nothing changes).
 */
export const SUBMIT_GRACE_MS = 2 * MINUTE

const precondition = (code: string, message: string, details?: Record<string, unknown>) =>
  new DomainError('PRECONDITION', `EXAM.${code}`, message, {
    field: 'examId',
    ...(details ? { details } : {}),
  })

/** When an unsubmitted attempt timed out; null while it may still be submitted (or has no limit). */
export const timedOutAt = (a: Pick<Attempt, 'deadlineAt' | 'submittedAt'>, now: Date): Date | null =>
  a.submittedAt === null && a.deadlineAt !== null && now.getTime() > a.deadlineAt.getTime() + SUBMIT_GRACE_MS
    ? a.deadlineAt
    : null

export type AttemptOutcome =
  | { state: 'open' }
  | { state: 'submitted'; endedAt: Date; score: number; passed: boolean }
  | { state: 'timed_out'; endedAt: Date; score: 0; passed: false }

/** Where an attempt stands at `now`. */
export function attemptOutcome(a: Attempt, now: Date): AttemptOutcome {
  if (a.submittedAt !== null)
    return { state: 'submitted', endedAt: a.submittedAt, score: a.score ?? 0, passed: a.passed === true }
  const out = timedOutAt(a, now)
  return out ? { state: 'timed_out', endedAt: out, score: 0, passed: false } : { state: 'open' }
}

/** Is a certificate valid on a China calendar day (its last day included)? */
export const certificateValidOn = (c: Pick<Certificate, 'validUntil'>, day: IsoDate) => day <= c.validUntil

/** The attempts of the current certification round, oldest first. */
export function attemptRound(attempts: readonly Attempt[], certificates: readonly Certificate[]) {
  const lastEnd = certificates
    .map((c) => c.validUntil)
    .sort()
    .at(-1)
  const sorted = [...attempts].sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime())
  return lastEnd === undefined ? sorted : sorted.filter((a) => chinaDate(a.startedAt) > lastEnd)
}

export type StartDecision = { resume: Attempt } | { start: { attemptNo: number; deadlineAt: Date | null } }

/** Whether this person may start `exam` now, given their attempts and certificates on it. */
export function decideStart(
  exam: Pick<Exam, 'status' | 'maxAttempts' | 'cooldownHours' | 'timeLimitMinutes'>,
  attempts: readonly Attempt[],
  certificates: readonly Certificate[],
  now: Date,
): StartDecision {
  if (exam.status !== 'published') throw precondition('NOT_PUBLISHED', 'This exam is not open for taking')
  const valid = certificates.filter((c) => certificateValidOn(c, chinaDate(now)))
  if (valid.length)
    throw precondition('ALREADY_CERTIFIED', 'You hold a valid certificate for this exam', {
      validUntil: valid
        .map((c) => c.validUntil)
        .sort()
        .at(-1),
    })
  const round = attemptRound(attempts, certificates)
  const open = round.find((a) => attemptOutcome(a, now).state === 'open')
  if (open) return { resume: open }
  if (round.length >= exam.maxAttempts)
    throw precondition('NO_ATTEMPTS_LEFT', `All ${exam.maxAttempts} attempts are used`, {
      maxAttempts: exam.maxAttempts,
    })
  const next = nextAllowedAt(exam, round, now)
  if (next)
    throw precondition(
      'COOLING_DOWN',
      `The next attempt is possible from ${chinaDateTime(next)} (Beijing time)`,
      {
        nextAllowedAt: next.toISOString(),
        nextAllowedChina: chinaDateTime(next),
      },
    )
  const deadlineAt =
    exam.timeLimitMinutes === null ? null : new Date(now.getTime() + exam.timeLimitMinutes * MINUTE)
  return { start: { attemptNo: round.length + 1, deadlineAt } }
}

/** The instant the cool-down after the round's last ended attempt runs out, when that is after `now`. */
export function nextAllowedAt(
  exam: Pick<Exam, 'cooldownHours'>,
  round: readonly Attempt[],
  now: Date,
): Date | null {
  const ends = round.flatMap((a) => {
    const o = attemptOutcome(a, now)
    return o.state === 'open' ? [] : [o.endedAt.getTime()]
  })
  if (!ends.length || exam.cooldownHours === 0) return null
  const next = new Date(Math.max(...ends) + exam.cooldownHours * HOUR)
  return next.getTime() > now.getTime() ? next : null
}

export type SubmitDecision =
  | { replay: true }
  | { replay: false; answers: AnswerSheet; right: number; score: number; passed: boolean }

/** Scores a submission, or says it was already scored; refuses one after the time is up. */
export function decideSubmit(
  a: Attempt,
  exam: Pick<Exam, 'passMark'>,
  answers: AnswerSheet,
  now: Date,
): SubmitDecision {
  if (a.submittedAt !== null) return { replay: true }
  if (timedOutAt(a, now))
    throw new DomainError('PRECONDITION', 'EXAM.TIME_UP', 'The time for this attempt ran out', {
      field: 'attemptId',
      details: { deadlineAt: a.deadlineAt!.toISOString() },
    })
  const asked = new Set(a.questions.map((q) => q.questionId))
  const kept = Object.fromEntries(Object.entries(answers).filter(([id]) => asked.has(id)))
  const s = scoreExam(a.questions, kept, exam.passMark)
  return { replay: false, answers: kept, right: s.right, score: s.score, passed: s.passed }
}

/** The certificate a pass earns: dated the China day of the pass, valid for `validityMonths`. */
export function certificateFor(
  exam: Pick<Exam, 'validityMonths'>,
  at: Date,
): { issuedOn: IsoDate; validUntil: IsoDate } {
  const issuedOn = chinaDate(at)
  // Valid through the day before the same date `validityMonths` later (12 months from 06-07 → 06-06).
  const validUntil = addMonths(issuedOn, exam.validityMonths)
  return { issuedOn, validUntil: addDays(validUntil, -1) }
}

/** A snapshot of the bank's questions for one attempt. */
export const askedFrom = (q: ExamQuestion): AskedQuestion => ({
  questionId: q.id,
  kind: q.kind,
  topic: q.topic,
  stem: q.stem,
  options: q.options.map((o) => ({ ...o })),
  explanation: q.explanation,
})
