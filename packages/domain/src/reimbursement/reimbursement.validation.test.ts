import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, chinaDate } from '../shared/china-time'
import { DomainError } from '../shared/errors'
import {
  assertAuditable,
  DEFAULT_SUBMISSION_DEADLINE_DAY,
  statusAfterDecisions,
  submitReimbursement,
  withdrawReimbursement,
} from './reimbursement.claim'
import {
  currentPeriod,
  isFuturePeriod,
  nextPeriod,
  periodDays,
  previousPeriod,
  scheduledSettlementPeriod,
  shiftPeriod,
  submissionDeadline,
} from './reimbursement.period'
import {
  type LinePricing,
  lineProblems,
  reimbursementKey,
  validateReimbursement,
} from './reimbursement.validation'

const priced: LinePricing = {
  partKnown: true,
  productKnown: true,
  priced: true,
  inWarranty: true,
  warrantyReason: 'within 36 months',
  partsFen: 12000,
  labourFen: 8000,
  totalFen: 20000,
  mustReturnOldPart: true,
  standardApproved: true,
  oldPart: 'registered',
  explanation: [],
}
const line = {
  quantity: 1,
  labourHours: 1,
  repairDate: '2026-10-15',
  repairOrderNo: 'RO-1',
  partCode: 'HL-001',
}
const ctx = { period: '2026-10', today: '2026-11-20', claimedElsewhere: new Set<string>() }

