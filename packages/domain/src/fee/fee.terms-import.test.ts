import { describe, expect, it } from 'vitest'
import { noRowsError, tooManyRowsError } from '../shared/upload-columns'
import {
  MAX_TERMS_IMPORT_ROWS,
  sameTerms,
  termsToExport,
  validateTermsRows,
  versionsInForce,
} from './fee.terms-import'
import { terms as fixtureTerms } from './fee.test-fixtures'
import { NOTHING_COUNTED, problem, problems } from './fee.upload.test-fixtures'
import type { WarrantyTerms } from './fee.warranty'

const today = '2026-11-24'
const HEADER = [
  '产品线',
  '配件编号',
  '保修月数',
  '里程/时长上限',
  '单位',
  '起算',
  '生效日期',
  '保修卡工时单价',
  '保修卡外出费',
  '保修卡配件价',
  '保修卡附加项',
]
type Cells = {
  productLine: string
  partCode: string
  months: string
  usageLimit: string
  usageUnit: string
  startBasis: string
  effectiveFrom: string
  labourRate: string
  calloutFee: string
  partPrices: string
  extras: string
}
const BLANK: Cells = {
  productLine: 'H5',
  partCode: '',
  months: '24',
  usageLimit: '100000',
  usageUnit: '公里',
  startBasis: '购车日',
  effectiveFrom: '2027-01-01',
  labourRate: '',
  calloutFee: '',
  partPrices: '',
  extras: '',
}
const row = (c: Partial<Cells> = {}) => Object.values({ ...BLANK, ...c })
const file = (...rows: Partial<Cells>[]) => [HEADER, ...rows.map(row)]

const terms = (t: Partial<WarrantyTerms> = {}) =>
  fixtureTerms({ id: 't-1', months: 24, effectiveFrom: '2025-01-01', ...t })
const ctxOf = (current: readonly WarrantyTerms[] = []) => ({
  today,
  productLineCodes: ['H5', 'X7'],
  partCodes: new Set(['P-1', 'P-2']),
  current,
})
/** A row read as a new version: the terms below (no id, no version yet), then what it does. */
const { id: _id, version: _version, ...newTerms } = terms({ effectiveFrom: '2027-01-01' })
const added = (t: Record<string, unknown>) => ({ ...newTerms, change: 'added', replaces: null, ...t })

const COLUMN: Record<keyof Cells, string> = {
  productLine: 'A',
  partCode: 'B',
  months: 'C',
  usageLimit: 'D',
  usageUnit: 'E',
  startBasis: 'F',
  effectiveFrom: 'G',
  labourRate: 'H',
  calloutFee: 'I',
  partPrices: 'J',
  extras: 'K',
}
const MONTHS = '保修月数应为 0 到 240 的整数'
const LIMIT = '里程/时长上限应为正整数，或留空'
const CARD = '保修卡工时单价超出允许范围，或保修卡只能属于产品线条款（配件条款不能有）'
const notMoney = (text: string) => `「${text}」不是以元为单位的金额（如 128.50）`
const notPair = (text: string) => `「${text}」应为「名称=金额」`

