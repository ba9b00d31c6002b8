import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * China time lives in one module (packages/domain/src/shared/china-time.ts). Anywhere else, slicing a
 * UTC ISO string gives a date that is wrong between 00:00 and 08:00 Beijing time, and a hand-added
 * +8 h offset is a second copy of that module waiting to drift, so both are refused.
 */
const root = join(import.meta.dirname, '../../..')
const HOME = 'packages/domain/src/shared/china-time.ts'
const SCANNED = ['apps', 'packages', 'e2e/src', 'tooling', 'bench']

function sources(dir: string): string[] {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return []
  }
  return names.flatMap((name) => {
    const p = join(dir, name)
    if (['node_modules', 'dist', 'migrations', 'artifacts', '.turbo'].includes(name)) return []
    if (statSync(p).isDirectory()) return sources(p)
    return /\.(ts|vue)$/.test(name) ? [p] : []
  })
}

/** Slicing or splitting an ISO string to get a date, month or wall time. */
const ISO_SLICE =
  /toISOString\(\)\s*\.\s*(slice|substring|substr)\(\s*0\s*,|toISOString\(\)\s*\.\s*split\(\s*['"]T/
/** Eight hours written out as an offset in any of the usual spellings. */
const HAND_OFFSET =
  /\b8\s*\*\s*(3_?600_?000|3_?600|60\s*\*\s*60|HOUR)\b|\b28_?800_?000\b|\b480\s*\*\s*60|getTimezoneOffset\(|UTC\+8\s*\*|\bCHINA_OFFSET/
/** An instant parsed from a Beijing wall time; fine in a test's inputs, never in running code. */
const PLUS_EIGHT = /[`'"][^`'"]*\+08:00[`'"]/

const THIS_FILE = 'tooling/architecture/src/china-time.test.ts'
const offenders = (rule: RegExp, keep: (file: string) => boolean) =>
  SCANNED.flatMap((d) => sources(join(root, d)))
    .map((f) => relative(root, f))
    .filter((f) => f !== HOME && f !== THIS_FILE && keep(f))
    .flatMap((f) =>
      readFileSync(join(root, f), 'utf8')
        .split('\n')
        .flatMap((line, i) => (rule.test(line) ? [`${f}:${i + 1}: ${line.trim()}`] : [])),
    )

const isTest = (f: string) => /\.(test|e2e|pg\.test)\.ts$/.test(f) || f.includes('/testing/')

describe('China time has one home', () => {
  it('no code slices a UTC ISO string into a date, month or time', () => {
    expect(offenders(ISO_SLICE, () => true)).toEqual([])
  })

  it('no code adds the +8 h offset by hand', () => {
    expect(offenders(HAND_OFFSET, () => true)).toEqual([])
  })

  it('no running code parses a Beijing wall time with a written offset', () => {
    expect(offenders(PLUS_EIGHT, (f) => !isTest(f))).toEqual([])
  })

  it('the rules catch what they are meant to catch', () => {
    // Written in two pieces so that a plain text search for the forbidden pattern finds only real uses.
    for (const bad of [
      `d.toISOString()${'.slice(0, 10)'}`,
      'x.toISOString().substring(0,7)',
      'at.toISOString().split("T")[0]',
    ])
      expect(ISO_SLICE.test(bad)).toBe(true)
    for (const bad of [
      'at + 8 * 3600_000',
      '8 * HOUR',
      '28_800_000',
      'd.getTimezoneOffset()',
      '480 * 60_000',
    ])
      expect(HAND_OFFSET.test(bad)).toBe(true)
    expect(HAND_OFFSET.test('18 * HOUR')).toBe(false)
    expect(PLUS_EIGHT.test("new Date('2026-01-01T00:00+08:00')")).toBe(true)
  })
})
