import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatFen, mulHalfUp, parseYuan } from './money'

describe('mulHalfUp', () => {
  it.each([
    [8000, 3, 2, 12000],
    [1, 1, 2, 1],
    [1, 1, 3, 0],
    [5, 1, 10, 1],
    [4, 1, 10, 0],
    [-5, 1, 10, -1],
    [333, 1, 3, 111],
    [100, 0, 1, 0],
  ])('%i fen × %i/%i = %i fen', (fen, n, d, want) => {
    expect(mulHalfUp(fen, n, d)).toBe(want)
  })

  it('refuses fractional inputs and a zero denominator', () => {
    expect(() => mulHalfUp(1.5, 1)).toThrow(RangeError)
    expect(() => mulHalfUp(1, 1, 0)).toThrow(RangeError)
  })

  it('is never more than half a fen away from the exact product', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 1, max: 1000 }),
        (fen, n, d) => {
          const got = mulHalfUp(fen, n, d)
          expect(Number.isInteger(got)).toBe(true)
          expect(Math.abs(got - (fen * n) / d)).toBeLessThanOrEqual(0.5 + 1e-9)
        },
      ),
    )
  })
})

describe('formatting and parsing yuan', () => {
  it.each([
    [0, '¥0.00'],
    [5, '¥0.05'],
    [123456, '¥1,234.56'],
    [-199, '-¥1.99'],
  ])('formats %i fen as %s', (fen, text) => {
    expect(formatFen(fen)).toBe(text)
  })

  it.each([
    ['1,234.5', 123450],
    ['¥ 12', 1200],
    ['0.07', 7],
    ['-3.10', -310],
    ['1.234', undefined],
    ['abc', undefined],
  ])('parses %s', (text, fen) => {
    expect(parseYuan(text)).toBe(fen)
  })

  it('round-trips any amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (fen) => {
        expect(parseYuan(formatFen(fen)) === fen).toBe(true)
      }),
    )
  })
})
