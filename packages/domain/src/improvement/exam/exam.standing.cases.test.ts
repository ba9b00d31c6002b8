import { describe, expect, it } from 'vitest'
import { certificationStatus } from './exam.certification'
import { examStanding } from './exam.standing'
import { attempt, certificate, failed } from './exam.test-fixtures'

const NOW = new Date('2026-11-24T02:00:00Z')
const exam = { status: 'published' as const, maxAttempts: 2, cooldownHours: 24, timeLimitMinutes: null }

describe('certificationStatus, every field', () => {
  it('the latest certificate is the one valid longest, whatever the order given', () => {
    const older = certificate({ id: 'c-old', validUntil: '2026-06-30' })
    const newer = certificate({ id: 'c-new', validUntil: '2026-11-24' })
    expect(certificationStatus([], [newer, older], NOW)).toEqual({
      status: 'certified',
      certificate: newer,
      attempts: 0,
      bestScore: null,
    })
    expect(certificationStatus([], [older], NOW)).toEqual({
      status: 'expired',
      certificate: older,
      attempts: 0,
      bestScore: null,
    })
  })
  it('an open attempt has no score; the best counts ended attempts only', () => {
    expect(certificationStatus([attempt({ id: 'open' })], [], NOW)).toEqual({
      status: 'in_progress',
      certificate: null,
      attempts: 1,
      bestScore: null,
    })
    const s = certificationStatus(
      [
        failed('2026-11-05T02:00:00Z', { score: 70 }),
        failed('2026-11-01T02:00:00Z', { score: 90 }),
        attempt(),
      ],
      [],
      NOW,
    )
    expect(s).toEqual({ status: 'in_progress', certificate: null, attempts: 3, bestScore: 90 })
  })
  it('a failed taker: the attempts and the best of their scores', () => {
    expect(certificationStatus([failed('2026-11-01T02:00:00Z', { score: 0 })], [], NOW)).toEqual({
      status: 'failed',
      certificate: null,
      attempts: 1,
      bestScore: 0,
    })
  })
})

describe('examStanding, every field', () => {
  it('never taken: may start, nothing blocks', () => {
    expect(examStanding(exam, [], [], NOW)).toEqual({
      status: 'never_taken',
      certificate: null,
      attempts: 0,
      bestScore: null,
      attemptsUsed: 0,
      attemptsLeft: 2,
      canStart: true,
      openAttemptId: null,
      blockedBy: null,
      nextAllowedAt: null,
      lastAttemptId: null,
    })
  })
  it('all attempts used: blocked without a date; the last attempt is the latest started', () => {
    const s = examStanding(
      { ...exam, cooldownHours: 0 },
      [failed('2026-11-10T02:00:00Z', { id: 'late' }), failed('2026-11-01T02:00:00Z', { id: 'early' })],
      [],
      NOW,
    )
    expect(s).toMatchObject({
      status: 'failed',
      attemptsUsed: 2,
      attemptsLeft: 0,
      canStart: false,
      openAttemptId: null,
      blockedBy: 'EXAM.NO_ATTEMPTS_LEFT',
      nextAllowedAt: null,
      lastAttemptId: 'late',
    })
  })
  it('attempts left never fall below zero when the exam allows fewer than were made', () => {
    const three = ['2026-11-01', '2026-11-02', '2026-11-03'].map((d, i) =>
      failed(`${d}T02:00:00Z`, { id: `a${i}` }),
    )
    expect(examStanding({ ...exam, maxAttempts: 1 }, three, [], NOW)).toMatchObject({
      attemptsUsed: 3,
      attemptsLeft: 0,
      lastAttemptId: 'a2',
    })
  })
  it('certified: blocked by the certificate; the round counts only attempts after it ran out', () => {
    const s = examStanding(
      exam,
      [failed('2026-11-01T02:00:00Z', { id: 'a1' })],
      [certificate({ validUntil: '2026-12-31' })],
      NOW,
    )
    expect(s).toMatchObject({
      status: 'certified',
      attemptsUsed: 0,
      attemptsLeft: 2,
      canStart: false,
      blockedBy: 'EXAM.ALREADY_CERTIFIED',
      nextAllowedAt: null,
      lastAttemptId: 'a1',
    })
  })
  it('a draft exam: not published', () => {
    expect(examStanding({ ...exam, status: 'draft' }, [], [], NOW)).toMatchObject({
      canStart: false,
      blockedBy: 'EXAM.NOT_PUBLISHED',
    })
  })
})
