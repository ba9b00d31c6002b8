import { describe, expect, it } from 'vitest'
import { MINUTE } from '../shared/clock'
import { nextAttempt, OUTBOX_MAX_ATTEMPTS } from './outbox'

describe('outbox retries', () => {
  const now = new Date('2026-11-24T00:00:00Z')
  it.each([
    [1, 1],
    [2, 2],
    [3, 4],
    [5, 16],
  ])('after attempt %i waits %i minutes', (attempts, minutes) => {
    expect(nextAttempt(attempts, now)).toEqual({
      status: 'pending',
      nextAttemptAt: new Date(now.getTime() + minutes * MINUTE),
    })
  })
  it('gives up after the last attempt', () => {
    expect(nextAttempt(OUTBOX_MAX_ATTEMPTS, now).status).toBe('failed')
  })
})
