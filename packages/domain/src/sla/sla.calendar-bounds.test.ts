import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { chinaDate } from '../shared/china-time'
import { HOUR, MINUTE } from '../shared/clock'
import {
  advance,
  countable,
  countableIntervals,
  DEFAULT_HOURS,
  isWorkingDate,
  makeCalendar,
  type OpeningInterval,
  stationCalendar,
  type WeeklyHours,
} from './sla.calendar'

/** A 09:00–17:00 day of these opening hours: a length of eight hours, not the China offset. */
const WORKING_DAY = 480 * MINUTE

/** A Beijing wall time as the UTC instant it is (China: UTC+8 all year, no daylight saving). */
const bj = (s: string) => new Date(`${s}+08:00`)
const iso = (d: Date) => d.toISOString()
const span = (from: string, to: string) => ({ from: bj(from), to: bj(to) })
const open = (fromH: number, toH: number): OpeningInterval[] => [{ from: fromH * 60, to: toH * 60 }]

// 2026-11-23 is a Monday; 2026-11-28 a Saturday, 2026-11-29 a Sunday.
const desk = makeCalendar({ hours: [[], ...Array(5).fill(open(9, 17)), []] })

describe('the default week: closed at the weekend, open all day on weekdays', () => {
  it('is what a station sees before it sets its own hours', () => {
    const own = makeCalendar({ hours: DEFAULT_HOURS })
    expect(own.weekendDays).toEqual([0, 6])
    expect(makeCalendar({}).weekendDays).toEqual([0, 6])
    expect(countable(own, bj('2026-11-23T00:00'), bj('2026-11-30T00:00'), 'working_hours')).toBe(120 * HOUR)
  })

  it.each([
    ['a make-up Saturday', '2026-11-28'],
    ['a make-up Sunday', '2026-11-29'],
  ])('%s is open all day, like a weekday', (_n, date) => {
    const cal = makeCalendar({ makeupWorkdays: [date] })
    expect(countable(cal, bj(`${date}T00:00`), bj(`${date}T23:59`), 'working_hours')).toBe(24 * HOUR - MINUTE)
  })
})

describe('opening hours per weekday', () => {
  // Weekdays 09:00–17:00 except Monday (closed) and a short Saturday, 09:00–12:00.
  const week: WeeklyHours = [[], [], open(9, 17), open(9, 17), open(9, 17), open(9, 17), open(9, 12)]
  const cal = makeCalendar({ hours: week, makeupWorkdays: ['2026-11-29'] })

  it.each([
    ['Saturday keeps its own short hours', '2026-11-28', 3 * HOUR],
    ['a closed Monday', '2026-11-23', 0],
    ['a Tuesday', '2026-11-24', WORKING_DAY],
    // A make-up Sunday takes the hours of the first open weekday (Tuesday: Monday is closed).
    ['a make-up Sunday', '2026-11-29', WORKING_DAY],
  ])('%s', (_n, date, want) => {
    expect(countable(cal, bj(`${date}T00:00`), bj(`${date}T23:59`), 'working_hours')).toBe(want)
  })

  it('a week that lists fewer than seven days: the missing days are closed', () => {
    const six = makeCalendar({ hours: [[], ...Array(5).fill(open(9, 17))] }) // no Saturday entry
    expect(six.weekendDays).toEqual([0, 6])
    const sat = stationCalendar(six, { hours: six.hours })
    expect(sat.weekendDays).toEqual([0, 6])
    // Worked as a make-up day, the missing Saturday borrows Monday's hours.
    const makeup = makeCalendar({ hours: six.hours, makeupWorkdays: ['2026-11-28'] })
    expect(countableIntervals(makeup, '2026-11-28', 'working_hours')).toEqual([
      { from: bj('2026-11-28T09:00').getTime(), to: bj('2026-11-28T17:00').getTime() },
    ])
  })

  it('a make-up day on a calendar with no opening hours set for any listed day is open all day', () => {
    const none = makeCalendar({ hours: Array(6).fill([]), makeupWorkdays: ['2026-11-28'] })
    expect(countable(none, bj('2026-11-28T00:00'), bj('2026-11-29T00:00'), 'working_hours')).toBe(24 * HOUR)
    expect(countable(none, bj('2026-11-23T00:00'), bj('2026-11-28T00:00'), 'working_hours')).toBe(0)
  })

  it('lists the intervals of a day in time order without reordering the calendar', () => {
    const afternoonFirst = [
      { from: 13 * 60 + 30, to: 18 * 60 },
      { from: 8 * 60 + 30, to: 12 * 60 },
    ]
    const cal2 = makeCalendar({ hours: Array(7).fill(afternoonFirst) })
    expect(countableIntervals(cal2, '2026-11-23', 'working_hours')).toEqual([
      { from: bj('2026-11-23T08:30').getTime(), to: bj('2026-11-23T12:00').getTime() },
      { from: bj('2026-11-23T13:30').getTime(), to: bj('2026-11-23T18:00').getTime() },
    ])
    expect(cal2.hours[1]).toEqual(afternoonFirst)
    expect(iso(advance(cal2, bj('2026-11-23T08:30'), HOUR, 'working_hours'))).toBe(
      iso(bj('2026-11-23T09:30')),
    )
  })

  it('a calendar of its own closures, and a station with none', () => {
    const closed = makeCalendar({ closures: ['2026-11-25'] })
    expect(isWorkingDate(closed, '2026-11-25')).toBe(false)
    expect(isWorkingDate(closed, '2026-11-24')).toBe(true)
    const plainStation = stationCalendar(closed, {})
    expect(isWorkingDate(plainStation, '2026-11-25')).toBe(true) // HQ's desk closure is not the station's
  })
})

