import { describe, expect, it } from 'vitest'
import { MAX_VERSION, versionNumber } from './version.schema'

describe('versionNumber', () => {
  it.each([
    [0, 0, true],
    [0, 1, true],
    [1, 0, false],
    [0, -1, false],
    [0, 1.5, false],
    [0, MAX_VERSION, true],
    [0, MAX_VERSION + 1, false],
    [0, Number.MAX_SAFE_INTEGER, false],
  ] as const)('from %i: %d accepted = %s', (min, value, ok) => {
    expect(versionNumber(min).safeParse(value).success).toBe(ok)
  })
})
