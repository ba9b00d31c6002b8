import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addDays,
  addMonths,
  chinaCompactDate,
  chinaDate,
  chinaDateTime,
  chinaDayEnd,
  chinaDayStart,
  chinaInstant,
  chinaMinuteOfDay,
  chinaMonth,
  chinaMonthBounds,
  chinaYear,
  daysBetween,
  fromChinaWallClock,
  isIsoDate,
  toChinaWallClock,
  weekdayOf,
} from './china-time'

const utc = (s: string) => new Date(s)

describe('China time of an instant', () => {
  it.each([
    ['2026-11-26T03:04:00Z', '2026-11-26', '2026-11-26 11:04'],
    ['2026-11-30T16:00:00Z', '2026-12-01', '2026-12-01 00:00'], // past Beijing midnight: next day, next month
    ['2026-11-30T15:59:59Z', '2026-11-30', '2026-11-30 23:59'],
    ['2026-12-31T16:30:00Z', '2027-01-01', '2027-01-01 00:30'], // and the next year
    ['2024-02-28T17:00:00Z', '2024-02-29', '2024-02-29 01:00'],
  ])('%s is %s (%s) in Beijing', (at, date, dateTime) => {
    expect(chinaDate(utc(at))).toBe(date)
    expect(chinaDateTime(utc(at))).toBe(dateTime)
    expect(chinaMonth(utc(at))).toBe(date.slice(0, 7))
    expect(chinaYear(utc(at))).toBe(Number(date.slice(0, 4)))
    expect(chinaCompactDate(utc(at))).toBe(date.replace(/-/g, ''))
  })

  it('bounds a day and a month at Beijing midnight', () => {
    expect(chinaDayStart('2026-12-01').toISOString()).toBe('2026-11-30T16:00:00.000Z')
    expect(chinaDayEnd('2026-12-31').toISOString()).toBe('2026-12-31T16:00:00.000Z')
    expect(chinaInstant('2026-12-01', 8 * 60 + 30).toISOString()).toBe('2026-12-01T00:30:00.000Z')
    const m = chinaMonthBounds('2026-12')
    expect([m.from.toISOString(), m.to.toISOString()]).toEqual([
      '2026-11-30T16:00:00.000Z',
      '2026-12-31T16:00:00.000Z',
    ])
  })

  it('every instant lies inside its own Beijing day, at its minute of that day (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        const at = new Date(ms)
        const day = chinaDate(at)
        expect(chinaDayStart(day).getTime()).toBeLessThanOrEqual(ms)
        expect(chinaDayEnd(day).getTime()).toBeGreaterThan(ms)
        expect(chinaInstant(day, chinaMinuteOfDay(at)).getTime()).toBe(ms - (ms % 60_000))
        expect(fromChinaWallClock(toChinaWallClock(at)).getTime()).toBe(ms)
      }),
    )
  })
})

describe('calendar dates', () => {
  it.each([
    ['2026-02-28', true],
    ['2026-02-29', false],
    ['2024-02-29', true],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['2026-00-10', false],
  ])('%s is a real date: %s', (s, ok) => expect(isIsoDate(s)).toBe(ok))

  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2026-11-30', -11, '2025-12-30'],
    ['2026-03-31', -1, '2026-02-28'],
  ])('%s + %i months = %s', (d, n, want) => expect(addMonths(d, n)).toBe(want))

  it('counts days across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365)
    expect(weekdayOf('2026-02-14')).toBe(6) // the Saturday before the Spring Festival, a make-up working day
  })
})