describe('countable time at its boundaries', () => {
  it.each([
    ['backwards: nothing', '2026-11-24T10:00', '2026-11-23T10:00', 'calendar', 0],
    ['backwards under working hours: nothing', '2026-11-24T10:00', '2026-11-23T10:00', 'working_hours', 0],
    ['an empty span', '2026-11-23T10:00', '2026-11-23T10:00', 'working_hours', 0],
    [
      'exactly the opening hour to one minute before closing',
      '2026-11-23T09:00',
      '2026-11-23T16:59',
      'working_hours',
      WORKING_DAY - MINUTE,
    ],
    ['a minute before opening counts nothing', '2026-11-23T08:59', '2026-11-23T09:00', 'working_hours', 0],
    ['the last minute before closing', '2026-11-23T16:59', '2026-11-23T17:00', 'working_hours', MINUTE],
    ['a weekend', '2026-11-28T00:00', '2026-11-30T00:00', 'working_hours', 0],
    [
      'midnight to midnight of a working day',
      '2026-11-23T00:00',
      '2026-11-24T00:00',
      'working_days',
      24 * HOUR,
    ],
  ] as const)('%s', (_n, from, to, measure, want) => {
    expect(countable(desk, bj(from), bj(to), measure)).toBe(want)
  })
})

describe('deadlines with pauses', () => {
  const at = (from: string, budgetH: number, pauses: { from: Date; to: Date }[]) =>
    iso(advance(desk, bj(from), budgetH * HOUR, 'working_hours', pauses))

  it.each([
    ['no pause', [], '2026-11-23T13:00'],
    [
      'a pause inside the hours moves it by its length',
      [span('2026-11-23T10:00', '2026-11-23T11:00')],
      '2026-11-23T14:00',
    ],
    [
      'two pauses in one day both count',
      [span('2026-11-23T10:00', '2026-11-23T11:00'), span('2026-11-23T12:00', '2026-11-23T12:30')],
      '2026-11-23T14:30',
    ],
    [
      'the same two pauses given latest first',
      [span('2026-11-23T12:00', '2026-11-23T12:30'), span('2026-11-23T10:00', '2026-11-23T11:00')],
      '2026-11-23T14:30',
    ],
    [
      'a pause ending exactly at the start moves nothing',
      [span('2026-11-23T08:00', '2026-11-23T09:00')],
      '2026-11-23T13:00',
    ],
    [
      'a pause starting exactly at the deadline moves nothing',
      [span('2026-11-23T13:00', '2026-11-23T15:00')],
      '2026-11-23T13:00',
    ],
    [
      'a pause on the next day moves nothing',
      [span('2026-11-24T10:00', '2026-11-24T11:00')],
      '2026-11-23T13:00',
    ],
  ])('%s', (_n, pauses, want) => {
    expect(at('2026-11-23T09:00', 4, pauses)).toBe(iso(bj(want)))
  })

  it('a pause the next day does not make the evening count', () => {
    // 6 h from 15:00: 2 h on Monday, 4 h on Tuesday after a pause 09:00–10:00 → 14:00.
    expect(at('2026-11-23T15:00', 6, [span('2026-11-24T09:00', '2026-11-24T10:00')])).toBe(
      iso(bj('2026-11-24T14:00')),
    )
  })

  it('a calendar that is never open cannot give a deadline: it says so instead of looping', () => {
    const never = makeCalendar({ hours: Array(7).fill([]) })
    let error: unknown
    try {
      advance(never, bj('2026-11-23T09:00'), HOUR, 'working_hours')
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(RangeError)
    expect((error as Error).message).toMatch(/too far away/)
  })
})

describe('properties on a calendar with a lunch break, a holiday and a make-up day', () => {
  const lunch = [
    { from: 8 * 60 + 30, to: 12 * 60 },
    { from: 13 * 60 + 30, to: 18 * 60 },
  ]
  const cal = makeCalendar({
    hours: [[], lunch, lunch, lunch, lunch, lunch, []],
    holidays: ['2026-10-01', '2026-10-02', '2026-10-05'],
    makeupWorkdays: ['2026-10-10'],
  })
  const start = fc.integer({ min: bj('2026-09-20T00:00').getTime(), max: bj('2026-11-30T00:00').getTime() })
  const budget = fc.integer({ min: 1, max: 40 * 60 }).map((m) => m * MINUTE)
  const pause = fc
    .tuple(fc.integer({ min: 0, max: 10 * 24 * 60 }), fc.integer({ min: 1, max: 3 * 24 * 60 }))
    .map(([off, len]) => [off * MINUTE, len * MINUTE] as const)

  it('the deadline falls on a working date, inside or at the end of its opening hours', () => {
    fc.assert(
      fc.property(start, budget, (s, b) => {
        const due = advance(cal, new Date(s), b, 'working_hours')
        const last = new Date(due.getTime() - 1)
        expect(isWorkingDate(cal, chinaDate(last))).toBe(true)
        const ivs = countableIntervals(cal, chinaDate(last), 'working_hours')
        expect(ivs.some((iv) => iv.from < due.getTime() && due.getTime() <= iv.to)).toBe(true)
      }),
    )
  })

  it('with pauses given in any order, the time counted up to the deadline minus the paused time is the budget', () => {
    fc.assert(
      fc.property(start, budget, fc.array(pause, { maxLength: 3 }), (s, b, ps) => {
        const from = new Date(s)
        const spans = ps.map(([off, len]) => ({ from: new Date(s + off), to: new Date(s + off + len) }))
        const due = advance(cal, from, b, 'working_hours', spans)
        // Count minute by minute what is countable and not paused between start and deadline.
        let free = 0
        for (const iv of intervalsBetween(cal, from, due)) {
          const cuts = spans
            .map((p) => [Math.max(p.from.getTime(), iv.from), Math.min(p.to.getTime(), iv.to)] as const)
            .filter(([a, z]) => a < z)
            .sort((x, y) => x[0] - y[0])
          let cursor = iv.from
          for (const [a, z] of cuts) {
            if (a > cursor) free += a - cursor
            cursor = Math.max(cursor, z)
          }
          if (cursor < iv.to) free += iv.to - cursor
        }
        expect(free).toBe(b)
      }),
    )
  })
})

/** The countable intervals between two instants, clipped to them. */
function intervalsBetween(cal: ReturnType<typeof makeCalendar>, from: Date, to: Date) {
  const out: { from: number; to: number }[] = []
  for (
    let d = chinaDate(from);
    d <= chinaDate(to);
    d = chinaDate(new Date(bj(`${d}T12:00`).getTime() + 24 * HOUR))
  ) {
    for (const iv of countableIntervals(cal, d, 'working_hours')) {
      const a = Math.max(iv.from, from.getTime())
      const z = Math.min(iv.to, to.getTime())
      if (a < z) out.push({ from: a, to: z })
    }
  }
  return out
}
