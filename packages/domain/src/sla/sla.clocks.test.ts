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

  it('calls a clock breached exactly when its deadline has passed, and whenever no time remains', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 12 * DAY }),
        fc.integer({ min: 0, max: 6 * DAY }),
        (nowAt, openAt) => {
          const openedAt = new Date(bj('2026-11-23T09:00').getTime() + openAt)
          const now = new Date(openedAt.getTime() + nowAt)
          const events: ClockEvent[] = [
            { type: 'opened', at: openedAt, severity: 'general', hasStation: true },
          ]
          for (const c of computeClocks(events, DEFAULT_SLA_SETTINGS, cal, now)) {
            expect(c.state === 'breached').toBe(now.getTime() > c.dueAt.getTime())
            if (c.remainingMs < 0) expect(c.state).toBe('breached')
          }
        },
      ),
    )
  })

  // The escalation board's CP-2026-000002: opened on a Saturday, its five working days ran out at the
  // end of Friday; all weekend no working time counts, so the remaining time sat at exactly zero and
  // the case stayed at "station" while a 6-hours-late response clock had already escalated.
  it('escalates a working-day clock whose deadline passed at the end of a Friday, during the weekend', () => {
    const events = [opened('2026-11-28T07:42')]
    const sunday = computeClocks(events, DEFAULT_SLA_SETTINGS, cal, bj('2026-12-06T05:42'))
    const station = sunday.find((c) => c.clock === 'station_completion')!
    expect(station.dueAt.toISOString()).toBe(bj('2026-12-05T00:00').toISOString())
    expect(station.remainingMs).toBe(0)
    expect(station.state).toBe('breached')
    expect(breachesToEscalate(sunday)).toContainEqual({ clock: 'station_completion', cycle: 1 })
    const friday = computeClocks(events, DEFAULT_SLA_SETTINGS, cal, bj('2026-12-04T23:59'))
    expect(friday.find((c) => c.clock === 'station_completion')!.state).toBe('running')
  })

  it('a clock stopped exactly at its deadline is met, a minute later breached', () => {
    const at = (t: string): ClockEvent[] => [opened('2026-11-23T09:00'), { type: 'responded', at: bj(t) }]
    expect(clock(at('2026-11-24T09:00'), '2026-11-30T00:00', 'response')?.state).toBe('met')
    expect(clock(at('2026-11-24T09:01'), '2026-11-30T00:00', 'response')?.state).toBe('breached')
  })
})

it('hour arithmetic sanity', () => expect(HOUR * 24).toBe(DAY))