describe('each wrong cell of a terms file is named by row, column and what is wrong with it', () => {
  it.each([
    ['productLine', 'H 5', '产品线代码无效'],
    ['partCode', '-P', '配件编号只能含字母、数字和 . _ / -'],
    ['months', '241', MONTHS],
    ['months', '', MONTHS],
    ['months', '+12', MONTHS],
    ['months', '1e2', MONTHS],
    ['months', '十二', MONTHS],
    ['usageLimit', '0', LIMIT],
    ['usageLimit', '100000km', LIMIT],
    ['usageUnit', '英里', '单位应为「公里」或「小时」'],
    ['startBasis', '上牌日', '起算应为「购车日」或「交车日」'],
    ['effectiveFrom', '2027-02-30', '生效日期应为 YYYY-MM-DD 格式的日期'],
    ['labourRate', '0.99', CARD],
    ['calloutFee', '5000.01', '保修卡外出费超出允许范围'],
    ['partPrices', 'P 1=10', '保修卡配件价每行应为「配件编号=金额」'],
    ['extras', `${'拖'.repeat(41)}=10`, '保修卡附加项每行应为「名称=金额」（名称最多 40 字）'],
    ['labourRate', '十二元', notMoney('十二元')],
    ['calloutFee', '1.234', notMoney('1.234')],
    ['extras', '拖车费 300', notPair('拖车费 300')],
    ['partPrices', 'P-1=', notPair('P-1=')],
    ['productLine', 'ZZ', '未知的产品线「ZZ」'],
    ['partCode', 'nope', '未知的配件「NOPE」'],
    ['effectiveFrom', '2026-11-23', '新条款不能从过去或今天已生效的日期开始'],
  ] as const)('%s %j: %s', (field, value, zh) => {
    const r = validateTermsRows(file({ [field]: value }), ctxOf())
    expect(problems(r)).toEqual([problem(2, COLUMN[field], field, zh)])
    expect([r.rows, r.summary]).toEqual([[], NOTHING_COUNTED])
  })

  it('a card on a part override is refused at the first card column', () => {
    const r = validateTermsRows(file({ partCode: 'P-1', calloutFee: '10' }), ctxOf())
    expect(problems(r)).toEqual([problem(2, 'H', 'labourRate', CARD)])
  })

  it('one problem per cell, however many the schema finds in it', () => {
    const r = validateTermsRows(file({ extras: `${'a'.repeat(41)}=1\n${'b'.repeat(41)}=2` }), ctxOf())
    expect(problems(r)).toEqual([
      problem(2, 'K', 'extras', '保修卡附加项每行应为「名称=金额」（名称最多 40 字）'),
    ])
    const money = validateTermsRows(file({ partCode: 'P-1', labourRate: 'x' }), ctxOf())
    expect(problems(money)).toEqual([problem(2, 'H', 'labourRate', '「x」不是以元为单位的金额（如 128.50）')])
  })

  it('every wrong cell of a row, and the same cell wrong on every row', () => {
    const r = validateTermsRows(file({ months: '999', usageLimit: '0' }, { months: '-1' }), ctxOf())
    expect(problems(r)).toEqual([
      problem(2, 'C', 'months', '保修月数应为 0 到 240 的整数'),
      problem(2, 'D', 'usageLimit', '里程/时长上限应为正整数，或留空'),
      problem(3, 'C', 'months', '保修月数应为 0 到 240 的整数'),
    ])
  })

  it('a cell that cannot be read stops the row: its other checks are not run', () => {
    const r = validateTermsRows(file({ productLine: 'ZZ', labourRate: 'x' }), ctxOf())
    expect(problems(r)).toEqual([problem(2, 'H', 'labourRate', '「x」不是以元为单位的金额（如 128.50）')])
  })

  it('names the row before of a scope and date given again', () => {
    const r = validateTermsRows(file({}, {}, { productLine: 'X7' }, {}), ctxOf())
    expect(problems(r)).toEqual([
      problem(3, 'G', 'effectiveFrom', '同一范围、同一生效日期重复（第 2 行已有）'),
      problem(5, 'G', 'effectiveFrom', '同一范围、同一生效日期重复（第 3 行已有）'),
    ])
  })

  it('a problem in a column the file leaves out has no column letter', () => {
    const header = ['产品线', '配件编号', '保修月数', '生效日期', '保修卡外出费']
    const r = validateTermsRows([header, ['H5', 'P-1', '24', '2027-01-01', '10']], ctxOf())
    expect(problems(r)).toEqual([
      problem(
        2,
        '',
        'labourRate',
        '保修卡工时单价超出允许范围，或保修卡只能属于产品线条款（配件条款不能有）',
      ),
    ])
  })
})