describe('line validation', () => {
  it.each<[string, Partial<typeof line>, Partial<LinePricing> | null, string[]]>([
    ['a clean line', {}, {}, []],
    ['a repair before the month', { repairDate: '2026-09-30' }, {}, ['DATE_OUTSIDE_PERIOD']],
    ['a repair after the month', { repairDate: '2026-11-01' }, {}, ['DATE_OUTSIDE_PERIOD']],
    ['the first day', { repairDate: '2026-10-01' }, {}, []],
    ['the last day', { repairDate: '2026-10-31' }, {}, []],
    ['a negative quantity', { quantity: -2 }, {}, ['BAD_QUANTITY']],
    ['zero quantity', { quantity: 0 }, {}, ['BAD_QUANTITY']],
    ['a fractional quantity', { quantity: 1.5 }, {}, ['BAD_QUANTITY']],
    ['negative labour', { labourHours: -0.5 }, {}, ['BAD_LABOUR_HOURS']],
    ['no labour', { labourHours: 0 }, {}, []],
    ['an unknown part no rule prices', {}, { partKnown: false, priced: false }, ['UNKNOWN_PART']],
    [
      'an unknown product, so no warranty known',
      {},
      { productKnown: false, inWarranty: false },
      ['UNKNOWN_PRODUCT'],
    ],
    ['an unknown part', {}, { partKnown: false }, ['UNKNOWN_PART']],
    ['an unknown product', {}, { productKnown: false }, ['UNKNOWN_PRODUCT']],
    ['out of warranty', {}, { inWarranty: false }, ['NOT_IN_WARRANTY']],
    ['no rules in force', {}, { priced: false }, ['NOT_PRICED']],
    ['labour at an unapproved standard', {}, { standardApproved: false }, ['UNAPPROVED_STANDARD']],
    ['parts only at an unapproved standard', {}, { standardApproved: false, labourFen: 0 }, []],
    ['old part not registered', {}, { oldPart: 'missing' }, ['OLD_PART_NOT_REGISTERED']],
    ['old part not required', {}, { mustReturnOldPart: false, oldPart: 'not_required' }, []],
    ['no pricing at all', {}, null, ['NOT_PRICED']],
    [
      'several at once',
      { quantity: -1, repairDate: '2026-12-01' },
      { inWarranty: false },
      ['BAD_QUANTITY', 'DATE_OUTSIDE_PERIOD', 'DATE_IN_FUTURE', 'NOT_IN_WARRANTY'],
    ],
  ])('%s', (_name, l, p, codes) => {
    const got = lineProblems({ ...line, ...l }, p === null ? null : { ...priced, ...p }, ctx)
    expect(got.map((x) => x.code)).toEqual(codes)
    for (const x of got) expect(x.zh.length > 0 && x.en.length > 0).toBe(true)
  })

  it('flags a repair dated after today even inside the month', () => {
    const got = lineProblems({ ...line, repairDate: '2026-11-25' }, priced, { ...ctx, period: '2026-11' })
    expect(got.map((x) => x.code)).toEqual(['DATE_IN_FUTURE'])
  })

  it('does not flag a repair dated today', () => {
    const got = lineProblems({ ...line, repairDate: '2026-11-20' }, priced, { ...ctx, period: '2026-11' })
    expect(got).toEqual([])
  })

  it.each([
    [{ repairOrderNo: 'RO-1', partCode: 'HL-001' }, 'RO-1|HL-001'],
    [{ repairOrderNo: ' ro-1 ', partCode: ' hl-001 ' }, 'RO-1|HL-001'],
    [{ repairOrderNo: '京a-7', partCode: 'p.2/x' }, '京A-7|P.2/X'],
  ])('the key of %j is %s', (l, key) => {
    expect(reimbursementKey(l)).toBe(key)
  })

  it('flags a repair order and part claimed in an earlier claim, whatever the case and spaces', () => {
    const elsewhere = new Set([reimbursementKey({ repairOrderNo: 'ro-1 ', partCode: 'hl-001' })])
    const got = lineProblems(line, priced, { ...ctx, claimedElsewhere: elsewhere })
    expect(got.map((x) => x.code)).toEqual(['ALREADY_CLAIMED'])
  })

  it('flags every occurrence of a duplicate inside the claim, and nothing else', () => {
    const lines = [
      { ...line, id: 'a', pricing: priced },
      { ...line, id: 'b', pricing: priced, partCode: 'HL-002' },
      { ...line, id: 'c', pricing: priced, repairOrderNo: 'ro-1' },
    ]
    const got = validateReimbursement(lines, ctx)
    expect(got.map((r) => [r.lineId, r.problems.map((p) => p.code)])).toEqual([
      ['a', ['DUPLICATE_IN_CLAIM']],
      ['b', []],
      ['c', ['DUPLICATE_IN_CLAIM']],
    ])
  })

  it('a claim of distinct lines has a duplicate problem nowhere; adding a copy of any line flags exactly two', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.stringMatching(/^RO-\d{1,4}$/), fc.constantFrom('A', 'B', 'C')), {
          minLength: 1,
          maxLength: 20,
          selector: ([ro, p]) => `${ro}|${p}`,
        }),
        fc.nat(),
        (keys, pick) => {
          const lines = keys.map(([ro, p], i) => ({
            ...line,
            id: String(i),
            repairOrderNo: ro,
            partCode: p,
            pricing: priced,
          }))
          const clean = validateReimbursement(lines, ctx)
          expect(clean.every((r) => r.problems.length === 0)).toBe(true)
          const copy = { ...lines[pick % lines.length]!, id: 'copy' }
          const dup = validateReimbursement([...lines, copy], ctx)
          expect(dup.filter((r) => r.problems.some((p) => p.code === 'DUPLICATE_IN_CLAIM')).length).toBe(2)
        },
      ),
    )
  })
})

