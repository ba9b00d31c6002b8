import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseClaimRows } from './reimbursement.import'

const HEADER = ['维修单号', '维修日期', '车架号', '配件编号', '数量', '工时', '旧件登记号']
const FIELDS = [
  'repairOrderNo',
  'repairDate',
  'serial',
  'partCode',
  'quantity',
  'labourHours',
  'oldPartRegistrationNo',
  'usageReading',
]
const ok = ['RO-1', '2026-11-05', 'lhx7b2345n0000002', 'x7-hl-001', '1', '1.5', 'JJ20261105-ABC']

describe('reading a repair-order file', () => {
  it('reads Chinese or English headers in any order, upper-cases codes, defaults labour to 0', () => {
    const r = parseClaimRows([
      ['Part code', 'Repair order', 'Repair date', 'VIN', 'Qty'],
      ['hl-1', 'RO-9', '2026-11-02', 'vin1', '2'],
    ])
    expect(r.errors).toEqual([])
    expect(r.lines).toEqual([
      {
        row: 2,
        line: {
          repairOrderNo: 'RO-9',
          repairDate: '2026-11-02',
          serial: 'VIN1',
          partCode: 'HL-1',
          quantity: 2,
          labourHours: 0,
          oldPartRegistrationNo: null,
          usageReading: null,
        },
      },
    ])
  })

  it.each<[string, string[], { row: number; column: string }[]]>([
    ['a clean row', ok, []],
    ['a negative quantity', ok.with(4, '-2'), [{ row: 2, column: 'E' }]],
    ['a quantity that is not a number', ok.with(4, 'two'), [{ row: 2, column: 'E' }]],
    ['a fractional quantity', ok.with(4, '1.5'), [{ row: 2, column: 'E' }]],
    ['negative labour', ok.with(5, '-1'), [{ row: 2, column: 'F' }]],
    ['labour finer than 0.01 h', ok.with(5, '0.125'), [{ row: 2, column: 'F' }]],
    ['a date that does not exist', ok.with(1, '2026-02-30'), [{ row: 2, column: 'B' }]],
    ['a date in another format', ok.with(1, '2026/11/05'), [{ row: 2, column: 'B' }]],
    ['a formula for a part code', ok.with(3, '=HYPERLINK("x")'), [{ row: 2, column: 'D' }]],
    ['an empty repair order', ok.with(0, ''), [{ row: 2, column: 'A' }]],
  ])('%s', (_n, row, errors) => {
    const r = parseClaimRows([HEADER, row])
    expect(r.errors.map((e) => ({ row: e.row, column: e.column }))).toEqual(errors)
    expect(r.lines.length).toBe(errors.length ? 0 : 1)
  })

  it('names a missing column and reads nothing', () => {
    const r = parseClaimRows([HEADER.filter((h) => h !== '配件编号'), ok.slice(0, 6)])
    expect(r.errors).toEqual([
      {
        row: 1,
        column: '',
        field: 'partCode',
        zh: '缺少列「配件编号 Part code」',
        message: 'missing column "配件编号 Part code"',
      },
    ])
    expect(r.lines).toEqual([])
  })

  it('names every required column of a file without rows', () => {
    expect(parseClaimRows([]).errors.map((e) => [e.row, e.column, e.field])).toEqual([
      [1, '', 'repairOrderNo'],
      [1, '', 'repairDate'],
      [1, '', 'serial'],
      [1, '', 'partCode'],
      [1, '', 'quantity'],
    ])
  })

  it('skips blank rows and keeps spreadsheet row numbers', () => {
    const r = parseClaimRows([HEADER, ok, ['', ' ', ''], ok.with(0, 'RO-2')])
    expect(r.errors).toEqual([])
    expect(r.lines.map((l) => l.row)).toEqual([2, 4])
  })

  it.each<[string, string[], number, string | null]>([
    ['a row that stops after the quantity', ok.slice(0, 5), 0, null],
    ['a row that stops after the labour', ok.slice(0, 6), 1.5, null],
    ['a row with blank optional cells', ok.with(5, '').with(6, ''), 0, null],
  ])('%s: no labour is 0 h, no registration none', (_n, row, hours, registration) => {
    const r = parseClaimRows([HEADER, row])
    expect(r.errors).toEqual([])
    expect(r.lines.map((l) => [l.line.labourHours, l.line.oldPartRegistrationNo])).toEqual([
      [hours, registration],
    ])
  })

  it('refuses a blank quantity as not a number', () => {
    expect(parseClaimRows([HEADER, ok.with(4, ' ')]).errors).toEqual([
      {
        row: 2,
        column: 'E',
        field: 'quantity',
        zh: '数量应为 1 到 9999 的整数',
        message: '数量 Quantity: not a number',
      },
    ])
  })

  it('reads cells with blanks around them', () => {
    const r = parseClaimRows([HEADER, [' RO-1 ', ' 2026-11-05 ', ' vin1 ', ' hl-1 ', ' 2 ', ' 0.5 ', ' ']])
    expect(r.errors).toEqual([])
    expect(r.lines.map((l) => l.line)).toEqual([
      {
        repairOrderNo: 'RO-1',
        repairDate: '2026-11-05',
        serial: 'VIN1',
        partCode: 'HL-1',
        quantity: 2,
        labourHours: 0.5,
        oldPartRegistrationNo: null,
        usageReading: null,
      },
    ])
  })

  it.each(['+2', '1e2', '0x10', '2.', '.5', '2 3', '２'])(
    'takes only plain digits for a quantity, not %s',
    (q) => {
      const r = parseClaimRows([HEADER, ok.with(4, q)])
      expect(r.errors.map((e) => [e.row, e.column, e.field])).toEqual([[2, 'E', 'quantity']])
    },
  )

  it.each<[string, number, string, string, string, string]>([
    ['an empty repair order', 0, '', 'A', '维修工单号为空或过长', 'the repair order number is required'],
    [
      'a date that does not exist',
      1,
      '2026-02-30',
      'B',
      '维修日期应为 YYYY-MM-DD 格式的日期',
      'not a real date (YYYY-MM-DD between 1900 and 2999)',
    ],
    ['an empty serial', 2, '', 'C', 'VIN / 序列号为空或过长', 'the serial / VIN is required'],
    [
      'a part code of 41 characters',
      3,
      'P'.repeat(41),
      'D',
      '配件编号为空或过长',
      'the part code is too long',
    ],
    ['a quantity of 0', 4, '0', 'E', '数量应为 1 到 9999 的整数', 'quantity must be at least 1'],
    ['a quantity in words', 4, 'two', 'E', '数量应为 1 到 9999 的整数', '数量 Quantity: not a number'],
    [
      'negative labour',
      5,
      '-1',
      'F',
      '工时应为 0 或正数（最多两位小数）',
      'labour hours must not be negative',
    ],
    [
      'labour in words',
      5,
      'one',
      'F',
      '工时应为 0 或正数（最多两位小数）',
      '工时 Labour hours: not a number',
    ],
    [
      'a registration with a space',
      6,
      'JJ 1',
      'G',
      '旧件登记号过长或含字母、数字和 . _ / - 以外的字符',
      'the old-part registration number may hold letters, digits and . _ / - only',
    ],
    [
      'a negative reading',
      7,
      '-5',
      'H',
      '进站里程应为 0 或正整数（公里或小时）',
      'the reading must not be negative',
    ],
    [
      'a reading in words',
      7,
      'many',
      'H',
      '进站里程应为 0 或正整数（公里或小时）',
      '进站里程/工作小时 Odometer/hours: not a number',
    ],
  ])(
    '%s: names the cell and says what is wrong in Chinese and English',
    (_n, at, cell, column, zh, message) => {
      const r = parseClaimRows([[...HEADER, '里程'], [...ok, '1000'].with(at, cell)])
      expect(r.errors).toEqual([{ row: 2, column, field: FIELDS[at], zh, message }])
      expect(r.lines).toEqual([])
    },
  )

  it('reads 5000 rows, and refuses a file of 5001 as a whole', () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => ok.with(0, `RO-${i}`))
    const full = parseClaimRows([HEADER, ...rows(5000)])
    expect([full.errors, full.lines.length]).toEqual([[], 5000])
    expect(parseClaimRows([HEADER, ...rows(5001)])).toEqual({
      lines: [],
      errors: [
        {
          row: 1,
          column: '',
          field: null,
          zh: '每个文件最多 5000 行',
          message: 'at most 5000 rows per file',
        },
      ],
    })
  })

  it('reports exactly the bad rows of any file, and reads all the others', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 40 }), (bad) => {
        const rows = bad.map((b, i) => ok.with(0, `RO-${i}`).with(4, b ? '-1' : '1'))
        const r = parseClaimRows([HEADER, ...rows])
        expect(r.errors.map((e) => e.row)).toEqual(bad.flatMap((b, i) => (b ? [i + 2] : [])))
        expect(r.lines.length).toBe(bad.filter((b) => !b).length)
      }),
    )
  })
})
