import { describe, expect, it } from 'vitest'
import { chinaDateTime, fromChinaWallClock } from '../shared/china-time'
import { HOUR } from '../shared/clock'
import { makeCalendar, stationCalendar, type WeeklyHours } from './sla.calendar'
import { type ClockEvent, computeClocks } from './sla.clocks'
import { DEFAULT_SLA_SETTINGS, type SlaSettings } from './sla.policy'
import { ERPNEXT_SLA_FACTS } from './sla.reference-facts'

const bj = (s: string) => new Date(`${s}+08:00`)
const day = (from: number, to: number) => [{ from: from * 60, to: to * 60 }]
const weekdays = (from: number, to: number): WeeklyHours => [[], ...Array(5).fill(day(from, to)), []]

/** HQ's desk 09:00–17:00 on weekdays; the station 08:00–20:00 every day. */
const hq = makeCalendar({ hours: weekdays(9, 17) })
const station = stationCalendar(hq, { hours: Array(7).fill(day(8, 20)) })
const inHours: SlaSettings = {
  ...DEFAULT_SLA_SETTINGS,
  response: { amount: 2, unit: 'working_hours' },
  techSupport: { amount: 2, unit: 'working_hours' },
  pauses: { ...DEFAULT_SLA_SETTINGS.pauses, awaiting_customer: ['response'] },
}
const opened = (at: string, hasStation = true): ClockEvent => ({
  type: 'opened',
  at: bj(at),
  severity: 'general',
  hasStation,
})
const due = (events: ClockEvent[], name: string, now = '2026-12-31T00:00', s = inHours) =>
  computeClocks(events, s, { hq, station }, bj(now)).find((c) => c.clock === name)!

describe('each clock runs on the calendar of whoever owes the answer', () => {
  it('the station owes the response (its hours), HQ the technical answer (the desk hours)', () => {
    const events: ClockEvent[] = [
      opened('2026-11-28T19:00'),
      { type: 'tech_requested', at: bj('2026-11-28T19:00') },
    ]
    const response = due(events, 'response')
    expect(response.owner).toBe('station')
    expect(response.dueAt.toISOString()).toBe(bj('2026-11-29T09:00').toISOString()) // Sat 19–20, Sun 08–09
    const tech = due(events, 'tech_support')
    expect(tech.owner).toBe('hq')
    expect(tech.dueAt.toISOString()).toBe(bj('2026-11-30T11:00').toISOString()) // Monday's desk hours
  })

  it('a case without a station runs every clock on the desk', () => {
    const response = due([opened('2026-11-28T19:00', false)], 'response')
    expect(response.owner).toBe('hq')
    expect(response.dueAt.toISOString()).toBe(bj('2026-11-30T11:00').toISOString())
  })
})

describe('pauses', () => {
  const waiting = (from: string, to: string): ClockEvent[] => [
    {
      type: 'status',
      at: bj(from),
      status: 'awaiting_customer',
      reason: '等客户到店 waiting for the car',
      by: 'bj.staff',
    },
    { type: 'status', at: bj(to), status: 'in_progress', reason: null, by: 'bj.staff' },
  ]
  it.each([
    [
      'outside the station hours moves nothing',
      '2026-11-23T20:30',
      '2026-11-24T07:30',
      '2026-11-24T09:00',
      0,
    ],
    [
      'inside them moves the deadline by the paused working time',
      '2026-11-23T19:00',
      '2026-11-24T09:00',
      '2026-11-24T11:00',
      2,
    ],
  ])('a pause %s', (_n, from, to, want, heldHours) => {
    const c = due([opened('2026-11-23T19:00'), ...waiting(from, to)], 'response')
    expect(c.dueAt.toISOString()).toBe(bj(want).toISOString())
    expect(c.pauses).toEqual([
      {
        from: bj(from),
        to: bj(to),
        status: 'awaiting_customer',
        reason: '等客户到店 waiting for the car',
        by: 'bj.staff',
        heldMs: heldHours * HOUR,
      },
    ])
  })
})

/** The peer suite's facts (ERPNext's SLA tests), here on HQ's desk (no station). */
describe('ERPNext SLA facts', () => {
  const f = ERPNEXT_SLA_FACTS
  const desk = makeCalendar({
    hours: [[], ...Array(5).fill([f.hours]), []],
    holidays: [f.holiday],
  })
  const erp: SlaSettings = {
    ...DEFAULT_SLA_SETTINGS,
    response: { amount: f.responseHours, unit: 'working_hours' },
    resolutionGeneral: { amount: f.resolutionHours, unit: 'working_hours' },
  }
  it.each(f.cases)('opened $opened', ({ at, response, resolution }) => {
    const opened = fromChinaWallClock(new Date(`${at.replace(' ', 'T')}Z`))
    const clocks = computeClocks(
      [{ type: 'opened', at: opened, severity: 'general', hasStation: false }],
      erp,
      desk,
      opened,
    )
    const of = (n: string) => chinaDateTime(clocks.find((c) => c.clock === n)!.dueAt)
    expect([of('response'), of('resolution')]).toEqual([response, resolution])
  })
})
