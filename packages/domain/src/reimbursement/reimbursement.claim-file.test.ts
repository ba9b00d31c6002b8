import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays } from '../shared/china-time'
import { toCsv } from '../shared/csv'
import { csvUploadRows } from '../shared/upload'
import { claimFileCells, claimLineKey, splitUnchangedLines } from './reimbursement.claim-file'
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

describe('the key of a claim line', () => {
  const held: ReimbursementLineInput = {
    repairOrderNo: 'RO-1',
    repairDate: '2026-11-05',
    serial: 'lhx7b',
    partCode: 'hl-1',
    quantity: 2,
    labourHours: 1.5,
    oldPartRegistrationNo: 'JJ-1',
    usageReading: 86_500,
  }

  it('holds every field, codes upper case, hours in whole hundredths', () => {
    expect(claimLineKey(held)).toBe('["RO-1","2026-11-05","LHX7B","HL-1",2,150,"JJ-1",86500]')
    expect(claimLineKey({ ...held, oldPartRegistrationNo: null, usageReading: null })).toBe(
      '["RO-1","2026-11-05","LHX7B","HL-1",2,150,null,null]',
    )
  })

  it.each<[string, Partial<ReimbursementLineInput>, 'unchanged' | 'added']>([
    ['the same line', {}, 'unchanged'],
    ['codes in another case', { serial: 'LHX7B', partCode: 'HL-1' }, 'unchanged'],
    ['another repair order', { repairOrderNo: 'RO-2' }, 'added'],
    ['another date', { repairDate: '2026-11-06' }, 'added'],
    ['another serial', { serial: 'lhx7c' }, 'added'],
    ['another part', { partCode: 'hl-2' }, 'added'],
    ['another quantity', { quantity: 3 }, 'added'],
    ['other labour hours', { labourHours: 2 }, 'added'],
    ['another registration', { oldPartRegistrationNo: 'JJ-2' }, 'added'],
    ['no registration', { oldPartRegistrationNo: null }, 'added'],
    ['another reading', { usageReading: 86_501 }, 'added'],
    ['no reading', { usageReading: null }, 'added'],
  ])('a row with %s is %s', (_n, change, want) => {
    const { unchanged, added } = splitUnchangedLines([held], [{ line: { ...held, ...change } }])
    expect([unchanged.length, added.length]).toEqual(want === 'unchanged' ? [1, 0] : [0, 1])
  })
})
