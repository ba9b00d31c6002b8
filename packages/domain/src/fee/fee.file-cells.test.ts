import { describe, expect, it } from 'vitest'
import { CATALOGUE_COLUMNS, catalogueCsvCells, catalogueFileRows } from './fee.catalogue-file'
import type { CatalogueItem } from './fee.ports'
import {
  isEmptyCard,
  parsePairs,
  START_BASIS_WORDS,
  TERMS_COLUMNS,
  termsCsvCells,
  termsFileRows,
  USAGE_UNIT_WORDS,
} from './fee.terms-file'
import { PARTS, terms } from './fee.test-fixtures'
import type { WarrantyTerms } from './fee.warranty'

const part = (p: Partial<CatalogueItem> = {}): CatalogueItem => ({
  ...PARTS[0]!,
  costFen: 60_050,
  listFen: 98_000,
  priceEffectiveFrom: '2025-01-01',
  ...p,
})

describe('the catalogue file, cell by cell', () => {
  it('writes yuan, 是/否 and the price date; a part without a price has empty price cells', () => {
    const rows = catalogueFileRows([
      part(),
      part({ code: 'BM-001', returnRequired: false, costFen: null, listFen: null, priceEffectiveFrom: null }),
    ])
    const written = {
      code: 'HL-001',
      nameZh: '前大灯总成',
      nameEn: 'Headlamp assembly',
      productLine: 'H5',
      cost: 600.5,
      list: 980,
      returnRequired: '是',
      effectiveFrom: '2025-01-01',
    }
    expect(rows).toEqual([
      written,
      { ...written, code: 'BM-001', cost: null, list: null, returnRequired: '否', effectiveFrom: null },
    ])
    expect(catalogueCsvCells(rows)).toEqual([
      CATALOGUE_COLUMNS.map((c) => c.header),
      ['HL-001', '前大灯总成', 'Headlamp assembly', 'H5', '600.50', '980.00', '是', '2025-01-01'],
      ['BM-001', '前大灯总成', 'Headlamp assembly', 'H5', '', '', '否', ''],
    ])
  })
  it('a free part costs 0.00, not nothing', () => {
    expect(catalogueCsvCells(catalogueFileRows([part({ costFen: 0, listFen: 0 })]))[1]!.slice(4, 6)).toEqual([
      '0.00',
      '0.00',
    ])
  })
})

const t = (x: Partial<WarrantyTerms> = {}): WarrantyTerms => terms({ effectiveFrom: '2025-01-01', ...x })
const NO_CARD = { labourRate: null, calloutFee: null, partPrices: '', extras: '' }

