import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { nulBytePath } from './text'

describe('nulBytePath', () => {
  it.each([
    ['plain text', { summary: '空调异响' }, null],
    ['a NUL in a field', { summary: 'a\u0000b' }, 'summary'],
    ['deep in a list', { lines: [{ note: 'ok' }, { note: '\u0000' }] }, 'lines.1.note'],
    ['the whole input', '\u0000', '(input)'],
    ['numbers and nulls', { n: 1, x: null, ok: true }, null],
  ])('%s', (_, input, path) => {
    expect(nulBytePath(input)).toBe(path)
  })

  it('finds nothing in text without NUL, whatever its shape (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => JSON.stringify(v).includes('\\u0000') || nulBytePath(v) === null),
    )
  })
})
