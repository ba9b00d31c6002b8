import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseClaimRows } from './reimbursement.import'
import { type EarlierReading, recordedUsageAfter, usageAtRepair } from './reimbursement.usage'

const earlier: EarlierReading[] = [
  { reading: 41_000, repairDate: '2026-03-10', repairOrderNo: 'RO-1' },
  { reading: 52_500, repairDate: '2026-06-02', repairOrderNo: 'RO-2' },
]
const line = (usageReading: number | null, repairDate = '2026-09-15', repairOrderNo = 'RO-9') => ({
  usageReading,
  repairDate,
  repairOrderNo,
})

describe('the usage a claim line is judged at', () => {
  it.each([
    ['the repair order reading, not the record', line(60_000), 130_000, 60_000, 'repair_order', null],
    ['no reading: the vehicle record, said so', line(null), 130_000, 130_000, 'vehicle_record', null],
    [
      'lower than an earlier repair order: flagged',
      line(50_000),
      130_000,
      50_000,
      'repair_order',
      earlier[1],
    ],
    ['equal to the earlier one: not flagged', line(52_500), 0, 52_500, 'repair_order', null],
    [
      'lower than a later repair order only: not flagged',
      line(45_000, '2026-05-01'),
      0,
      45_000,
      'repair_order',
      null,
    ],
    [
      'the same day cannot be ordered: not flagged',
      line(50_000, '2026-06-02'),
      0,
      50_000,
      'repair_order',
      null,
    ],
    [
      'its own repair order is not an earlier one',
      line(50_000, '2026-09-15', 'ro-2'),
      0,
      50_000,
      'repair_order',
      null,
    ],
    [
      'its own repair order written with blanks is not an earlier one',
      line(50_000, '2026-09-15', ' RO-2 '),
      0,
      50_000,
      'repair_order',
      null,
    ],
  ])('%s', (_n, l, recorded, reading, source, below) => {
    const check = usageAtRepair(l, recorded, earlier)
    expect(check).toEqual({ reading, source, belowEarlier: below })
  })

  it('an earlier reading of its own repair order, written with blanks and in lower case, is not compared', () => {
    const own = [{ reading: 52_500, repairDate: '2026-06-02', repairOrderNo: ' ro-9 ' }]
    expect(usageAtRepair(line(50_000), 0, own).belowEarlier).toBe(null)
  })

  it('of two equal highest earlier readings, names the first one listed', () => {
    const twice: EarlierReading[] = [
      { reading: 41_000, repairDate: '2026-01-10', repairOrderNo: 'RO-0' },
      { reading: 60_000, repairDate: '2026-03-10', repairOrderNo: 'RO-1' },
      { reading: 60_000, repairDate: '2026-06-02', repairOrderNo: 'RO-2' },
    ]
    expect(usageAtRepair(line(50_000), 0, twice).belowEarlier).toEqual(twice[1])
  })

  it('the recorded usage only moves forward (property)', () => {
    fc.assert(
      fc.property(fc.nat(), fc.option(fc.nat(), { nil: null }), (recorded, reading) => {
        const next = recordedUsageAfter(recorded, reading)
        expect(next).toBeGreaterThanOrEqual(recorded)
        expect(next).toBe(reading === null ? recorded : Math.max(recorded, reading))
      }),
    )
  })

  it('a reading is flagged exactly when an earlier repair date of another order recorded more (property)', () => {
    const reading = fc.record({
      reading: fc.nat({ max: 500_000 }),
      repairDate: fc.constantFrom('2026-01-05', '2026-04-20', '2026-09-15', '2026-12-01'),
      repairOrderNo: fc.constantFrom('RO-1', 'RO-2', 'RO-9'),
    })
    fc.assert(
      fc.property(fc.array(reading, { maxLength: 8 }), reading, (before, l) => {
        const check = usageAtRepair({ ...l, usageReading: l.reading }, 0, before)
        const higher = before.some(
          (e) => e.repairDate < l.repairDate && e.repairOrderNo !== l.repairOrderNo && e.reading > l.reading,
        )
        expect(check.belowEarlier !== null).toBe(higher)
      }),
    )
  })
})

describe('the import column', () => {
  const header = ['维修单号', '维修日期', 'VIN', '配件编号', '数量', '进站里程(km)']
  const row = (usage: string) => ['RO-1', '2026-09-15', 'LSVAU2180N2000001', 'P-1001', '1', usage]
  it.each([
    ['a whole number', '86500', 86_500, null],
    ['left empty', '', null, null],
    ['negative', '-5', undefined, 'F'],
    ['a fraction', '12.5', undefined, 'F'],
  ])('%s', (_n, cell, want, badColumn) => {
    const { lines, errors } = parseClaimRows([header, row(cell)])
    if (badColumn) expect(errors.map((e) => [e.column, e.field])).toEqual([[badColumn, 'usageReading']])
    else expect(lines[0]!.line.usageReading).toBe(want)
  })
})
