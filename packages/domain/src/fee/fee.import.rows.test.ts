import { describe, expect, it } from 'vitest'
import { noRowsError, tooManyRowsError } from '../shared/upload-columns'
import { CATALOGUE_COLUMNS, compareWithCatalogue, MAX_IMPORT_ROWS, validateCatalogueRows } from './fee.import'
import type { CatalogueItem } from './fee.ports'
import { PARTS } from './fee.test-fixtures'
import { NOTHING_COUNTED as NONE, problem, problems } from './fee.upload.test-fixtures'

const today = '2026-11-24'
const HEADER = CATALOGUE_COLUMNS.map((c) => c.header)
type Cells = {
  code: string
  nameZh: string
  nameEn: string
  productLine: string
  cost: string
  list: string
  returnRequired: string
  effectiveFrom: string
}
const GOOD: Cells = {
  code: 'HL-001',
  nameZh: '前大灯总成',
  nameEn: 'Headlamp assembly',
  productLine: 'H5',
  cost: '600',
  list: '980',
  returnRequired: '是',
  effectiveFrom: '',
}
const row = (c: Partial<Cells> = {}) => Object.values({ ...GOOD, ...c })
const file = (...rows: Partial<Cells>[]) => [HEADER, ...rows.map(row)]
const item = (p: Partial<CatalogueItem> = {}): CatalogueItem => ({
  ...PARTS[0]!,
  costFen: 60_000,
  listFen: 98_000,
  priceEffectiveFrom: '2025-01-01',
  ...p,
})
const ctxOf = (current: CatalogueItem[] = []) => ({ productLineCodes: ['H5', 'X7'], today, current })

describe('each wrong cell of a catalogue file, by row, column and what is wrong', () => {
  it.each([
    ['no part code', { code: '' }, 'A', 'code', '配件编号必填'],
    [
      'a part code that is no code',
      { code: '-X' },
      'A',
      'code',
      '配件编号只能含字母、数字和 . _ / -（最多 40 个）',
    ],
    ['no name', { nameZh: ' ' }, 'B', 'nameZh', '名称必填'],
    ['a name of 81', { nameZh: '灯'.repeat(81), nameEn: 'Lamp' }, 'B', 'nameZh', '名称最多 80 个字'],
    ['an English name of 81', { nameEn: 'L'.repeat(81) }, 'C', 'nameEn', '名称最多 80 个字'],
    ['an unknown product line', { productLine: 'zz' }, 'D', 'productLine', '未知的产品线「zz」'],
    ['no cost', { cost: '' }, 'E', 'cost', '「」不是以元为单位的金额（如 128.50）'],
    ['a cost in words', { cost: '六百' }, 'E', 'cost', '「六百」不是以元为单位的金额（如 128.50）'],
    ['a negative cost', { cost: '-0.01' }, 'E', 'cost', '价格不能为负'],
    ['a list price above 1 000 000 yuan', { list: '1000000.01' }, 'F', 'list', '价格超过 100 万元，不合理'],
    ['a return that is not yes/no', { returnRequired: '也许' }, 'G', 'returnRequired', '「也许」不是 是/否'],
    [
      'an impossible date',
      { effectiveFrom: '2026-13-01' },
      'H',
      'effectiveFrom',
      '「2026-13-01」不是 YYYY-MM-DD 格式的日期',
    ],
    [
      'a new price dated in the past',
      { effectiveFrom: '2026-11-23' },
      'H',
      'effectiveFrom',
      '新价格不能从过去的日期生效',
    ],
  ])('%s', (_n, cells, column, field, zh) => {
    const r = validateCatalogueRows(file(cells), ctxOf())
    expect(problems(r)).toEqual([problem(2, column, field, zh)])
    expect([r.rows, r.summary]).toEqual([[], NONE])
  })

  it('a code given twice, in any case, names the row before', () => {
    const r = validateCatalogueRows(file({}, { code: 'bm-1' }, { code: 'hl-001' }), ctxOf())
    expect(problems(r)).toEqual([problem(4, 'A', 'code', '配件编号 hl-001 重复（第 2 行已有）')])
  })

  it('a row with a wrong cell is not checked for its date any further', () => {
    const r = validateCatalogueRows(file({ returnRequired: '?', effectiveFrom: '2020-01-01' }), ctxOf())
    expect(problems(r)).toEqual([problem(2, 'G', 'returnRequired', '「?」不是 是/否')])
  })

  it('every wrong cell of a row is reported', () => {
    const r = validateCatalogueRows(file({ code: '', nameZh: '', cost: 'x', list: '-1' }), ctxOf())
    expect(problems(r)).toEqual([
      problem(2, 'A', 'code', '配件编号必填'),
      problem(2, 'B', 'nameZh', '名称必填'),
      problem(2, 'E', 'cost', '「x」不是以元为单位的金额（如 128.50）'),
      problem(2, 'F', 'list', '价格不能为负'),
    ])
  })

  it('without an English name column the Chinese name stands in, and its problem has no column', () => {
    const r = validateCatalogueRows(
      [HEADER.filter((_h, i) => i !== 2), ['HL-001', '灯'.repeat(81), 'H5', '600', '980']],
      ctxOf(),
    )
    expect(problems(r)).toEqual([
      problem(2, 'B', 'nameZh', '名称最多 80 个字'),
      problem(2, '', 'nameEn', '名称最多 80 个字'),
    ])
  })

  it('a file without a required column says so and reads no row', () => {
    const r = validateCatalogueRows(
      [HEADER.filter((_h, i) => i !== 4), ['HL-001', '前大灯总成', '', 'H5', '980', '是', '']],
      ctxOf(),
    )
    expect(problems(r)).toEqual([problem(1, '', 'cost', '缺少列「成本价(元) Cost (yuan)」')])
    expect([r.rows, r.summary]).toEqual([[], NONE])
  })

  it.each([
    ['only a header', [HEADER]],
    ['blank rows', [HEADER, ['', ' '], []]],
  ])('%s: the file holds no rows', (_n, rows) => {
    expect(problems(validateCatalogueRows(rows, ctxOf()))).toEqual(problems({ errors: [noRowsError()] }))
  })

  it(`at most ${MAX_IMPORT_ROWS} rows`, () => {
    expect(MAX_IMPORT_ROWS).toBe(20_000)
    const blank = Array.from({ length: 19_999 }, () => [''])
    expect(validateCatalogueRows([HEADER, row(), ...blank], ctxOf()).errors).toEqual([])
    const over = validateCatalogueRows([HEADER, row(), ...blank, row({ code: 'X-2' })], ctxOf())
    expect(problems(over)).toEqual(problems({ errors: [tooManyRowsError(20_000)] }))
    expect([over.rows, over.summary]).toEqual([[], NONE])
  })

  it('one bad row: nothing imported, nothing counted', () => {
    expect(validateCatalogueRows(file({}, { code: '' }), ctxOf())).toMatchObject({ rows: [], summary: NONE })
  })
})

