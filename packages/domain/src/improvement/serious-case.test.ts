import { describe, expect, it } from 'vitest'
import { isSeriousCase } from './serious-case'

describe('isSeriousCase', () => {
  it.each([
    ['major', true],
    ['general', false],
  ] as const)('a %s complaint → %s', (severity, want) => {
    expect(isSeriousCase({ severity })).toBe(want)
  })
})