describe('periods (China time)', () => {
  it.each([
    ['2026-10-31T15:59:59Z', '2026-10'],
    ['2026-10-31T16:00:00Z', '2026-11'],
    ['2026-12-31T16:00:00Z', '2027-01'],
  ])('%s is in %s locally', (at, p) => {
    expect(currentPeriod(new Date(at))).toBe(p)
  })
  it.each([
    ['2026-01', '2025-12', '2026-02'],
    ['2026-12', '2026-11', '2027-01'],
  ])('%s comes after %s and before %s', (p, prev, next) => {
    expect(previousPeriod(p)).toBe(prev)
    expect(nextPeriod(p)).toBe(next)
  })
  it.each([
    ['2026-02', '2026-02-28'],
    ['2028-02', '2028-02-29'],
    ['2026-04', '2026-04-30'],
  ])('%s ends on %s', (p, last) => {
    expect(periodDays(p).last).toBe(last)
  })
  it.each([
    ['2026-02', '2026-02-01', '2026-02-28'],
    ['2026-10', '2026-10-01', '2026-10-31'],
  ])('%s runs from %s to %s', (p, first, last) => {
    expect(periodDays(p)).toEqual({ first, last })
  })
  it.each([
    ['0100-01', -1, '0099-12'],
    ['0999-12', 1, '1000-01'],
    ['2026-11', -23, '2024-12'],
    ['2026-11', 14, '2028-01'],
    ['2026-11', 0, '2026-11'],
  ])('%s shifted by %i months is %s', (p, n, want) => {
    expect(shiftPeriod(p, n)).toBe(want)
  })
  it.each([
    ['2026-13', () => shiftPeriod('2026-13', 1)],
    ['2026-1', () => periodDays('2026-1')],
    ['26-11', () => submissionDeadline('26-11', 10)],
  ])('refuses %s, which is not a month', (p, f) => {
    expect(f).toThrow(new RangeError(`not a period: ${p}`))
  })
  it('refuses future months but not the current one', () => {
    const now = new Date('2026-11-20T00:00:00Z')
    expect(isFuturePeriod('2026-12', now)).toBe(true)
    expect(isFuturePeriod('2026-11', now)).toBe(false)
    expect(isFuturePeriod('2025-12', now)).toBe(false)
  })
  it('puts the deadline at local midnight after the deadline day of the next month', () => {
    expect(submissionDeadline('2026-10', 10).toISOString()).toBe('2026-11-10T16:00:00.000Z')
    expect(submissionDeadline('2026-12', 5).toISOString()).toBe('2027-01-05T16:00:00.000Z')
    // past the month's end: its last day (February 2027 has 28 days, 2028 has 29)
    expect(submissionDeadline('2027-01', 31).toISOString()).toBe('2027-02-28T16:00:00.000Z')
    expect(submissionDeadline('2028-01', 30).toISOString()).toBe('2028-02-29T16:00:00.000Z')
    expect(submissionDeadline('2026-11', 31).toISOString()).toBe('2026-12-31T16:00:00.000Z')
  })
  it('the deadline ends the deadline day of the next month, or its last day (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, day) => {
          const p = `${y}-${String(m).padStart(2, '0')}`
          const deadline = submissionDeadline(p, day)
          const { last } = periodDays(nextPeriod(p))
          const lastDay = Number(last.slice(8))
          const due = `${nextPeriod(p)}-${String(Math.min(day, lastDay)).padStart(2, '0')}`
          expect(chinaDate(new Date(deadline.getTime() - 1))).toBe(due)
          expect(chinaDate(deadline)).toBe(addDays(due, 1))
          expect(deadline.getTime() % 3_600_000).toBe(0)
        },
      ),
    )
  })
  it.each([
    ['2026-12-02T15:59:59Z', null],
    ['2026-12-02T16:00:00Z', '2026-11'],
    ['2026-12-20T00:00:00Z', '2026-11'],
    ['2027-01-03T00:00:00Z', '2026-12'],
  ])('at %s the scheduled settlement is for %s', (at, p) => {
    expect(scheduledSettlementPeriod(new Date(at))).toBe(p)
  })
  it('round-trips shifting months', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: -50, max: 50 }),
        (y, m, n) => {
          let p = `${y}-${String(m).padStart(2, '0')}`
          const start = p
          for (let i = 0; i < Math.abs(n); i++) p = n > 0 ? nextPeriod(p) : previousPeriod(p)
          for (let i = 0; i < Math.abs(n); i++) p = n > 0 ? previousPeriod(p) : nextPeriod(p)
          expect(p).toBe(start)
        },
      ),
    )
  })
})