describe('catalogue cells read', () => {
  it.each([
    ...['y', 'yes', 'true', '1', '是', '需', '需要', 'YES', 'Y'].map((w) => [w, true] as const),
    ...['n', 'no', 'false', '0', '否', '不', '不需要', '', 'NO'].map((w) => [w, false] as const),
  ])('return old part %j → %s', (word, returnRequired) => {
    const r = validateCatalogueRows(file({ returnRequired: word }), ctxOf())
    expect(problems(r)).toEqual([])
    expect(r.rows[0]!.returnRequired).toBe(returnRequired)
  })

  it('trims cells, reads 80-character names, prices up to 1 000 000 yuan, and short rows', () => {
    const r = validateCatalogueRows(
      [
        HEADER,
        [' HL-001 ', ` ${'灯'.repeat(80)} `, 'L'.repeat(80), ' h5 ', ' 0 ', '1,000,000.00'],
        ['', '', '', '', ''],
        ['BM-1', '鼓风机', '', 'X7', '1', '2', ' 否 ', ' 2026-12-01 '],
      ],
      ctxOf(),
    )
    expect(r).toEqual({
      rows: [
        {
          code: 'HL-001',
          nameZh: '灯'.repeat(80),
          nameEn: 'L'.repeat(80),
          productLineCode: 'H5',
          costFen: 0,
          listFen: 100_000_000,
          returnRequired: false,
          effectiveFrom: today,
          change: 'added',
          writePrice: true,
        },
        {
          code: 'BM-1',
          nameZh: '鼓风机',
          nameEn: '鼓风机',
          productLineCode: 'X7',
          costFen: 100,
          listFen: 200,
          returnRequired: false,
          effectiveFrom: '2026-12-01',
          change: 'added',
          writePrice: true,
        },
      ],
      errors: [],
      summary: { added: 2, updated: 0, unchanged: 0 },
    })
  })
})

