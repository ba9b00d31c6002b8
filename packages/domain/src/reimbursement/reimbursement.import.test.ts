import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseClaimRows } from './reimbursement.import'

const HEADER = ['维修单号', '维修日期', '车架号', '配件编号', '数量', '工时', '旧件登记号']
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

  it('skips blank rows and keeps spreadsheet row numbers', () => {
    const r = parseClaimRows([HEADER, ok, ['', '', ''], ok.with(0, 'RO-2')])
    expect(r.lines.map((l) => l.row)).toEqual([2, 4])
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
