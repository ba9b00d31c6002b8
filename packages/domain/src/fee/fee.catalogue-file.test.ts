import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { toCsv } from '../shared/csv'
import { csvUploadRows } from '../shared/upload'
import { catalogueCsvCells, catalogueFileRows } from './fee.catalogue-file'
import { validateCatalogueRows } from './fee.import'
import type { CatalogueItem } from './fee.ports'

const today = '2026-11-24'
const productLineCodes = ['H5', 'X7', 'T3']
const bytes = (text: string) => new TextEncoder().encode(text)
/** What an import reads from an exported CSV file. */
const readBack = (items: CatalogueItem[]) =>
  csvUploadRows(bytes(toCsv(catalogueCsvCells(catalogueFileRows(items))))).rows

// Names as people type them: any text (formula signs, quotes, commas, CJK), trimmed, 1–80 characters.
const name = fc
  .string({
    unit: fc.constantFrom(...'=+-@\'",; 前大灯总成鼓风机Ab1'.split('')),
    minLength: 1,
    maxLength: 20,
  })
  .map((s) => s.trim())
  .filter((s) => s !== '')
const item: fc.Arbitrary<CatalogueItem> = fc.record({
  code: fc.stringMatching(/^[A-Z0-9][A-Z0-9._/-]{0,11}$/),
  nameZh: name,
  nameEn: name,
  productLineCode: fc.constantFrom(...productLineCodes),
  returnRequired: fc.boolean(),
  active: fc.constant(true),
  costFen: fc.integer({ min: 0, max: 100_000_000 }),
  listFen: fc.integer({ min: 0, max: 100_000_000 }),
  priceEffectiveFrom: fc.constantFrom('2020-02-29', '2026-01-01', today),
})
const catalogue = fc.uniqueArray(item, { selector: (p) => p.code, minLength: 1, maxLength: 20 })

describe('the catalogue file round-trips', () => {
  it('export → import of any catalogue gives back the same parts, every row unchanged', () => {
    fc.assert(
      fc.property(catalogue, (items) => {
        const r = validateCatalogueRows(readBack(items), { productLineCodes, today, current: items })
        expect(r.errors).toEqual([])
        expect(r.summary).toEqual({ added: 0, updated: 0, unchanged: items.length })
        expect(
          r.rows.map((p) => [p.code, p.nameZh, p.nameEn, p.costFen, p.listFen, p.returnRequired]),
        ).toEqual(items.map((p) => [p.code, p.nameZh, p.nameEn, p.costFen, p.listFen, p.returnRequired]))
      }),
    )
  })

  it('into an empty catalogue the same file adds every part as it was (dates today or later)', () => {
    fc.assert(
      fc.property(catalogue, (items) => {
        const dated = items.map((p) => ({ ...p, priceEffectiveFrom: today }))
        const r = validateCatalogueRows(readBack(dated), { productLineCodes, today, current: [] })
        expect(r.summary).toEqual({ added: items.length, updated: 0, unchanged: 0 })
        expect(r.rows.map(({ change: _, writePrice: __, ...p }) => p)).toEqual(
          dated.map(({ active: _, priceEffectiveFrom, ...p }) => ({
            ...p,
            effectiveFrom: priceEffectiveFrom,
          })),
        )
      }),
    )
  })

  it('one edited price is one update from today; the rest stay unchanged despite their past dates', () => {
    fc.assert(
      fc.property(catalogue, fc.nat(), (items, pick) => {
        const k = pick % items.length
        // Step down from the ceiling, up from anywhere else: the edit stays a plausible price.
        const step = (fen: number) => (fen >= 100_000_000 ? fen - 1 : fen + 1)
        const edited = items.map((p, i) => (i === k ? { ...p, listFen: step(p.listFen!) } : p))
        const r = validateCatalogueRows(readBack(edited), { productLineCodes, today, current: items })
        expect(r.errors).toEqual([])
        expect(r.summary).toEqual({ added: 0, updated: 1, unchanged: items.length - 1 })
        expect(r.rows[k]).toMatchObject({ change: 'updated', writePrice: true, effectiveFrom: today })
      }),
    )
  })

  it('a past date typed for a new price is still refused, at its row and column', () => {
    // A cost well inside its bounds, so the only fault in the file is the date (a sampled cost at the
    // upper bound plus one would also be refused, in column E).
    const items = [
      { ...fc.sample(item, 1)[0]!, code: 'P-1', costFen: 12_000, priceEffectiveFrom: '2026-01-01' },
    ]
    const cells = readBack([{ ...items[0]!, costFen: 12_001, priceEffectiveFrom: '2026-02-01' }])
    const r = validateCatalogueRows(cells, { productLineCodes, today, current: items })
    expect(r.errors).toMatchObject([
      { row: 2, column: 'H', field: 'effectiveFrom', zh: '新价格不能从过去的日期生效' },
    ])
  })
})
