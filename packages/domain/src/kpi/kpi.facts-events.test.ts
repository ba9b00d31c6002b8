import { describe, expect, it } from 'vitest'
import { makeCalendar } from '../sla/sla.calendar'
import { DEFAULT_SLA_SETTINGS } from '../sla/sla.policy'
import { type ComplaintForFact, complaintFact } from './kpi.facts'
import { cn, complaintC1, complaintEvent, openedEvent, pendingFact } from './kpi.test-fixtures'

const cal = makeCalendar({ holidays: ['2026-04-06'] })
const base = complaintC1
const ev = complaintEvent
const opened = openedEvent
const now = cn('2026-03-10 00:00')

describe('a complaint’s fact from its history', () => {
  it('events stored out of order are read in time order: the first response is the earliest', () => {
    const f = complaintFact(
      base,
      [
        ev('responded', '2026-03-02 12:00'),
        ev('resolved', '2026-03-03 09:00'),
        ev('responded', '2026-03-02 10:00'),
        opened('2026-03-02 09:00'),
      ],
      DEFAULT_SLA_SETTINGS,
      cal,
      now,
    )
    expect([f.responseMinutes, f.resolutionMinutes, f.response, f.resolution]).toEqual([
      60,
      1440,
      'met',
      'met',
    ])
  })

  it('working minutes count whole working days, even where a desk keeps opening hours', () => {
    const office = makeCalendar({
      hours: [
        [],
        ...Array.from({ length: 5 }, () => [
          { from: 510, to: 720 },
          { from: 810, to: 1080 },
        ]),
        [],
      ],
    })
    const f = complaintFact(
      base,
      [opened('2026-03-02 09:00'), ev('responded', '2026-03-02 14:00')],
      DEFAULT_SLA_SETTINGS,
      office,
      now,
    )
    expect(f.responseMinutes).toBe(300)
  })

  it.each<[string, ComplaintForFact['followUp'], boolean, boolean]>([
    ['no follow-up', null, false, false],
    ['followed up, not satisfied', { satisfied: false }, true, false],
    ['followed up, satisfied', { satisfied: true }, true, true],
  ])('%s', (_, followUp, followedUp, satisfied) => {
    const f = complaintFact(
      { ...base, followUp },
      [opened('2026-03-02 09:00')],
      DEFAULT_SLA_SETTINGS,
      cal,
      now,
    )
    expect([f.followedUp, f.satisfied]).toEqual([followedUp, satisfied])
  })

  it('without an opening event no clock runs: both outcomes pending, no minutes', () => {
    const f = complaintFact(base, [], DEFAULT_SLA_SETTINGS, cal, now)
    expect(f).toEqual(
      pendingFact({
        complaintId: 'c1',
        openedDay: '2026-03-02',
        stationId: 's1',
        region: 'north',
        productLineId: 'p1',
        cause: 'repair_quality',
      }),
    )
  })
})
