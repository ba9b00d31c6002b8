import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DAY, HOUR } from '../shared/clock'
import { makeCalendar } from './sla.calendar'
import { breachesToEscalate, type ClockEvent, computeClocks, nextDue } from './sla.clocks'
import { DEFAULT_SLA_SETTINGS, type SlaSettings } from './sla.policy'

const cal = makeCalendar({ holidays: ['2026-10-01', '2026-10-02'] })
const bj = (s: string) => new Date(`${s}+08:00`)
const opened = (at: string, severity: 'general' | 'major' = 'general'): ClockEvent => ({
  type: 'opened',
  at: bj(at),
  severity,
  hasStation: true,
})
const clock = (
  events: ClockEvent[],
  now: string,
  name: string,
  settings: SlaSettings = DEFAULT_SLA_SETTINGS,
) => computeClocks(events, settings, cal, bj(now)).find((c) => c.clock === name)

describe('the clocks of one complaint', () => {
  it('runs response, resolution and station completion from the moment it is opened', () => {
    const clocks = computeClocks(
      [opened('2026-11-23T09:00')],
      DEFAULT_SLA_SETTINGS,
      cal,
      bj('2026-11-23T10:00'),
    )
    expect(Object.fromEntries(clocks.map((c) => [c.clock, c.dueAt.toISOString()]))).toEqual({
      response: bj('2026-11-24T09:00').toISOString(),
      resolution: bj('2026-11-26T09:00').toISOString(),
      station_completion: bj('2026-11-30T09:00').toISOString(),
    })
  })

  it.each([
    [
      'responded in time',
      [opened('2026-11-23T09:00'), { type: 'responded', at: bj('2026-11-23T20:00') }],
      '2026-11-25T00:00',
      'met',
    ],
    [
      'responded late',
      [opened('2026-11-23T09:00'), { type: 'responded', at: bj('2026-11-24T10:00') }],
      '2026-11-25T00:00',
      'breached',
    ],
    ['not responded, overdue', [opened('2026-11-23T09:00')], '2026-11-24T09:01', 'breached'],
    ['not responded, still in time', [opened('2026-11-23T09:00')], '2026-11-24T08:59', 'running'],
  ] as [string, ClockEvent[], string, string][])('response clock: %s', (_n, events, now, state) => {
    expect(clock(events, now, 'response')?.state).toBe(state)
  })

  it('gives a major complaint 15 days, and reclassifying recomputes the deadline', () => {
    const events: ClockEvent[] = [
      opened('2026-11-02T09:00'),
      { type: 'reclassified', at: bj('2026-11-03T09:00'), severity: 'major' },
    ]
    expect(clock(events, '2026-11-04T00:00', 'resolution')?.dueAt.toISOString()).toBe(
      bj('2026-11-17T09:00').toISOString(),
    )
    expect(clock(events.slice(0, 1), '2026-11-04T00:00', 'resolution')?.dueAt.toISOString()).toBe(
      bj('2026-11-05T09:00').toISOString(),
    )
  })

  it('pauses only the clocks the policy names, and logs nothing else into them', () => {
    const settings = {
      ...DEFAULT_SLA_SETTINGS,
      pauses: { ...DEFAULT_SLA_SETTINGS.pauses, awaiting_parts: ['resolution' as const] },
    }
    const events: ClockEvent[] = [
      opened('2026-11-23T09:00'),
      { type: 'status', at: bj('2026-11-23T12:00'), status: 'awaiting_parts' },
      { type: 'status', at: bj('2026-11-24T12:00'), status: 'in_progress' },
    ]
    expect(clock(events, '2026-11-25T00:00', 'resolution', settings)?.dueAt.toISOString()).toBe(
      bj('2026-11-27T09:00').toISOString(),
    )
    expect(clock(events, '2026-11-25T00:00', 'station_completion', settings)?.dueAt.toISOString()).toBe(
      bj('2026-11-30T09:00').toISOString(),
    )
    expect(clock(events.slice(0, 2), '2026-11-23T13:00', 'resolution', settings)?.state).toBe('paused')
  })

  it('by default waiting on the customer pauses nothing', () => {
    const events: ClockEvent[] = [
      opened('2026-11-23T09:00'),
      { type: 'status', at: bj('2026-11-23T12:00'), status: 'awaiting_customer' },
    ]
    expect(clock(events, '2026-11-26T09:01', 'resolution')?.state).toBe('breached')
  })

  it('starts a new cycle when the case is reopened', () => {
    const events: ClockEvent[] = [
      opened('2026-11-23T09:00'),
      { type: 'resolved', at: bj('2026-11-24T09:00') },
      { type: 'reopened', at: bj('2026-11-27T09:00') },
    ]
    const c = clock(events, '2026-11-27T10:00', 'resolution')!
    expect(c).toMatchObject({ cycle: 2, state: 'running' })
    expect(c.dueAt.toISOString()).toBe(bj('2026-11-30T09:00').toISOString())
  })

  it('runs the countermeasure and technical-support clocks only once started', () => {
    const events: ClockEvent[] = [opened('2026-11-23T09:00')]
    expect(clock(events, '2026-11-23T10:00', 'countermeasure')).toBeUndefined()
    events.push(
      { type: 'assigned', at: bj('2026-11-23T10:00') },
      { type: 'tech_requested', at: bj('2026-11-27T10:00') },
    )
    expect(clock(events, '2026-11-27T11:00', 'countermeasure')?.dueAt.toISOString()).toBe(
      bj('2026-11-30T10:00').toISOString(),
    )
    expect(clock(events, '2026-11-27T11:00', 'tech_support')?.dueAt.toISOString()).toBe(
      bj('2026-12-01T10:00').toISOString(),
    )
  })

  it('reports breaches to escalate once per clock and cycle, and the nearest deadline', () => {
    const clocks = computeClocks(
      [opened('2026-11-23T09:00')],
      DEFAULT_SLA_SETTINGS,
      cal,
      bj('2026-11-24T10:00'),
    )
    expect(breachesToEscalate(clocks)).toEqual([{ clock: 'response', cycle: 1 }])
    expect(nextDue(clocks)?.toISOString()).toBe(bj('2026-11-24T09:00').toISOString())
  })

  it('pausing never shortens the remaining time (property)', () => {
    const settings = {
      ...DEFAULT_SLA_SETTINGS,
      pauses: {
        awaiting_parts: ['resolution' as const, 'station_completion' as const],
        awaiting_customer: [],
        awaiting_tech: [],
      },
    }
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5 * DAY }),
        fc.integer({ min: 1, max: 5 * DAY }),
        fc.integer({ min: 0, max: 10 * DAY }),
        (pauseAt, pauseLen, nowAt) => {
          const start = bj('2026-11-23T09:00').getTime()
          const base: ClockEvent[] = [
            { type: 'opened', at: new Date(start), severity: 'general', hasStation: true },
          ]
          const paused: ClockEvent[] = [
            ...base,
            { type: 'status', at: new Date(start + pauseAt), status: 'awaiting_parts' },
            { type: 'status', at: new Date(start + pauseAt + pauseLen), status: 'in_progress' },
          ]
          const now = new Date(start + nowAt)
          for (const name of ['resolution', 'station_completion']) {
            const a = computeClocks(base, settings, cal, now).find((c) => c.clock === name)!
            const b = computeClocks(paused, settings, cal, now).find((c) => c.clock === name)!
            expect(b.remainingMs).toBeGreaterThanOrEqual(a.remainingMs)
            expect(b.dueAt.getTime()).toBeGreaterThanOrEqual(a.dueAt.getTime())
          }
        },
      ),
    )
  })

  it('never calls a clock met before it started or breached while time remains', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 * DAY }), (nowAt) => {
        const now = new Date(bj('2026-11-23T09:00').getTime() + nowAt)
        for (const c of computeClocks([opened('2026-11-23T09:00')], DEFAULT_SLA_SETTINGS, cal, now)) {
          expect(c.state === 'breached').toBe(c.remainingMs < 0)
        }
      }),
    )
  })
})

it('hour arithmetic sanity', () => expect(HOUR * 24).toBe(DAY))
