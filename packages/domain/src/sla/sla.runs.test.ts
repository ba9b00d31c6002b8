import { describe, expect, it } from 'vitest'
import { DAY, HOUR } from '../shared/clock'
import { makeCalendar } from './sla.calendar'
import { breachesToEscalate, type ClockEvent, type ClockState, computeClocks, nextDue } from './sla.clocks'
import { DEFAULT_SLA_SETTINGS, type SlaSettings } from './sla.policy'

const cal = makeCalendar({})
const bj = (s: string) => new Date(`${s}+08:00`)
const T = (h: number) => new Date(bj('2026-11-23T09:00').getTime() + h * HOUR) // Monday 09:00 + h hours
const opened = (hasStation: boolean, severity: 'general' | 'major' = 'general'): ClockEvent => ({
  type: 'opened',
  at: T(0),
  severity,
  hasStation,
})
const ev = (type: Exclude<ClockEvent['type'], 'opened' | 'status' | 'reclassified'>, h: number) =>
  ({ type, at: T(h) }) as ClockEvent
const run = (events: ClockEvent[], nowH = 200, settings: SlaSettings = DEFAULT_SLA_SETTINGS) =>
  computeClocks(events, settings, cal, T(nowH))
/** Each clock as [cycle, started (h), stopped (h or null), owner]. */
const summary = (clocks: ClockState[]) =>
  Object.fromEntries(
    clocks.map((c) => [
      c.clock,
      [
        c.cycle,
        (c.startedAt.getTime() - T(0).getTime()) / HOUR,
        c.stoppedAt && (c.stoppedAt.getTime() - T(0).getTime()) / HOUR,
        c.owner,
      ],
    ]),
  )

describe('which clocks run, from the history', () => {
  it.each([
    [
      'opened without a station',
      [opened(false)],
      { response: [1, 0, null, 'hq'], resolution: [1, 0, null, 'hq'] },
    ],
    [
      'opened with a station',
      [opened(true)],
      {
        response: [1, 0, null, 'station'],
        resolution: [1, 0, null, 'station'],
        station_completion: [1, 0, null, 'station'],
      },
    ],
    [
      'responded twice: the first answer stops the clock',
      [opened(false), ev('responded', 2), ev('responded', 5)],
      { response: [1, 0, 2, 'hq'], resolution: [1, 0, null, 'hq'] },
    ],
    [
      'assigned twice: the countermeasure clock keeps its first start',
      [opened(false), ev('assigned', 1), ev('assigned', 3)],
      { response: [1, 0, null, 'hq'], resolution: [1, 0, null, 'hq'], countermeasure: [1, 1, null, 'hq'] },
    ],
    [
      'a countermeasure stops its clock',
      [opened(false), ev('assigned', 1), ev('countermeasure', 4)],
      { response: [1, 0, null, 'hq'], resolution: [1, 0, null, 'hq'], countermeasure: [1, 1, 4, 'hq'] },
    ],
    [
      'a countermeasure recorded without an assignment starts nothing',
      [opened(false), ev('countermeasure', 4)],
      { response: [1, 0, null, 'hq'], resolution: [1, 0, null, 'hq'] },
    ],
    [
      'resolving stops resolution and station completion',
      [opened(true), ev('responded', 1), ev('resolved', 6)],
      {
        response: [1, 0, 1, 'station'],
        resolution: [1, 0, 6, 'station'],
        station_completion: [1, 0, 6, 'station'],
      },
    ],
    [
      'reopening with a station restarts resolution and station completion',
      [opened(true), ev('responded', 1), ev('resolved', 6), ev('reopened', 10)],
      {
        response: [1, 0, 1, 'station'],
        resolution: [2, 10, null, 'station'],
        station_completion: [2, 10, null, 'station'],
      },
    ],
    [
      'reopening without a station restarts resolution only',
      [opened(false), ev('responded', 1), ev('resolved', 6), ev('reopened', 10)],
      { response: [1, 0, 1, 'hq'], resolution: [2, 10, null, 'hq'] },
    ],
    [
      'technical support asked twice keeps its first start; the answer stops it',
      [opened(true), ev('tech_requested', 2), ev('tech_requested', 3), ev('tech_answered', 7)],
      {
        response: [1, 0, null, 'station'],
        resolution: [1, 0, null, 'station'],
        station_completion: [1, 0, null, 'station'],
        tech_support: [1, 2, 7, 'hq'],
      },
    ],
    [
      'an answer nobody asked for starts nothing',
      [opened(false), ev('tech_answered', 7)],
      { response: [1, 0, null, 'hq'], resolution: [1, 0, null, 'hq'] },
    ],
    // A history without its opening (e.g. only a reopening on file): no station is assumed.
    ['no opening on file', [ev('reopened', 10)], { resolution: [1, 10, null, 'hq'] }],
  ] as [string, ClockEvent[], object][])('%s', (_n, events, want) => {
    expect(summary(run(events))).toEqual(want)
  })
})

