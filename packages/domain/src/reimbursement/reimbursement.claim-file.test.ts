import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays } from '../shared/china-time'
import { toCsv } from '../shared/csv'
import { csvUploadRows } from '../shared/upload'
import { claimFileCells, splitUnchangedLines } from './reimbursement.claim-file'
import { parseClaimRows } from './reimbursement.import'
import type { ReimbursementLineInput } from './reimbursement.schema'

const bytes = (text: string) => new TextEncoder().encode(text)
const readBack = (lines: readonly ReimbursementLineInput[]) =>
  csvUploadRows(bytes(toCsv(claimFileCells(lines)))).rows

// Codes as stations write them: letters (also Chinese), digits and . _ / -, starting with a letter or digit.
const code = (upper: boolean) =>
  fc
    .tuple(
      fc.constantFrom(...'A0Z9前京x'.split('')),
      fc.string({ unit: fc.constantFrom(...'AB12._/-车z'.split('')), maxLength: 12 }),
    )
    .map(([a, b]) => (upper ? (a + b).toUpperCase() : a + b))
const day = fc.integer({ min: 0, max: 365 * 3 }).map((n) => addDays('2025-01-01', n))
const line: fc.Arbitrary<ReimbursementLineInput> = fc.record({
  repairOrderNo: code(false),
  repairDate: day,
  serial: code(true),
  partCode: code(true),
  quantity: fc.integer({ min: 1, max: 9999 }),
  labourHours: fc.integer({ min: 0, max: 99_900 }).map((h) => h / 100),
  oldPartRegistrationNo: fc.option(code(false), { nil: null }),
  usageReading: fc.option(fc.integer({ min: 0, max: 9_999_999 }), { nil: null }),
})
const lines = fc.array(line, { minLength: 1, maxLength: 30 })

describe('a claim file round-trips', () => {
  it('export → import of any lines gives back the same lines, row by row', () => {
    fc.assert(
      fc.property(lines, (ls) => {
        const r = parseClaimRows(readBack(ls))
        expect(r.errors).toEqual([])
        expect(r.lines.map((l) => l.line)).toEqual(ls)
        expect(r.lines.map((l) => l.row)).toEqual(ls.map((_, i) => i + 2))
      }),
    )
  })

  it('re-importing an exported claim finds every line already there and adds none', () => {
    fc.assert(
      fc.property(lines, fc.array(line, { maxLength: 5 }), (held, extra) => {
        const file = parseClaimRows(readBack([...held, ...extra])).lines
        const { unchanged, added } = splitUnchangedLines(held, file)
        expect(unchanged.map((r) => r.line)).toEqual(held)
        // Only what the claim does not hold yet (as many times as it is missing) is new.
        expect(added.length).toBe(extra.length)
      }),
    )
  })

  it('a line held once matches one row only: the second copy in a file is new', () => {
    const [l] = fc.sample(line, 1)
    const file = parseClaimRows(readBack([l!, l!])).lines
    const { unchanged, added } = splitUnchangedLines([l!], file)
    expect([unchanged.length, added.length]).toEqual([1, 1])
    expect(added[0]!.row).toBe(3)
  })
})
