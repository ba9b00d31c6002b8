import { describe, expect, it } from 'vitest'
import {
  assertOldPartStep,
  isOldPartOverdue,
  type OldPartRegistration,
  overdueDeductions,
  returnDays,
  returnDeadline,
} from './fee.old-parts'
import type { OldPartStatus } from './fee.vocabulary'

const SETTINGS = [
  { scope: 'part' as const, key: 'HL-001', days: 10 },
  { scope: 'line' as const, key: 'X7', days: 20 },
  { scope: 'default' as const, key: '*', days: 45 },
]

const reg = (r: Partial<OldPartRegistration> = {}): OldPartRegistration => ({
  id: 'r1',
  registrationNumber: 'JJ20261101-000001',
  dealerId: 'd1',
  quoteId: null,
  partCode: 'HL-001',
  productLineCode: 'X7',
  quantity: 1,
  serial: 'LHX7B2345N0000002',
  replacedOn: '2026-11-01',
  returnDeadline: '2026-11-11',
  status: 'registered',
  note: null,
  reportedAt: null,
  receivedAt: null,
  calledInAt: null,
  createdAt: new Date('2026-11-01T02:00:00Z'),
  version: 1,
  ...r,
})

describe('return deadlines: per part, else per product line, else the default', () => {
  it.each([
    ['the part has its own', 'HL-001', 'X7', SETTINGS, 10, '2026-11-11'],
    ['the product line has one', 'BM-001', 'X7', SETTINGS, 20, '2026-11-21'],
    ['the configured default', 'BM-001', 'H5', SETTINGS, 45, '2026-12-16'],
    ['nothing configured: 30 days', 'BM-001', 'H5', [], 30, '2026-12-01'],
  ])('%s', (_, partCode, productLineCode, settings, days, deadline) => {
    expect(returnDays(settings, partCode, productLineCode)).toBe(days)
    expect(returnDeadline(settings, { partCode, productLineCode, replacedOn: '2026-11-01' })).toBe(deadline)
  })
})

describe('overdue and the deduction at the out-of-warranty price', () => {
  const catalogue = { 'HL-001': { listFen: 98_000 }, 'BM-001': { listFen: 108_000 } }
  it.each([
    ['the day before the deadline', '2026-11-10', 'registered', false],
    ['on the deadline day', '2026-11-11', 'registered', false],
    ['the day after', '2026-11-12', 'registered', true],
    ['reported in time, long after', '2027-01-01', 'reported', false],
    ['received', '2027-01-01', 'received', false],
    ['called in', '2027-01-01', 'called_in', false],
  ] as const)('%s (%s, %s)', (_, asOf, status, overdue) => {
    expect(isOldPartOverdue(reg({ status }), asOf)).toBe(overdue)
    expect(overdueDeductions([reg({ status })], asOf, catalogue).length).toBe(overdue ? 1 : 0)
  })

  it('deducts list price × quantity, counting the days overdue', () => {
    const [d] = overdueDeductions([reg({ quantity: 3 })], '2026-11-15', catalogue)
    expect(d).toMatchObject({ unitPriceFen: 98_000, amountFen: 294_000, daysOverdue: 4, dealerId: 'd1' })
    expect(d!.reason.zh).toContain('JJ20261101-000001')
  })

  it('skips a part without a price rather than inventing an amount', () => {
    expect(overdueDeductions([reg({ partCode: 'ZZ-9' })], '2027-01-01', catalogue)).toEqual([])
  })
})

describe('register steps: registered → reported → received | called in (→ received)', () => {
  const ALL: OldPartStatus[] = ['registered', 'reported', 'received', 'called_in']
  const LEGAL = new Set([
    'registered>reported',
    'reported>received',
    'reported>called_in',
    'called_in>received',
  ])
  for (const from of ALL)
    for (const to of ALL)
      it(`${from} → ${to} is ${LEGAL.has(`${from}>${to}`) ? 'allowed' : 'refused'}`, () => {
        if (LEGAL.has(`${from}>${to}`)) expect(() => assertOldPartStep(from, to)).not.toThrow()
        else
          expect(() => assertOldPartStep(from, to)).toThrow(
            expect.objectContaining({ code: 'OLD_PART.ILLEGAL_STEP' }),
          )
      })
})

describe('a return deadline setting matches on both its scope and its key', () => {
  it.each([
    ['a line setting keyed like the part', [{ scope: 'line' as const, key: 'HL-001', days: 5 }], 30],
    ['a part setting keyed like the line', [{ scope: 'part' as const, key: 'X7', days: 5 }], 30],
    ['another line', [{ scope: 'line' as const, key: 'H5', days: 5 }], 30],
    ['another part', [{ scope: 'part' as const, key: 'BM-001', days: 5 }], 30],
    ['a default not keyed *', [{ scope: 'default' as const, key: 'X7', days: 5 }], 30],
  ])('%s → %i days', (_n, settings, days) => {
    expect(returnDays(settings, 'HL-001', 'X7')).toBe(days)
  })

  it('the deduction names the registration and the deadline in both languages', () => {
    const [d] = overdueDeductions([reg()], '2026-11-15', { 'HL-001': { listFen: 98_000 } })
    expect(d!.reason).toEqual({
      zh: '旧件 JJ20261101-000001 未在 2026-11-11 前上报，按保外价扣款',
      en: 'Old part JJ20261101-000001 not reported by 2026-11-11: deducted at the out-of-warranty price',
    })
  })
})