describe('a terms file read cell by cell', () => {
  it.each([
    [
      'the Chinese words',
      { usageUnit: '小时', startBasis: '交车日' },
      { usageUnit: 'hours', startBasis: 'delivery' },
    ],
    [
      'the English words in any case',
      { usageUnit: 'HOURS', startBasis: 'Delivery' },
      { usageUnit: 'hours', startBasis: 'delivery' },
    ],
    ['the short h', { usageUnit: 'H' }, { usageUnit: 'hours' }],
    [
      'km in capitals',
      { usageUnit: 'KM', startBasis: 'PURCHASE' },
      { usageUnit: 'km', startBasis: 'purchase' },
    ],
    [
      'empty cells: km from purchase',
      { usageUnit: '', startBasis: '' },
      { usageUnit: 'km', startBasis: 'purchase' },
    ],
    [
      'cells with spaces',
      { months: ' 36 ', usageLimit: ' 2000 ', productLine: ' x7 ' },
      { months: 36, usageLimit: 2000, productLineCode: 'X7' },
    ],
    ['no usage limit', { usageLimit: '' }, { usageLimit: null }],
    ['0 months', { months: '0' }, { months: 0 }],
    ['a part override', { partCode: 'p-1' }, { partCode: 'P-1' }],
    [
      'a card in all four columns',
      {
        labourRate: '120',
        calloutFee: '0',
        partPrices: 'P-1=900.50\nP-2=1,000',
        extras: '拖车费=300\r\n 洗车 = 20.5 ',
      },
      {
        card: {
          labourRateFen: 12_000,
          calloutFeeFen: 0,
          partPrices: { 'P-1': 90_050, 'P-2': 100_000 },
          extras: { 拖车费: 30_000, 洗车: 2050 },
        },
      },
    ],
    [
      'an extra whose name holds "=": the amount follows the last one',
      { extras: 'a=b=5' },
      { card: { labourRateFen: null, calloutFeeFen: null, partPrices: {}, extras: { 'a=b': 500 } } },
    ],
  ])('%s', (_n, cells, parsed) => {
    const r = validateTermsRows(file(cells), ctxOf())
    expect(r).toEqual({ rows: [added(parsed)], errors: [], summary: { added: 1, updated: 0, unchanged: 0 } })
  })

  it('reads only the columns it has, and short rows', () => {
    const r = validateTermsRows(
      [
        ['保修月数', '生效日期', '产品线', '单位'],
        ['36', '2027-01-01', 'H5'],
      ],
      ctxOf(),
    )
    expect(r).toEqual({
      rows: [added({ months: 36, usageLimit: null })],
      errors: [],
      summary: { added: 1, updated: 0, unchanged: 0 },
    })
  })

  it('skips blank rows but keeps the row numbers of the file', () => {
    const r = validateTermsRows([HEADER, row(), ['', '  '], row({ months: 'x' })], ctxOf())
    expect(problems(r)).toEqual([problem(4, 'C', 'months', '保修月数应为 0 到 240 的整数')])
  })

  it('a file without a required column says so and reads no row', () => {
    const r = validateTermsRows([HEADER.filter((h) => h !== '保修月数'), ['ZZ', '', '100000']], ctxOf())
    expect(problems(r)).toEqual([problem(1, '', 'months', '缺少列「保修月数 Months」')])
    expect([r.rows, r.summary]).toEqual([[], NOTHING_COUNTED])
  })

  it.each([
    ['only a header', [HEADER]],
    ['a header and blank rows', [HEADER, ['', ''], []]],
  ])('%s: the file holds no rows', (_n, rows) => {
    const r = validateTermsRows(rows, ctxOf())
    expect(problems(r)).toEqual(problems({ errors: [noRowsError()] }))
    expect(r.rows).toEqual([])
  })

  it('an empty file misses every required column', () => {
    expect(problems(validateTermsRows([], ctxOf()))).toEqual([
      problem(1, '', 'productLine', '缺少列「产品线 Product line」'),
      problem(1, '', 'months', '缺少列「保修月数 Months」'),
      problem(1, '', 'effectiveFrom', '缺少列「生效日期 Effective from」'),
    ])
  })

  it(`at most ${MAX_TERMS_IMPORT_ROWS} rows`, () => {
    expect(MAX_TERMS_IMPORT_ROWS).toBe(5000)
    const blank = Array.from({ length: 4999 }, () => [''])
    expect(validateTermsRows([HEADER, row(), ...blank], ctxOf()).errors).toEqual([])
    const over = validateTermsRows([HEADER, row(), ...blank, row({ productLine: 'X7' })], ctxOf())
    expect(problems(over)).toEqual(problems({ errors: [tooManyRowsError(5000)] }))
    expect([over.rows, over.summary]).toEqual([[], NOTHING_COUNTED])
  })
})

