import { describe, expect, it } from 'vitest'
import { DomainError, isDomainError, notFound, staleVersion } from './errors'
import { idempotencyInProgress, idempotencyKeyReused } from './idempotency'
import { uploadRefused } from './upload'

describe('shared errors name their kind, code and field', () => {
  it.each([
    ['a missing record', notFound('complaint'), 'NOT_FOUND', 'COMPLAINT.NOT_FOUND', undefined],
    ['a stale version', staleVersion('fee_standard'), 'CONFLICT', 'FEE_STANDARD.STALE', undefined],
    [
      'a reused key',
      idempotencyKeyReused('clientRequestId'),
      'CONFLICT',
      'IDEMPOTENCY.KEY_REUSED',
      'clientRequestId',
    ],
    [
      'a key still running',
      idempotencyInProgress('idempotencyKey'),
      'CONFLICT',
      'IDEMPOTENCY.IN_PROGRESS',
      'idempotencyKey',
    ],
    [
      'a refused upload',
      uploadRefused('EMPTY', '空。', 'Empty.'),
      'BAD_INPUT',
      'UPLOAD.EMPTY',
      'contentBase64',
    ],
  ])('%s', (_n, error, kind, code, field) => {
    expect(isDomainError(error)).toBe(true)
    expect([error.kind, error.code, error.field]).toEqual([kind, code, field])
  })

  it('a refused upload says it in Chinese, then English', () => {
    expect(uploadRefused('EMPTY', '文件是空的。', 'The file is empty.').message).toBe(
      '文件是空的。 The file is empty.',
    )
  })

  it('is named DomainError in logs and stack traces, and carries its details', () => {
    const e = new DomainError('PRECONDITION', 'X.Y', 'text', { details: { n: 1 } })
    expect(e.name).toBe('DomainError')
    expect(String(e)).toBe('DomainError: text')
    expect(e.details).toEqual({ n: 1 })
    expect(isDomainError(new Error('x'))).toBe(false)
  })
})
