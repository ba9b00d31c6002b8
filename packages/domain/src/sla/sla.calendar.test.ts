import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { chinaDate } from '../shared/china-time'
import { DAY, HOUR } from '../shared/clock'
import { advance, countable, isWorkingDay, type Measure, makeCalendar } from './sla.calendar'

// 2026: National Day holiday 10-01..10-08 with make-up working days on Sunday 09-27 and Saturday 10-10.
const cal = makeCalendar({
  holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07', '2026-10-08'],
  makeupWorkdays: ['2026-09-27', '2026-10-10'],
})
/** The two measures that existed before opening hours: round the clock, or whole working dates. */
const m = (working: boolean): Measure => (working ? 'working_days' : 'calendar')
/** A local (Beijing) wall-clock time as a UTC instant. */
const bj = (s: string) => new Date(`${s}+08:00`)

describe('working days', () => {
  it.each([
    ['2026-11-23T10:00', true, 'a Monday'],
    ['2026-11-28T10:00', false, 'a Saturday'],
    ['2026-10-01T10:00', false, 'National Day'],
    ['2026-10-10T10:00', true, 'a make-up Saturday (调休上班)'],
    ['2026-09-27T10:00', true, 'a make-up Sunday'],
    ['2026-11-24T07:30', true, 'early Tuesday in Beijing, still Monday night in UTC'],
  ])('%s is a working day: %s (%s)', (t, want) => {
    expect(isWorkingDay(cal, bj(t))).toBe(want)
  })

  it('judges the day in local time, not UTC', () => {
    expect(chinaDate(bj('2026-11-24T07:30'))).toBe('2026-11-24')
  })
})

describe('deadlines', () => {
  it.each([
    ['24 calendar hours', '2026-11-27T10:00', 24 * HOUR, false, '2026-11-28T10:00'],
    ['1 working day from Friday lands on Monday', '2026-11-27T10:00', DAY, true, '2026-11-30T10:00'],
    ['5 working days from Monday', '2026-11-23T09:00', 5 * DAY, true, '2026-11-30T09:00'],
    ['5 working days across National Day', '2026-09-30T09:00', 5 * DAY, true, '2026-10-14T09:00'],
    [
      '1 working day from Friday 9 Oct uses the make-up Saturday',
      '2026-10-09T14:00',
      DAY,
      true,
      '2026-10-10T14:00',
    ],
    [
      'starting on a holiday counts from the next working day',
      '2026-10-03T15:00',
      DAY,
      true,
      '2026-10-09T24:00',
    ],
  ])('%s', (_n, start, budget, working, want) => {
    const got = advance(cal, bj(start), budget, m(working))
    expect(got.toISOString()).toBe(
      new Date(
        want.endsWith('24:00') ? bj(`${want.slice(0, 10)}T00:00`).getTime() + DAY : bj(want).getTime(),
      ).toISOString(),
    )
  })

  it('moves the deadline by exactly the paused time (calendar clock)', () => {
    const start = bj('2026-11-23T09:00')
    const pause = { from: bj('2026-11-23T12:00'), to: bj('2026-11-23T18:00') }
    expect(advance(cal, start, 24 * HOUR, 'calendar', [pause]).toISOString()).toBe(
      bj('2026-11-24T15:00').toISOString(),
    )
  })

  const instant = fc.date({
    min: new Date('2026-01-01T00:00:00Z'),
    max: new Date('2026-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  const days = fc.integer({ min: 1, max: 20 })

  it('never lands a working-day deadline on a day off (its last countable moment is on a working day)', () => {
    fc.assert(
      fc.property(instant, days, (start, n) => {
        const due = advance(cal, start, n * DAY, 'working_days')
        expect(isWorkingDay(cal, new Date(due.getTime() - 1))).toBe(true)
      }),
    )
  })

  it('spends exactly the budget of countable time', () => {
    fc.assert(
      fc.property(instant, days, fc.boolean(), (start, n, working) => {
        const due = advance(cal, start, n * DAY, m(working))
        expect(countable(cal, start, due, m(working))).toBe(n * DAY)
      }),
    )
  })

  it('never comes earlier because of a pause', () => {
    fc.assert(
      fc.property(
        instant,
        days,
        fc.boolean(),
        fc.integer({ min: 0, max: 10 * DAY }),
        fc.integer({ min: 0, max: 10 * DAY }),
        (start, n, working, offset, length) => {
          const pause = {
            from: new Date(start.getTime() + offset),
            to: new Date(start.getTime() + offset + length),
          }
          const plain = advance(cal, start, n * DAY, m(working))
          const paused = advance(cal, start, n * DAY, m(working), [pause])
          expect(paused.getTime()).toBeGreaterThanOrEqual(plain.getTime())
        },
      ),
    )
  })
})