describe('what each row does to the terms on file', () => {
  const inForce = terms({ id: 't-1', version: 1, effectiveFrom: '2025-01-01' })
  const cardT = terms({
    id: 't-c',
    productLineCode: 'X7',
    effectiveFrom: '2025-01-01',
    card: {
      labourRateFen: 12_000,
      calloutFeeFen: 5000,
      partPrices: { 'P-2': 200, 'P-1': 100 },
      extras: { 洗车: 300, 拖车: 400 },
    },
  })
  const cardCells = {
    productLine: 'X7',
    effectiveFrom: '2025-01-01',
    labourRate: '120',
    calloutFee: '50',
    partPrices: 'P-1=1\nP-2=2',
    extras: '拖车=4\n洗车=3',
  }

  it.each([
    ['the same rule', {}, 'unchanged'],
    ['other months', { months: '25' }, 'updated'],
    ['another usage limit', { usageLimit: '90000' }, 'updated'],
    ['no usage limit', { usageLimit: '' }, 'updated'],
    ['another unit', { usageUnit: '小时' }, 'updated'],
    ['another start', { startBasis: '交车日' }, 'updated'],
    ['a card added', { labourRate: '100' }, 'updated'],
  ])('the version in force with %s', (_n, cells, change) => {
    const r = validateTermsRows(file({ effectiveFrom: '2025-01-01', ...cells }), ctxOf([inForce]))
    expect(problems(r)).toEqual([])
    expect(r.rows.map((x) => [x.change, x.effectiveFrom, x.replaces])).toEqual([
      [change, change === 'updated' ? today : '2025-01-01', null],
    ])
    expect(r.summary).toEqual(
      change === 'updated' ? { added: 0, updated: 1, unchanged: 0 } : { added: 0, updated: 0, unchanged: 1 },
    )
  })

  it.each([
    ['the same card, listed in another order', {}, 'unchanged'],
    ['another card labour rate', { labourRate: '121' }, 'updated'],
    ['another card call-out fee', { calloutFee: '51' }, 'updated'],
    ['another card part price', { partPrices: 'P-1=1\nP-2=2.01' }, 'updated'],
    ['one card part price fewer', { partPrices: 'P-1=1' }, 'updated'],
    ['another card extra', { extras: '拖车=4\n洗车=3.5' }, 'updated'],
    ['the card removed', { labourRate: '', calloutFee: '', partPrices: '', extras: '' }, 'updated'],
  ])('the version in force with a card, %s', (_n, cells, change) => {
    const r = validateTermsRows(file({ ...cardCells, ...cells }), ctxOf([cardT]))
    expect(problems(r)).toEqual([])
    expect(r.rows.map((x) => x.change)).toEqual([change])
  })

  it('a scheduled version edited is replaced in place; a new date is added', () => {
    const scheduled = terms({ id: 't-2', version: 2, effectiveFrom: '2027-01-01' })
    const r = validateTermsRows(
      file({ months: '30' }, { effectiveFrom: '2027-06-01' }, { effectiveFrom: today, productLine: 'X7' }),
      ctxOf([inForce, scheduled]),
    )
    expect(r).toEqual({
      rows: [
        added({ months: 30, change: 'updated', replaces: 't-2' }),
        added({ effectiveFrom: '2027-06-01' }),
        added({ effectiveFrom: today, productLineCode: 'X7' }),
      ],
      errors: [],
      summary: { added: 2, updated: 1, unchanged: 0 },
    })
  })

  it('a version that took effect today cannot be changed any more today', () => {
    const fromToday = terms({ id: 't-3', version: 3, effectiveFrom: today })
    const r = validateTermsRows(file({ effectiveFrom: today, months: '30' }), ctxOf([inForce, fromToday]))
    expect(problems(r)).toEqual([problem(2, 'G', 'effectiveFrom', '新条款不能从过去或今天已生效的日期开始')])
    const same = validateTermsRows(file({ effectiveFrom: today }), ctxOf([inForce, fromToday]))
    expect(same.rows.map((x) => x.change)).toEqual(['unchanged'])
  })

  it('a superseded version cannot be edited: only the one in force is', () => {
    const newer = terms({ id: 't-2', version: 2, effectiveFrom: '2026-01-01' })
    const r = validateTermsRows(file({ effectiveFrom: '2025-01-01', months: '30' }), ctxOf([inForce, newer]))
    expect(problems(r)).toEqual([problem(2, 'G', 'effectiveFrom', '新条款不能从过去或今天已生效的日期开始')])
  })

  it('the version in force edited and a new version from today: two versions from today, refused', () => {
    const r = validateTermsRows(
      file({ effectiveFrom: today }, { effectiveFrom: '2025-01-01', months: '30' }),
      ctxOf([inForce]),
    )
    expect(problems(r)).toEqual([problem(3, 'G', 'effectiveFrom', '同一范围今天的新版本重复')])
    const other = validateTermsRows(
      file({ effectiveFrom: '2025-01-01', months: '30' }, { effectiveFrom: today }),
      ctxOf([inForce]),
    )
    expect(problems(other)).toEqual([
      problem(3, 'G', 'effectiveFrom', '同一范围、同一生效日期重复（第 2 行已有）'),
    ])
  })

  it('the same edit for two scopes is two new versions from today', () => {
    const x7 = terms({ id: 't-x', productLineCode: 'X7' })
    const part = terms({ id: 't-p', partCode: 'P-1' })
    const r = validateTermsRows(
      file(
        { effectiveFrom: '2025-01-01', months: '30' },
        { effectiveFrom: '2025-01-01', months: '30', productLine: 'X7' },
        {
          effectiveFrom: '2025-01-01',
          months: '30',
          partCode: 'P-1',
        },
      ),
      ctxOf([inForce, x7, part]),
    )
    expect(problems(r)).toEqual([])
    expect(r.summary).toEqual({ added: 0, updated: 3, unchanged: 0 })
  })

  it('one good row and one bad: nothing is imported and nothing counted', () => {
    const r = validateTermsRows(file({}, { months: 'x' }), ctxOf())
    expect(r.rows).toEqual([])
    expect(r.summary).toEqual(NOTHING_COUNTED)
  })
})