describe('budgets per clock and severity', () => {
  const budgets = (events: ClockEvent[]) =>
    Object.fromEntries(run(events, 1).map((c) => [c.clock, c.budgetMs]))
  it.each([
    ['a general complaint', [opened(true)], 3 * DAY],
    [
      'a major complaint, after later events',
      [opened(true, 'major'), ev('responded', 0.5), ev('assigned', 0.6)],
      15 * DAY,
    ],
    [
      'reclassified major',
      [opened(true), { type: 'reclassified', at: T(0.5), severity: 'major' } as ClockEvent],
      15 * DAY,
    ],
    [
      'reclassified back to general',
      [
        opened(true, 'major'),
        { type: 'reclassified', at: T(0.5), severity: 'general' } as ClockEvent,
        ev('responded', 0.7),
      ],
      3 * DAY,
    ],
  ])('resolution of %s', (_n, events, want) => {
    expect(budgets(events).resolution).toBe(want)
  })
  it('the countermeasure clock has its own budget, not the station’s', () => {
    const b = budgets([opened(true), ev('assigned', 0.5), ev('tech_requested', 0.5)])
    expect(b).toEqual({
      response: 24 * HOUR,
      resolution: 3 * DAY,
      station_completion: 5 * DAY,
      countermeasure: 7 * DAY,
      tech_support: 2 * DAY,
    })
  })
})

describe('near breach: within the last 20 % of the budget', () => {
  // The response clock: 24 h, so near breach from 19.2 h on (4.8 h left).
  const response = (events: ClockEvent[], nowMs: number) =>
    computeClocks(events, DEFAULT_SLA_SETTINGS, cal, new Date(T(0).getTime() + nowMs)).find(
      (c) => c.clock === 'response',
    )!
  it.each([
    ['plenty left (10 h in)', 10 * HOUR, false],
    ['1 ms before the last 20 %', 19.2 * HOUR - 1, false],
    ['exactly 20 % left', 19.2 * HOUR, true],
    ['2 h left (under 20 %, over 5 %)', 22 * HOUR, true],
    ['exactly at the deadline', 24 * HOUR, true],
    ['overdue: breached, no longer "near"', 24 * HOUR + 1, false],
  ])('%s → %s', (_n, nowMs, near) => {
    const c = response([opened(false)], nowMs)
    expect(c.nearBreach).toBe(near)
    expect(c.remainingMs).toBe(24 * HOUR - nowMs)
  })
  it('a clock met with little to spare is not near breach', () => {
    const c = response([opened(false), ev('responded', 23)], 23.5 * HOUR)
    expect(c).toMatchObject({ state: 'met', nearBreach: false, remainingMs: HOUR })
  })
})

describe('paused or running, and what the pause log shows', () => {
  const settings: SlaSettings = {
    ...DEFAULT_SLA_SETTINGS,
    pauses: { ...DEFAULT_SLA_SETTINGS.pauses, awaiting_customer: ['response', 'resolution'] },
  }
  const status = (
    h: number,
    s: string,
    reason: string | null = null,
    by: string | null = null,
  ): ClockEvent => ({
    type: 'status',
    at: T(h),
    status: s,
    reason,
    by,
  })
  const get = (events: ClockEvent[], nowH: number, name: string) =>
    run(events, nowH, settings).find((c) => c.clock === name)!

  it('a pause that ended earlier leaves the clock running', () => {
    const c = get([opened(false), status(1, 'awaiting_customer'), status(2, 'in_progress')], 3, 'response')
    expect(c.state).toBe('running')
    expect(c.pauses).toEqual([
      { from: T(1), to: T(2), status: 'awaiting_customer', reason: null, by: null, heldMs: HOUR },
    ])
  })

  it('an open pause: the clock is paused, the log shows no end yet and keeps why and who', () => {
    const events = [
      opened(false),
      status(1, 'awaiting_customer', '等客户 waiting', 'bj.staff'),
      ev('assigned', 2),
    ]
    const c = get(events, 3, 'response')
    expect(c.state).toBe('paused')
    expect(c.pauses).toEqual([
      {
        from: T(1),
        to: null,
        status: 'awaiting_customer',
        reason: '等客户 waiting',
        by: 'bj.staff',
        heldMs: 2 * HOUR,
      },
    ])
    expect(c.remainingMs).toBe(23 * HOUR)
  })

  it('a clock stopped during an open pause logs the pause up to the stop', () => {
    const events = [opened(false), status(1, 'awaiting_customer'), ev('responded', 2)]
    const c = get(events, 5, 'response')
    expect(c.state).toBe('met')
    expect(c.pauses).toEqual([
      { from: T(1), to: T(2), status: 'awaiting_customer', reason: null, by: null, heldMs: HOUR },
    ])
  })

  it('a pause that ended exactly when the case was reopened is not part of the new cycle', () => {
    const events = [
      opened(false),
      ev('resolved', 1),
      status(2, 'awaiting_customer'),
      status(4, 'closed'),
      ev('reopened', 4),
    ]
    const c = get(events, 6, 'resolution')
    expect(c.cycle).toBe(2)
    expect(c.pauses).toEqual([])
  })
})

describe('the nearest deadline and the breaches to escalate', () => {
  const clocks = run([opened(true), ev('assigned', 0), ev('countermeasure', 30), ev('responded', 1)], 30)
  it('counts running clocks only', () => {
    // Running: resolution (3 days), station completion (5 working days); the response clock is met.
    expect(nextDue(clocks)?.toISOString()).toBe(T(72).toISOString())
    expect(breachesToEscalate(clocks)).toEqual([])
  })
  it('nothing running: no deadline', () => {
    expect(nextDue(run([opened(false), ev('responded', 1), ev('resolved', 2)], 3))).toBeNull()
  })
  it('a clock stopped after breaching is not escalated; a running breached one is', () => {
    const late = run([opened(false), ev('responded', 30)], 80)
    expect(late.map((c) => [c.clock, c.state])).toEqual([
      ['response', 'breached'],
      ['resolution', 'breached'],
    ])
    expect(breachesToEscalate(late)).toEqual([{ clock: 'resolution', cycle: 1 }])
  })
})
