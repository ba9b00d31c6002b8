import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { toCsv } from '../shared/csv'
import { csvUploadRows } from '../shared/upload'
import { termsCsvCells, termsFileRows } from './fee.terms-file'
import { termsToExport, validateTermsRows, versionsInForce } from './fee.terms-import'
import type { WarrantyTerms } from './fee.warranty'

const today = '2026-11-24'
const productLineCodes = ['H5', 'X7']
const partCodes = new Set(['P-1', 'P-2'])
const bytes = (text: string) => new TextEncoder().encode(text)
/** What an import reads from an exported CSV file. */
const readBack = (terms: readonly WarrantyTerms[]) =>
  csvUploadRows(bytes(toCsv(termsCsvCells(termsFileRows(terms))))).rows
const ctxOf = (current: readonly WarrantyTerms[]) => ({ today, productLineCodes, partCodes, current })

// Extras are named by people: formula signs, quotes, '=' and ';', CJK; one line, trimmed, 1–40 characters.
const extraName = fc
  .string({ unit: fc.constantFrom(...'=+-@\'",;； 拖车费Ab1'.split('')), minLength: 1, maxLength: 12 })
  .map((s) => s.trim())
  .filter((s) => s !== '')
const fen = (max: number) => fc.integer({ min: 0, max })
const card = fc.record({
  labourRateFen: fc.option(fc.integer({ min: 100, max: 100_000 }), { nil: null }),
  calloutFeeFen: fc.option(fen(500_000), { nil: null }),
  partPrices: fc.dictionary(fc.constantFrom('P-1', 'P-2'), fen(100_000_000), { maxKeys: 2 }),
  extras: fc.dictionary(extraName, fen(1_000_000), { maxKeys: 3 }),
})
const version = fc
  .record({
    productLineCode: fc.constantFrom(...productLineCodes),
    partCode: fc.constantFrom(null, 'P-1', 'P-2'),
    months: fc.integer({ min: 0, max: 240 }),
    usageLimit: fc.option(fc.integer({ min: 1, max: 10_000_000 }), { nil: null }),
    usageUnit: fc.constantFrom('km' as const, 'hours' as const),
    startBasis: fc.constantFrom('purchase' as const, 'delivery' as const),
    effectiveFrom: fc.constantFrom('2024-02-29', '2025-06-01', today, '2027-01-01'),
    card: fc.option(card, { nil: null }),
  })
  // A part's override has no card of its own; an empty card is no card (the file writes both alike).
  .map((t) => ({ ...t, card: t.partCode ? null : t.card }))
const termsSet = fc
  .uniqueArray(version, {
    selector: (t) => `${t.productLineCode}|${t.partCode}|${t.effectiveFrom}`,
    minLength: 1,
    maxLength: 12,
  })
  .map((ts) => ts.map((t, i): WarrantyTerms => ({ ...t, id: `t-${i}`, version: i + 1 })))
type Versioned = Omit<WarrantyTerms, 'id' | 'version' | 'partCode' | 'card'> & {
  partCode?: string | null
  card?: WarrantyTerms['card']
}
const comparable = (t: Versioned) => ({
  productLineCode: t.productLineCode,
  partCode: t.partCode ?? null,
  months: t.months,
  usageLimit: t.usageLimit,
  usageUnit: t.usageUnit,
  startBasis: t.startBasis,
  effectiveFrom: t.effectiveFrom,
  card:
    t.card &&
    (t.card.labourRateFen !== null ||
      t.card.calloutFeeFen !== null ||
      Object.keys(t.card.partPrices).length ||
      Object.keys(t.card.extras).length)
      ? t.card
      : null,
})