describe('the claim life cycle', () => {
  const ok = [{ lineId: 'a', problems: [] }]
  const beforeDeadline = new Date('2026-11-05T00:00:00Z')
  const code = (f: () => unknown) => {
    try {
      f()
      return 'OK'
    } catch (e) {
      return e instanceof DomainError ? e.code : String(e)
    }
  }
  it.each<
    [
      string,
      string,
      string,
      (
        | { lineId: string; problems: never[] }[]
        | { lineId: string; problems: { code: 'BAD_QUANTITY'; zh: string; en: string }[] }[]
      ),
      Date,
      string,
    ]
  >([
    ['a clean draft before the deadline', 'draft', '2026-10', ok, beforeDeadline, 'OK'],
    [
      'after the deadline',
      'draft',
      '2026-10',
      ok,
      new Date('2026-11-10T16:00:00Z'),
      'REIMBURSEMENT.DEADLINE_PASSED',
    ],
    ['just before the deadline', 'draft', '2026-10', ok, new Date('2026-11-10T15:59:59Z'), 'OK'],
    ['an empty claim', 'draft', '2026-10', [], beforeDeadline, 'REIMBURSEMENT.EMPTY'],
    [
      'a line with a problem',
      'draft',
      '2026-10',
      [{ lineId: 'a', problems: [{ code: 'BAD_QUANTITY', zh: 'x', en: 'x' }] }],
      beforeDeadline,
      'REIMBURSEMENT.LINES_INVALID',
    ],
    ['a future month', 'draft', '2026-12', ok, beforeDeadline, 'REIMBURSEMENT.FUTURE_PERIOD'],
    ['submitted already', 'submitted', '2026-10', ok, beforeDeadline, 'REIMBURSEMENT.NOT_DRAFT'],
    ['settled', 'settled', '2026-10', ok, beforeDeadline, 'REIMBURSEMENT.NOT_DRAFT'],
  ])('submit: %s', (_n, status, period, validation, now, want) => {
    expect(
      code(() =>
        submitReimbursement(
          { status: status as 'draft', period },
          validation,
          DEFAULT_SUBMISSION_DEADLINE_DAY,
          now,
        ),
      ),
    ).toBe(want)
  })

  it('a clean draft becomes submitted; a withdrawn claim a draft again', () => {
    const submitted = submitReimbursement(
      { status: 'draft', period: '2026-10' },
      ok,
      DEFAULT_SUBMISSION_DEADLINE_DAY,
      beforeDeadline,
    )
    expect([submitted, withdrawReimbursement({ status: submitted })]).toEqual(['submitted', 'draft'])
  })

  it.each([
    ['submitted', 'OK'],
    ['draft', 'REIMBURSEMENT.CANNOT_WITHDRAW'],
    ['under_audit', 'REIMBURSEMENT.CANNOT_WITHDRAW'],
    ['audited', 'REIMBURSEMENT.CANNOT_WITHDRAW'],
    ['settled', 'REIMBURSEMENT.CANNOT_WITHDRAW'],
  ] as const)('withdraw from %s: %s', (status, want) => {
    expect(code(() => withdrawReimbursement({ status }))).toBe(want)
  })

  it.each([
    ['draft', 'REIMBURSEMENT.NOT_AUDITABLE'],
    ['submitted', 'OK'],
    ['under_audit', 'OK'],
    ['audited', 'OK'],
    ['settled', 'REIMBURSEMENT.NOT_AUDITABLE'],
  ] as const)('audit of a %s claim: %s', (status, want) => {
    expect(code(() => assertAuditable({ status }))).toBe(want)
  })

  it.each([
    [[null, null], 'under_audit'],
    [['approved', null], 'under_audit'],
    [['approved', 'rejected'], 'audited'],
    [['adjusted'], 'audited'],
    [[], 'under_audit'],
  ] as const)('decisions %j leave the claim %s', (decisions, want) => {
    expect(statusAfterDecisions(decisions.map((decision) => ({ decision })))).toBe(want)
  })
})