describe('the warranty-terms file, cell by cell', () => {
  it('the headers and words, exactly', () => {
    expect(TERMS_COLUMNS.map((c) => [c.key, c.header, 'optional' in c])).toEqual([
      ['productLine', '产品线 Product line', false],
      ['partCode', '配件编号 Part code', true],
      ['months', '保修月数 Months', false],
      ['usageLimit', '里程/时长上限 Usage limit', true],
      ['usageUnit', '单位 Unit', true],
      ['startBasis', '起算 Start basis', true],
      ['effectiveFrom', '生效日期 Effective from', false],
      ['labourRate', '保修卡工时单价(元) Card labour rate (yuan)', true],
      ['calloutFee', '保修卡外出费(元) Card call-out fee (yuan)', true],
      ['partPrices', '保修卡配件价 Card part prices', true],
      ['extras', '保修卡附加项 Card extras', true],
    ])
    expect(USAGE_UNIT_WORDS).toEqual({ km: ['公里', 'km'], hours: ['小时', 'hours', 'h'] })
    expect(START_BASIS_WORDS).toEqual({ purchase: ['购车日', 'purchase'], delivery: ['交车日', 'delivery'] })
  })

  it('writes each version in Chinese words and yuan, the card pairs sorted by name', () => {
    const rows = termsFileRows([
      t(),
      t({
        partCode: 'P-1',
        usageLimit: null,
        usageUnit: 'hours',
        startBasis: 'delivery',
        effectiveFrom: '2027-01-01',
      }),
      t({
        productLineCode: 'X7',
        card: {
          labourRateFen: 12_050,
          calloutFeeFen: 0,
          partPrices: { 'P-2': 100, 'P-1': 99_999, 'P-10': 5 },
          extras: { 拖车: 30_000, 洗车: 2_050, A: 1 },
        },
      }),
      t({ card: { labourRateFen: null, calloutFeeFen: 5000, partPrices: {}, extras: {} } }),
      t({ card: { labourRateFen: null, calloutFeeFen: null, partPrices: {}, extras: {} } }),
    ])
    const line = {
      productLine: 'H5',
      partCode: '',
      months: 36,
      usageLimit: 100_000,
      usageUnit: '公里',
      startBasis: '购车日',
      effectiveFrom: '2025-01-01',
      ...NO_CARD,
    }
    expect(rows).toEqual([
      line,
      {
        ...line,
        partCode: 'P-1',
        usageLimit: null,
        usageUnit: '小时',
        startBasis: '交车日',
        effectiveFrom: '2027-01-01',
      },
      {
        ...line,
        productLine: 'X7',
        labourRate: 120.5,
        calloutFee: 0,
        partPrices: 'P-1=999.99\nP-10=0.05\nP-2=1.00',
        extras: 'A=0.01\n拖车=300.00\n洗车=20.50',
      },
      { ...line, calloutFee: 50 },
      line,
    ])
    expect(termsCsvCells(rows.slice(1, 3))).toEqual([
      TERMS_COLUMNS.map((c) => c.header),
      ['H5', 'P-1', '36', '', '小时', '交车日', '2027-01-01', '', '', '', ''],
      [
        'X7',
        '',
        '36',
        '100000',
        '公里',
        '购车日',
        '2025-01-01',
        '120.50',
        '0.00',
        'P-1=999.99\nP-10=0.05\nP-2=1.00',
        'A=0.01\n拖车=300.00\n洗车=20.50',
      ],
    ])
  })

  it('the pairs are sorted by name, whatever order the card holds them in', () => {
    const card = (extras: Record<string, number>) =>
      termsFileRows([t({ card: { labourRateFen: null, calloutFeeFen: null, partPrices: {}, extras } })])[0]!
        .extras
    expect(card({ c: 3, a: 1, b: 2 })).toBe('a=0.01\nb=0.02\nc=0.03')
    expect(card({ b: 2, c: 3, a: 1 })).toBe('a=0.01\nb=0.02\nc=0.03')
    expect(card({ a: 1, c: 3, b: 2 })).toBe('a=0.01\nb=0.02\nc=0.03')
  })

  it.each([
    ['no card', null, true],
    ['an empty card', { labourRateFen: null, calloutFeeFen: null, partPrices: {}, extras: {} }, true],
    ['a labour rate', { labourRateFen: 1, calloutFeeFen: null, partPrices: {}, extras: {} }, false],
    ['a call-out fee of 0', { labourRateFen: null, calloutFeeFen: 0, partPrices: {}, extras: {} }, false],
    ['a part price', { labourRateFen: null, calloutFeeFen: null, partPrices: { P: 0 }, extras: {} }, false],
    ['an extra', { labourRateFen: null, calloutFeeFen: null, partPrices: {}, extras: { x: 0 } }, false],
  ])('is it an empty card? %s', (_n, card, empty) => {
    expect(isEmptyCard(card)).toBe(empty)
  })
})

describe('a name=amount cell read back', () => {
  it.each([
    ['', { value: {} }],
    ['a=1', { value: { a: 100 } }],
    ['  a = 1.5  ', { value: { a: 150 } }],
    ['a=1\r\nb=2\n\n c=3 ', { value: { a: 100, b: 200, c: 300 } }],
    ['a=b=2', { value: { 'a=b': 200 } }],
    ['名称;x=1,000', { value: { '名称;x': 100_000 } }],
    ['a=1\na=2', { value: { a: 200 } }],
    ['a 1', { badLine: 'a 1' }],
    ['=1', { badLine: '=1' }],
    [' =1', { badLine: '=1' }],
    ['a=', { badLine: 'a=' }],
    ['a=x', { badLine: 'a=x' }],
    [' b =1', { value: { b: 100 } }],
    ['ok=1\n bad \nz=2', { badLine: 'bad' }],
    ['x =1', { value: { x: 100 } }],
  ])('%j → %j', (cell, parsed) => {
    expect(parsePairs(cell)).toEqual(parsed)
  })
})
