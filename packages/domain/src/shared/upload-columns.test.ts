import { describe, expect, it } from 'vitest'
import {
  columnLetter,
  fileError,
  isBlankRow,
  mapHeader,
  noRowsError,
  tooManyRowsError,
  type UploadColumn,
  uploadErrorText,
} from './upload-columns'

describe('column letters, as a spreadsheet names them', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [51, 'AZ'],
    [52, 'BA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('%i → %s', (i, letter) => {
    expect(columnLetter(i)).toBe(letter)
  })
})

describe('finding columns by their header', () => {
  const cols: UploadColumn<'code' | 'name' | 'cost' | 'note'>[] = [
    { key: 'code', header: '配件编号 Part code', aliases: ['配件编号', 'part code', 'code'] },
    { key: 'name', header: '配件名称 Part name', aliases: ['配件名称', 'part name'] },
    { key: 'cost', header: '成本价 Cost', aliases: ['成本价', 'cost'] },
    { key: 'note', header: '备注 Note', aliases: [], optional: true },
  ]
  it.each([
    [
      'the headers we export',
      ['配件编号 Part code', '配件名称 Part name', '成本价 Cost', '备注 Note'],
      { code: 0, name: 1, cost: 2, note: 3 },
    ],
    ['aliases, any case and order', ['COST', 'Part Name', 'code'], { cost: 0, name: 1, code: 2 }],
    ['a unit in brackets after an alias', ['code', 'part name', '成本价(元)'], { code: 0, name: 1, cost: 2 }],
    [
      'a unit after a space and a full-width bracket',
      ['code', 'part name', 'cost （yuan）'],
      { code: 0, name: 1, cost: 2 },
    ],
    [
      'English after a Chinese alias',
      ['配件编号 Code', '配件名称 Name', '成本价 yuan'],
      { code: 0, name: 1, cost: 2 },
    ],
  ])('%s', (_n, header, at) => {
    expect(mapHeader(header, cols)).toEqual({ at, errors: [] })
  })

  it.each([
    // A bare English alias never swallows a longer header: "code name" is not "code".
    ['a longer English header', ['code name', 'part name', 'cost'], 'code'],
    ['text before the bracket', ['code', 'part name', 'costly (yuan)'], 'cost'],
    ['a Chinese alias with text glued on', ['配件编号X', 'part name', 'cost'], 'code'],
  ])('does not take %s for the column', (_n, header, missing) => {
    const { errors } = mapHeader(header, cols)
    expect(errors.map((e) => e.field)).toEqual([missing])
  })

  it('a missing required column is an error on row 1, in both languages', () => {
    expect(mapHeader(['code', 'cost'], cols).errors).toEqual([
      {
        row: 1,
        column: '',
        field: 'name',
        zh: '缺少列「配件名称 Part name」',
        message: 'missing column "配件名称 Part name"',
      },
    ])
  })
})

describe('a problem as a sentence', () => {
  const cell = { row: 3, column: 'E', field: 'cost', zh: '不是金额', message: 'not an amount' }
  it.each([
    [cell, 'zh', '第 3 行 E 列: 不是金额'],
    [cell, 'en', 'row 3, column E: not an amount'],
    [{ ...cell, column: '' }, 'zh', '第 3 行: 不是金额'],
    [{ ...cell, column: '' }, 'en', 'row 3: not an amount'],
  ] as const)('%j in %s', (e, lang, text) => {
    expect(uploadErrorText(e, lang)).toBe(text)
  })

  it('whole-file problems sit on row 1 without a column, in both languages', () => {
    expect(fileError('坏', 'bad')).toEqual({ row: 1, column: '', field: null, zh: '坏', message: 'bad' })
    const none = noRowsError()
    expect(none).toMatchObject({ row: 1, column: '', field: null })
    expect(none.zh).toMatch(/\p{Script=Han}/u)
    expect(none.message).toMatch(/^[a-z][a-z ]+$/)
    expect(tooManyRowsError(5000)).toEqual(expect.objectContaining({ row: 1, column: '', field: null }))
    expect(tooManyRowsError(5000).zh).toMatch(/\p{Script=Han}.*5000|5000.*\p{Script=Han}/u)
    expect(tooManyRowsError(5000).message).toMatch(/5000/)
  })
})

describe('blank rows', () => {
  it.each([
    [[], true],
    [['', '  ', '\t'], true],
    [['', 'x'], false],
    [[' 0 '], false],
  ])('%j → %s', (cells, blank) => {
    expect(isBlankRow(cells)).toBe(blank)
  })
})
