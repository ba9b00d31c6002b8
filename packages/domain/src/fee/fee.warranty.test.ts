import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays } from '../shared/china-time'
import { coverage, lastCoveredDay, type WarrantyTerms } from './fee.warranty'

const terms = (months: number): WarrantyTerms => ({
  id: 't',
  productLineCode: 'X7',
  partCode: null,
  version: 1,
  effectiveFrom: '2020-01-01',
  months,
  usageLimit: 100_000,
  usageUnit: 'km',
  startBasis: 'purchase',
  card: null,
})
const at = (purchaseDate: string, months: number, repairDate: string, usage = 0) =>
  coverage(terms(months), { purchaseDate, usage, repairDate })

/**
 * Civil Code arts. 201–202: the start day is not counted; a period in months ends on the
 * corresponding day of its last month, or on that month's last day when it has no such day.
 */
describe('the last covered day of a warranty in months', () => {
  it.each([
    ['the domain document: a mid-month start', '2024-01-15', 24, '2026-01-15'],
    ['the domain document: Feb 29, the end year has no Feb 29', '2024-02-29', 24, '2026-02-28'],
    ['Feb 29 to a leap year keeps the 29th', '2024-02-29', 48, '2028-02-29'],
    ['the 31st into a 30-day month', '2026-03-31', 1, '2026-04-30'],
    ['the 31st into February', '2026-01-31', 1, '2026-02-28'],
    ['the 31st into a leap February', '2024-01-31', 1, '2024-02-29'],
    ['the 31st into a 31-day month', '2026-01-31', 2, '2026-03-31'],
    ["a 30-day month's last day: the corresponding day, not the month end", '2026-04-30', 1, '2026-05-30'],
    ["February's last day: the 28th, not the 31st", '2026-02-28', 1, '2026-03-28'],
    ['across the year end', '2025-12-31', 2, '2026-02-28'],
    ['a 36-month card', '2024-06-20', 36, '2027-06-20'],
  ])('%s: %s + %i months → %s', (_, start, months, last) => {
    expect(lastCoveredDay(start, months)).toBe(last)
    expect(at(start, months, last).inWarranty).toBe(true)
    expect(at(start, months, addDays(last, 1)).inWarranty).toBe(false)
  })

  it('names the last covered day to the customer, inside and after the period', () => {
    const inside = at('2024-02-29', 24, '2026-02-28')
    expect(inside.reason.code).toBe('IN_WARRANTY')
    expect(inside.reason.zh).toContain('2026-02-28')
    const after = at('2024-02-29', 24, '2026-03-01')
    expect(after.reason.code).toBe('OUT_BY_MONTHS')
    expect(after.reason.zh).toContain('最后保修日为2026-02-28')
    expect(after.reason.en).toContain('last covered day was 2026-02-28')
  })

  it('the period grows with its months and always covers at least the start day (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 365 * 30 }),
        fc.integer({ min: 1, max: 120 }),
        (offset, months) => {
          const start = addDays('2000-01-01', offset)
          const last = lastCoveredDay(start, months)
          expect(last > start).toBe(true)
          expect(lastCoveredDay(start, months + 1) > last).toBe(true)
          // never past the same day-of-month in the last month (no spill into the month after)
          expect(last.slice(0, 7) <= lastCoveredDay(`${start.slice(0, 8)}01`, months).slice(0, 7)).toBe(true)
        },
      ),
    )
  })
})
