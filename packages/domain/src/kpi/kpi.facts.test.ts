import { describe, expect, it } from 'vitest'
import { makeCalendar } from '../sla/sla.calendar'
import { DEFAULT_SLA_SETTINGS } from '../sla/sla.policy'
import { type ComplaintForFact, complaintFact } from './kpi.facts'
import { cn, complaintC1, complaintEvent, openedEvent } from './kpi.test-fixtures'

const cal = makeCalendar({ holidays: ['2026-04-06'] })
const base: ComplaintForFact = { ...complaintC1, status: 'closed', followUp: { satisfied: true } }
const ev = complaintEvent
const opened = openedEvent

describe('a complaint’s fact', () => {
  it('Monday: answered after 3 h, resolved after 2 days — both on time', () => {
    const f = complaintFact(
      base,
      [opened('2026-03-02 09:00'), ev('responded', '2026-03-02 12:00'), ev('resolved', '2026-03-04 09:00')],
      DEFAULT_SLA_SETTINGS,
      cal,
      cn('2026-03-10 00:00'),
    )
    expect(f).toMatchObject({
      openedDay: '2026-03-02',
      closed: true,
      response: 'met',
      resolution: 'met',
      responseMinutes: 180,
      resolutionMinutes: 2880,
      reopened: false,
      followedUp: true,
      satisfied: true,
    })
  })

  it('Friday 20:00 answered Monday 02:00: 6 working hours, yet late against the 24-hour clock', () => {
    const f = complaintFact(
      { ...base, openedAt: cn('2026-03-06 20:00'), status: 'responded', followUp: null },
      [opened('2026-03-06 20:00'), ev('responded', '2026-03-09 02:00')],
      DEFAULT_SLA_SETTINGS,
      cal,
      cn('2026-03-09 03:00'),
    )
    expect(f.responseMinutes).toBe(360)
    expect(f.response).toBe('late')
    expect(f.resolution).toBe('pending')
    expect(f.resolutionMinutes).toBeNull()
    expect(f.closed).toBe(false)
  })

  it('a holiday does not count; a reopened case is judged on its last run; the China date files it', () => {
    const f = complaintFact(
      { ...base, openedAt: cn('2026-04-03 23:30'), followUp: { satisfied: false }, status: 'in_progress' },
      [
        opened('2026-04-03 23:30'),
        ev('responded', '2026-04-07 00:30'),
        ev('resolved', '2026-04-07 10:00'),
        ev('reopened', '2026-04-08 10:00'),
      ],
      DEFAULT_SLA_SETTINGS,
      cal,
      cn('2026-04-20 00:00'),
    )
    // Fri 23:30–24:00 counts (30 min); Sat, Sun and the Monday holiday do not; Tue 00:00–00:30 (30 min).
    expect(f.responseMinutes).toBe(60)
    expect(f.resolutionMinutes).toBe(30 + 600)
    expect(f.openedDay).toBe('2026-04-03')
    expect(f.reopened).toBe(true)
    // Second run from 04-08 10:00, 3 calendar days, never resolved by 04-20: late.
    expect(f.resolution).toBe('late')
    expect(f.satisfied).toBe(false)
    expect(f.followedUp).toBe(true)
  })
})
