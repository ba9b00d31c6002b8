import { describe, expect, it } from 'vitest'
import { MINUTE } from '../shared/clock'
import {
  maskedOutboxBody,
  nextAttempt,
  OUTBOX_MAX_ATTEMPTS,
  renderOutboxBody,
  SECRET_PLACEHOLDER,
} from './outbox'

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

describe('a message body with a secret in it (a sign-in code, a survey link)', () => {
  const body = `验证码 ${SECRET_PLACEHOLDER}，5 分钟内有效。Code ${SECRET_PLACEHOLDER}.`
  it('keeps the placeholder as text of its own', () => {
    expect(SECRET_PLACEHOLDER).toBe('{{secret}}')
  })
  it.each([
    [
      'delivery puts the secret in every place',
      renderOutboxBody({ body, secret: '482913' }),
      '验证码 482913，5 分钟内有效。Code 482913.',
    ],
    [
      'delivery after the secret was cleared shows the mask',
      renderOutboxBody({ body, secret: null }),
      '验证码 ••••••，5 分钟内有效。Code ••••••.',
    ],
    [
      'staff and logs see the mask, never the secret',
      maskedOutboxBody({ body }),
      '验证码 ••••••，5 分钟内有效。Code ••••••.',
    ],
    [
      'a body without a secret is shown as it is',
      maskedOutboxBody({ body: '您的投诉已受理' }),
      '您的投诉已受理',
    ],
  ])('%s', (_name, shown, expected) => {
    expect(shown).toBe(expected)
  })
})
