import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { chinaDate, chinaMinuteOfDay } from '../shared/china-time'
import { HOUR, MINUTE } from '../shared/clock'
import {
  advance,
  countable,
  countableIntervals,
  makeCalendar,
  type OpeningInterval,
  stationCalendar,
  type WeeklyHours,
} from './sla.calendar'

/** A Beijing wall time as the UTC instant it is (test input only). */
const bj = (s: string) => new Date(`${s}+08:00`)
const hm = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3, 5))
const iv = (...spans: string[]): OpeningInterval[] =>
  spans.map((s) => ({ from: hm(s.slice(0, 5)), to: hm(s.slice(6, 11)) }))
const week = (
  weekdays: OpeningInterval[],
  sat: OpeningInterval[] = [],
  sun: OpeningInterval[] = [],
): WeeklyHours => [sun, weekdays, weekdays, weekdays, weekdays, weekdays, sat]

// HQ's desk: 09:00–17:30 on weekdays; the 2026 National Day holiday with its make-up Saturday.
const holidays = [
  '2026-10-01',
  '2026-10-02',
  '2026-10-03',
  '2026-10-04',
  '2026-10-05',
  '2026-10-06',
  '2026-10-07',
]
const hq = makeCalendar({ holidays, makeupWorkdays: ['2026-10-10'], hours: week(iv('09:00-17:30')) })
// A station open every day 08:30–12:00 and 13:30–18:00, closed on 2026-11-25 for a stock-take.
const stationHours = iv('08:30-12:00', '13:30-18:00')
const station = stationCalendar(hq, {
  hours: week(stationHours, stationHours, stationHours),
  closures: ['2026-11-25'],
})

describe('opening intervals', () => {
  it.each([
    ['HQ, inside the day', hq, '2026-11-23T10:00', 4, '2026-11-23T14:00'],
    ['HQ, runs past closing into the next morning', hq, '2026-11-23T15:00', 4, '2026-11-24T10:30'],
    ['HQ, opened at night counts from the next opening', hq, '2026-11-23T22:00', 1, '2026-11-24T10:00'],
    ['HQ, Friday evening to Monday', hq, '2026-11-27T17:00', 1, '2026-11-30T09:30'],
    ['HQ, a budget ending at closing stays there', hq, '2026-11-23T09:00', 8.5, '2026-11-23T17:30'],
    ['HQ, across the National Day holiday', hq, '2026-09-30T17:00', 1, '2026-10-08T09:30'],
    ['station, skips the lunch break', station, '2026-11-23T11:00', 2, '2026-11-23T14:30'],
    ['station, open on Saturday', station, '2026-11-28T17:00', 2, '2026-11-29T09:30'],
    ['station, its own closure day', station, '2026-11-24T17:00', 2, '2026-11-26T09:30'],
    [
      'station, inherits HQ holidays (on open Saturdays too)',
      station,
      '2026-09-30T17:30',
      1,
      '2026-10-08T09:00',
    ],
  ])('%s', (_n, cal, start, hours, want) => {
    expect(advance(cal, bj(start), hours * HOUR, 'working_hours').toISOString()).toBe(bj(want).toISOString())
  })

  it('a make-up Saturday keeps the hours of an ordinary weekday', () => {
    expect(countableIntervals(hq, '2026-10-10', 'working_hours').length).toBe(1)
    expect(countable(hq, bj('2026-10-10T00:00'), bj('2026-10-11T00:00'), 'working_hours')).toBe(8.5 * HOUR)
  })

  it('working days keep their old meaning: whole working dates, whatever the opening hours', () => {
    expect(advance(hq, bj('2026-11-23T22:00'), 24 * HOUR, 'working_days').toISOString()).toBe(
      bj('2026-11-24T22:00').toISOString(),
    )
    expect(advance(station, bj('2026-11-24T22:00'), 24 * HOUR, 'working_days').toISOString()).toBe(
      bj('2026-11-26T22:00').toISOString(), // its closure day is not a working day
    )
  })

  it('a station calendar changes only the station: HQ keeps its own hours', () => {
    const s = bj('2026-11-28T10:00') // a Saturday
    expect(advance(station, s, HOUR, 'working_hours').toISOString()).toBe(
      bj('2026-11-28T11:00').toISOString(),
    )
    expect(advance(hq, s, HOUR, 'working_hours').toISOString()).toBe(bj('2026-11-30T10:00').toISOString())
  })
})

const instant = fc.integer({ min: bj('2026-09-01T00:00').getTime(), max: bj('2026-12-31T00:00').getTime() })
const budget = fc.integer({ min: 1, max: 60 * 60 }).map((minutes) => minutes * MINUTE)
const calendars = fc.constantFrom(hq, station)

describe('properties of working-hours deadlines', () => {
  it('a deadline never lands outside opening hours, unless the budget ends exactly at a closing time', () => {
    fc.assert(
      fc.property(calendars, instant, budget, (cal, start, b) => {
        const due = advance(cal, new Date(start), b, 'working_hours')
        const date = chinaDate(due)
        const minute = chinaMinuteOfDay(due)
        const spans = countableIntervals(cal, date, 'working_hours')
        const inside = spans.some((s) => s.from < due.getTime() && due.getTime() < s.to)
        const atClosing = [
          ...spans,
          ...countableIntervals(cal, chinaDate(new Date(due.getTime() - 1)), 'working_hours'),
        ].some((s) => s.to === due.getTime())
        expect(inside || atClosing, `${due.toISOString()} (${minute})`).toBe(true)
      }),
    )
  })

  it('adding countable time then measuring it gives the same amount back', () => {
    fc.assert(
      fc.property(
        calendars,
        instant,
        budget,
        fc.constantFrom('calendar', 'working_days', 'working_hours' as const),
        (cal, start, b, m) => {
          const from = new Date(start)
          expect(countable(cal, from, advance(cal, from, b, m), m)).toBe(b)
        },
      ),
    )
  })

  it('a pause wholly outside opening hours moves no deadline', () => {
    fc.assert(
      fc.property(instant, budget, fc.integer({ min: 0, max: 30 }), (start, b, day) => {
        // 18:30 to 08:00 the next morning: HQ (09:00–17:30) is closed all that time
        const eve = bj(`${chinaDate(new Date(start + day * 24 * HOUR))}T18:30`)
        const pause = { from: eve, to: new Date(eve.getTime() + 13.5 * HOUR) }
        const from = new Date(start)
        expect(advance(hq, from, b, 'working_hours', [pause]).getTime()).toBe(
          advance(hq, from, b, 'working_hours').getTime(),
        )
      }),
    )
  })
})