describe('the warranty-terms file round-trips', () => {
  it('export → import of any set of terms gives back the exported versions, every row unchanged', () => {
    fc.assert(
      fc.property(termsSet, (current) => {
        const exported = termsToExport(current, today)
        const r = validateTermsRows(readBack(exported), ctxOf(current))
        expect(r.errors).toEqual([])
        expect(r.summary).toEqual({ added: 0, updated: 0, unchanged: exported.length })
        expect(r.rows.map(comparable)).toEqual(exported.map(comparable))
      }),
    )
  })

  it('into an empty register the file adds every version as it was (dates today or later)', () => {
    fc.assert(
      fc.property(termsSet, (current) => {
        const dated = termsToExport(current, today).filter((t) => t.effectiveFrom >= today)
        fc.pre(dated.length > 0)
        const r = validateTermsRows(readBack(dated), ctxOf([]))
        expect(r.errors).toEqual([])
        expect(r.summary).toEqual({ added: dated.length, updated: 0, unchanged: 0 })
        expect(r.rows.map(comparable)).toEqual(dated.map(comparable))
      }),
    )
  })

  it('one edited version in force becomes one new version from today; the rest stay unchanged', () => {
    fc.assert(
      fc.property(termsSet, fc.nat(), (current, pick) => {
        const exported = termsToExport(current, today)
        const past = exported.filter((t) => t.effectiveFrom < today)
        fc.pre(past.length > 0)
        const target = past[pick % past.length]!
        const edited = exported.map((t) =>
          t === target ? { ...t, months: t.months === 240 ? 239 : t.months + 1 } : t,
        )
        const r = validateTermsRows(readBack(edited), ctxOf(current))
        expect(r.errors).toEqual([])
        expect(r.summary).toEqual({ added: 0, updated: 1, unchanged: exported.length - 1 })
        const row = r.rows[exported.indexOf(target)]!
        expect(row).toMatchObject({ change: 'updated', replaces: null, effectiveFrom: today })
        expect(row.months).toBe(edited[exported.indexOf(target)]!.months)
      }),
    )
  })
})

describe('a terms file with mistakes is refused at the row and column of each', () => {
  const base: WarrantyTerms = {
    id: 't-1',
    version: 1,
    productLineCode: 'H5',
    partCode: null,
    months: 24,
    usageLimit: 100_000,
    usageUnit: 'km',
    startBasis: 'purchase',
    effectiveFrom: '2025-01-01',
    card: { labourRateFen: 12_000, calloutFeeFen: null, partPrices: {}, extras: { 拖车费: 30_000 } },
  }
  const cells = readBack([base])
  const header = cells[0]!
  const col = (name: string) => header.findIndex((h) => h.startsWith(name))
  const withCell = (name: string, value: string) => {
    const row = [...cells[1]!]
    row[col(name)] = value
    return [header, row]
  }
  const cases: [string, string, string, { column: string; field: string }][] = [
    ['单位', '英里', 'an unknown unit', { column: 'E', field: 'usageUnit' }],
    ['起算', '上牌日', 'an unknown start basis', { column: 'F', field: 'startBasis' }],
    ['保修月数', '300', 'too many months', { column: 'C', field: 'months' }],
    ['保修月数', '12.5', 'a fraction of a month', { column: 'C', field: 'months' }],
    ['产品线', 'ZZ', 'an unknown product line', { column: 'A', field: 'productLine' }],
    ['生效日期', '2026-02-30', 'an impossible date', { column: 'G', field: 'effectiveFrom' }],
    ['生效日期', '2026-01-01', 'a new version dated in the past', { column: 'G', field: 'effectiveFrom' }],
    ['保修卡附加项', '拖车费 300', 'an extra without "="', { column: 'K', field: 'extras' }],
    ['保修卡工时单价', '十二元', 'a labour rate that is not money', { column: 'H', field: 'labourRate' }],
  ]
  it.each(cases)('%s = %s (%s)', (name, value, _why, at) => {
    const r = validateTermsRows(withCell(name, value), ctxOf([base]))
    expect(r.rows).toEqual([])
    expect(r.errors).toMatchObject([{ row: 2, ...at }])
  })

  it('refuses a card on a part override, at the card column', () => {
    const r = validateTermsRows(withCell('配件编号', 'P-1'), ctxOf([base]))
    expect(r.errors).toMatchObject([{ row: 2, column: 'H', field: 'labourRate' }])
  })

  it('refuses an override for a part not in the catalogue', () => {
    const override = { ...base, partCode: 'P-1', card: null }
    const row = readBack([override])
    row[1]![col('配件编号')] = 'NOPE'
    const r = validateTermsRows(row, ctxOf([base]))
    expect(r.errors).toMatchObject([{ row: 2, column: 'B', field: 'partCode', zh: '未知的配件「NOPE」' }])
  })

  it('refuses the same scope and date twice, naming the first row', () => {
    const r = validateTermsRows([header, cells[1]!, cells[1]!], ctxOf([base]))
    expect(r.errors).toMatchObject([
      { row: 3, field: 'effectiveFrom', zh: expect.stringContaining('第 2 行') },
    ])
  })

  it('the version in force is the latest date not after the day, then the highest version', () => {
    const later = { ...base, id: 't-2', version: 2, effectiveFrom: '2027-01-01' }
    const sameDay = { ...base, id: 't-3', version: 3 }
    expect(versionsInForce([base, later], today).get('H5|')?.id).toBe('t-1')
    expect(versionsInForce([base, later], '2027-01-01').get('H5|')?.id).toBe('t-2')
    expect(versionsInForce([sameDay, base], today).get('H5|')?.id).toBe('t-3')
  })
})