describe('the versions in force and the export', () => {
  const t = (
    id: string,
    productLineCode: string,
    partCode: string | null,
    effectiveFrom: string,
    version: number,
  ) => terms({ id, productLineCode, partCode, effectiveFrom, version })

  it.each([
    ['a later date wins', [t('a', 'H5', null, '2025-01-01', 1), t('b', 'H5', null, '2026-01-01', 2)], 'b'],
    [
      'a later date wins over a higher version',
      [t('a', 'H5', null, '2026-01-01', 1), t('b', 'H5', null, '2025-01-01', 2)],
      'a',
    ],
    [
      'on one date the higher version wins',
      [t('a', 'H5', null, '2025-01-01', 1), t('b', 'H5', null, '2025-01-01', 2)],
      'b',
    ],
    [
      'on one date the higher version wins, listed first',
      [t('b', 'H5', null, '2025-01-01', 2), t('a', 'H5', null, '2025-01-01', 1)],
      'b',
    ],
    [
      'a version dated today is in force',
      [t('a', 'H5', null, '2025-01-01', 1), t('b', 'H5', null, today, 2)],
      'b',
    ],
    [
      'a scheduled version is not',
      [t('a', 'H5', null, '2025-01-01', 1), t('b', 'H5', null, '2026-11-25', 2)],
      'a',
    ],
  ])('%s', (_n, list, id) => {
    expect(versionsInForce(list, today).get('H5|')?.id).toBe(id)
  })

  it('keys each scope by product line and part', () => {
    const m = versionsInForce(
      [
        t('a', 'H5', null, '2025-01-01', 1),
        t('b', 'H5', 'P-1', '2025-01-01', 2),
        t('c', 'X7', null, '2027-01-01', 3),
      ],
      today,
    )
    expect([...m.entries()].map(([k, v]) => [k, v.id])).toEqual([
      ['H5|', 'a'],
      ['H5|P-1', 'b'],
    ])
  })

  it('exports the version in force of each scope, then the scheduled ones, by scope and date', () => {
    const list = [
      t('x7-next', 'X7', null, '2027-01-01', 5),
      t('h5-old', 'H5', null, '2024-01-01', 1),
      t('h5-p1', 'H5', 'P-1', '2025-01-01', 2),
      t('h5-now', 'H5', null, '2025-06-01', 3),
      t('h5-next2', 'H5', null, '2028-01-01', 7),
      t('h5-next', 'H5', null, '2027-01-01', 6),
      t('x7-now', 'X7', null, '2025-01-01', 4),
    ]
    expect(termsToExport(list, today).map((x) => x.id)).toEqual([
      'h5-now',
      'h5-next',
      'h5-next2',
      'h5-p1',
      'x7-now',
      'x7-next',
    ])
  })

  it.each([
    ['the same rule', {}, true],
    ['other months', { months: 25 }, false],
    ['another usage limit', { usageLimit: 1 }, false],
    ['another unit', { usageUnit: 'hours' as const }, false],
    ['another start', { startBasis: 'delivery' as const }, false],
    [
      'an empty card against none',
      { card: { labourRateFen: null, calloutFeeFen: null, partPrices: {}, extras: {} } },
      true,
    ],
    [
      'a card against none',
      { card: { labourRateFen: 100, calloutFeeFen: null, partPrices: {}, extras: {} } },
      false,
    ],
  ])('the same terms? %s → %s', (_n, change, same) => {
    const on = terms()
    expect(sameTerms(on, { ...on, ...change })).toBe(same)
    expect(sameTerms({ ...on, ...change }, on)).toBe(same)
  })
})

describe('the English a user reads for each problem of a terms file', () => {
  const inForce = terms()
  it.each([
    ['a labour rate that is not money', [{ labourRate: '十二元' }], '"十二元" is not an amount in yuan'],
    ['an extra without "="', [{ extras: '拖车费 300' }], '"拖车费 300" is not name=amount'],
    ['an unknown product line', [{ productLine: 'zz' }], 'unknown product line "ZZ"'],
    ['an unknown part', [{ partCode: 'nope' }], 'unknown part "NOPE"'],
    ['the same scope and date twice', [{}, {}], 'the same scope and date twice (also on row 2)'],
    [
      'two new versions of one scope from today',
      [{ effectiveFrom: today }, { effectiveFrom: '2025-01-01', months: '30' }],
      'two new versions of one scope from today',
    ],
    [
      'a new version dated in the past',
      [{ effectiveFrom: '2026-11-23' }],
      'new terms cannot take effect in the past',
    ],
  ])('%s', (_n, rows, message) => {
    expect(validateTermsRows(file(...rows), ctxOf([inForce])).errors.map((e) => e.message)).toEqual([message])
  })
})
