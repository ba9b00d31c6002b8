import { describe, expect, it } from 'vitest'
import { CATALOGUE_COLUMNS, validateCatalogueRows } from './fee.import'

const HEADER = CATALOGUE_COLUMNS.map((c) => c.header)
const ctx = { productLineCodes: ['H5', 'X7', 'T3'], today: '2026-11-24' }
const good = ['HL-001', '前大灯总成', 'Headlamp assembly', 'X7', '600.00', '980', '是', '']

describe('catalogue import', () => {
  it('reads good rows: yuan to fen, yes/no in Chinese or English, today by default', () => {
    const { rows, errors } = validateCatalogueRows(
      [HEADER, good, ['bm-001', '鼓风机', '', 'h5', '700.5', '1,080.00', 'N', '2026-12-01']],
      ctx,
    )
    expect(errors).toEqual([])
    expect(rows).toEqual([
      {
        code: 'HL-001',
        nameZh: '前大灯总成',
        nameEn: 'Headlamp assembly',
        productLineCode: 'X7',
        costFen: 60_000,
        listFen: 98_000,
        returnRequired: true,
        effectiveFrom: '2026-11-24',
        change: 'added',
        writePrice: true,
      },
      {
        code: 'bm-001',
        nameZh: '鼓风机',
        nameEn: '鼓风机',
        productLineCode: 'H5',
        costFen: 70_050,
        listFen: 108_000,
        returnRequired: false,
        effectiveFrom: '2026-12-01',
        change: 'added',
        writePrice: true,
      },
    ])
  })

  it('finds columns by header in any order, Chinese or English', () => {
    const { rows } = validateCatalogueRows(
      [
        ['Product line', 'Code', 'List price', 'Cost', '中文名称'],
        ['T3', 'CV-01', '500', '300', '等速万向节'],
      ],
      ctx,
    )
    expect(rows[0]).toMatchObject({
      code: 'CV-01',
      productLineCode: 'T3',
      listFen: 50_000,
      costFen: 30_000,
      returnRequired: false,
    })
  })

  it.each([
    ['a wrong type', { 4: 'abc' }, 'E', 'cost', 'not an amount'],
    ['a negative price', { 5: '-1' }, 'F', 'list', 'cannot be negative'],
    ['an absurd price', { 5: '2000000' }, 'F', 'list', 'not plausible'],
    ['an unknown product line', { 3: 'Z9' }, 'D', 'productLine', 'unknown product line'],
    ['a missing name', { 1: '' }, 'B', 'nameZh', 'required'],
    ['a formula as code', { 0: '=HYPERLINK("x")' }, 'A', 'code', 'letters, digits'],
    ['not yes/no', { 6: 'maybe' }, 'G', 'returnRequired', 'yes/no'],
    ['a retroactive date', { 7: '2026-01-01' }, 'H', 'effectiveFrom', 'in the past'],
    ['not a date', { 7: '2026-13-01' }, 'H', 'effectiveFrom', 'YYYY-MM-DD'],
  ])('reports %s with its row and column, and imports nothing', (_, change, column, field, text) => {
    const bad = good.map((c, i) => (change as Record<number, string>)[i] ?? c)
    const { rows, errors } = validateCatalogueRows(
      [HEADER, ['BM-001', '鼓风机', 'Blower', 'H5', '1', '2', 'n', ''], bad],
      ctx,
    )
    expect(rows).toEqual([])
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({ row: 3, column, field })
    expect(errors[0]!.message).toContain(text)
  })

  it('reports duplicate codes (case-insensitive) against the first row holding them', () => {
    const { errors } = validateCatalogueRows(
      [HEADER, good, good.map((c, i) => (i === 0 ? 'hl-001' : c))],
      ctx,
    )
    expect(errors).toEqual([
      {
        row: 3,
        column: 'A',
        field: 'code',
        zh: '配件编号 hl-001 重复（第 2 行已有）',
        message: 'duplicate code hl-001 (also on row 2)',
      },
    ])
  })

  it('reports missing columns and empty files', () => {
    expect(validateCatalogueRows([['Code', 'Name']], ctx).errors.map((e) => e.field)).toEqual([
      'nameZh',
      'productLine',
      'cost',
      'list',
    ])
    expect(validateCatalogueRows([HEADER], ctx).errors[0]!.message).toContain('no rows')
  })
})
