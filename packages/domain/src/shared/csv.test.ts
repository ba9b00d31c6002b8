import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseCsvRows, toCsv } from './csv'

describe('parseCsvRows', () => {
  it.each([
    [
      'a,b\r\nc,d\r\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      '\uFEFFa,"b,c"\n"say ""hi""",\n',
      [
        ['a', 'b,c'],
        ['say "hi"', ''],
      ],
    ],
    ['x,"line\nbreak"', [['x', 'line\nbreak']]],
  ])('%j', (text, rows) => {
    expect(parseCsvRows(text)).toEqual(rows)
  })
  it('reads back what toCsv writes (cells that are not formulas)', () => {
    const cell = fc.string({ maxLength: 12 }).filter((s) => !/^'*[=+\-@\t\r]/.test(s))
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          const width = rows[0]!.length
          const even = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''))
          expect(parseCsvRows(toCsv(even))).toEqual(even)
        },
      ),
    )
  })
})