describe('a row against the part on file', () => {
  it.each([
    ['no part on file', undefined, {}, false, 'added', true],
    ['the same, no date', item(), {}, false, 'unchanged', false],
    ['the same, with its price date', item(), {}, true, 'unchanged', false],
    ['the same, another date given', item(), { effectiveFrom: '2027-01-01' }, true, 'updated', true],
    ['the same, another date not given', item(), { effectiveFrom: '2027-01-01' }, false, 'unchanged', false],
    ['another cost', item(), { costFen: 60_001 }, false, 'updated', true],
    ['another list price', item(), { listFen: 1 }, false, 'updated', true],
    ['an inactive part', item({ active: false }), {}, false, 'updated', false],
    ['another name', item(), { nameZh: '大灯' }, false, 'updated', false],
    ['another English name', item(), { nameEn: 'Lamp' }, false, 'updated', false],
    ['another product line', item(), { productLineCode: 'X7' }, false, 'updated', false],
    ['another return rule', item(), { returnRequired: false }, false, 'updated', false],
  ])('%s', (_n, current, change, dateGiven, expected, writePrice) => {
    const r = {
      code: 'HL-001',
      nameZh: '前大灯总成',
      nameEn: 'Headlamp assembly',
      productLineCode: 'H5',
      costFen: 60_000,
      listFen: 98_000,
      returnRequired: true,
      effectiveFrom: '2025-01-01',
      ...change,
    }
    expect(compareWithCatalogue(r, current, dateGiven)).toEqual({ change: expected, writePrice })
  })

  it.each([
    ['an export read back', { effectiveFrom: '2025-01-01' }, 'unchanged', false, '2025-01-01', []],
    ['an export read back without the date column filled', {}, 'unchanged', false, today, []],
    [
      'a new price typed over an exported row: from today',
      { effectiveFrom: '2025-01-01', list: '990' },
      'updated',
      true,
      today,
      [],
    ],
    [
      'a new cost typed over an exported row: from today',
      { effectiveFrom: '2025-01-01', cost: '610' },
      'updated',
      true,
      today,
      [],
    ],
    ['a new price without a date: from today', { list: '990' }, 'updated', true, today, []],
    [
      'a new price over a scheduled one keeps its date',
      { effectiveFrom: '2027-01-01', list: '990' },
      'updated',
      true,
      '2027-01-01',
      [],
      '2027-01-01',
    ],
    [
      'a new price from a past date it did not show',
      { effectiveFrom: '2025-06-01', list: '990' },
      null,
      null,
      null,
      [problem(2, 'H', 'effectiveFrom', '新价格不能从过去的日期生效')],
    ],
    [
      'a renamed part keeps its price date',
      { effectiveFrom: '2025-01-01', nameZh: '大灯' },
      'updated',
      false,
      '2025-01-01',
      [],
    ],
    [
      'the same price from a later date: a new version',
      { effectiveFrom: '2027-01-01' },
      'updated',
      true,
      '2027-01-01',
      [],
    ],
    [
      'a new price from a later date',
      { effectiveFrom: '2027-01-01', list: '990' },
      'updated',
      true,
      '2027-01-01',
      [],
    ],
    [
      'the same price from another past date',
      { effectiveFrom: '2025-06-01' },
      null,
      null,
      null,
      [problem(2, 'H', 'effectiveFrom', '新价格不能从过去的日期生效')],
    ],
  ])('%s', (_n, cells, change, writePrice, effectiveFrom, errors, priceEffectiveFrom = '2025-01-01') => {
    const r = validateCatalogueRows(file(cells), ctxOf([item({ priceEffectiveFrom })]))
    expect(problems(r)).toEqual(errors)
    expect(r.rows.map((x) => [x.change, x.writePrice, x.effectiveFrom])).toEqual(
      change ? [[change, writePrice, effectiveFrom]] : [],
    )
    if (change) expect(r.summary).toEqual({ ...NONE, [change]: 1 })
  })

  it('a part on file is found whatever the case of its code', () => {
    const r = validateCatalogueRows(file({ code: 'hl-001', effectiveFrom: '2025-01-01' }), ctxOf([item()]))
    expect(r.rows.map((x) => x.change)).toEqual(['unchanged'])
  })
})
