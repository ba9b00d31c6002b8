import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DAY, HOUR } from '../shared/clock'
import { makeCalendar } from '../sla/sla.calendar'
import { eightdRecipient } from './eightd.notify'
import {
  breachesOf,
  DEFAULT_EIGHTD_SETTINGS,
  eightdSettingsSchema,
  escalationOwnerOf,
  levelsReached,
  nextDeadline,
  stepDeadlines,
} from './eightd.policy'
import { DISCIPLINES } from './eightd.vocabulary'

const cal = makeCalendar({ holidays: ['2026-10-01'] })
const opened = new Date('2026-11-24T02:00:00Z')

describe('step deadlines from the opening', () => {
  const d = stepDeadlines(opened, DEFAULT_EIGHTD_SETTINGS, cal)
  it.each([
    ['D3', HOUR * 24],
    ['D4', DAY * 7],
    ['D5', DAY * 10],
    ['D8', DAY * 60],
    ['D0', HOUR * 24],
    ['D7', DAY * 60],
  ] as const)('%s is due %i ms after opening by default', (step, ms) => {
    expect(d[step].getTime() - opened.getTime()).toBe(ms)
  })
  it('working-day rules skip weekends on the calendar', () => {
    const settings = {
      ...DEFAULT_EIGHTD_SETTINGS,
      deadlines: { ...DEFAULT_EIGHTD_SETTINGS.deadlines, D3: { amount: 1, unit: 'working_days' as const } },
    }
    // Friday 10:00 (China) + 1 working day → Monday 10:00
    const friday = new Date('2026-11-27T02:00:00Z')
    expect(stepDeadlines(friday, settings, cal).D3.toISOString()).toBe('2026-11-30T02:00:00.000Z')
  })
  it('refuses settings where a later step is due before an earlier one', () => {
    const bad = {
      ...DEFAULT_EIGHTD_SETTINGS,
      deadlines: { ...DEFAULT_EIGHTD_SETTINGS.deadlines, D5: { amount: 2, unit: 'calendar_days' as const } },
    }
    expect(eightdSettingsSchema.safeParse(bad).success).toBe(false)
    expect(eightdSettingsSchema.safeParse(DEFAULT_EIGHTD_SETTINGS).success).toBe(true)
  })
  it('property: deadlines never decrease along D0…D8', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }),
        (at) => {
          const dl = stepDeadlines(at, DEFAULT_EIGHTD_SETTINGS, cal)
          DISCIPLINES.slice(1).forEach((s, i) => {
            expect(dl[s].getTime()).toBeGreaterThanOrEqual(dl[DISCIPLINES[i]!].getTime())
          })
        },
      ),
    )
  })
})

describe('overdue escalation levels', () => {
  const deadline = new Date('2026-11-25T02:00:00Z')
  it.each([
    [-1, []],
    [0, []],
    [1, [1]],
    [47 * HOUR, [1]],
    [48 * HOUR, [1, 2]],
    [96 * HOUR, [1, 2, 3]],
    [1000 * HOUR, [1, 2, 3]],
  ])('%i ms late reaches %j', (late, levels) => {
    expect(levelsReached(deadline, new Date(deadline.getTime() + late), 48)).toEqual(levels)
  })
  it.each([
    [1, 'supplier_contact'],
    [2, 'supplier_management'],
    [3, 'hq_purchasing'],
  ])('level %i goes to %s', (level, owner) => expect(escalationOwnerOf(level)).toBe(owner))
  it('only steps the supplier owes escalate; submitted or approved ones do not', () => {
    const now = new Date(deadline.getTime() + HOUR)
    const steps = [
      { step: 'D0' as const, status: 'approved' as const, deadlineAt: deadline },
      { step: 'D1' as const, status: 'submitted' as const, deadlineAt: deadline },
      { step: 'D2' as const, status: 'rejected' as const, deadlineAt: deadline },
      { step: 'D3' as const, status: 'draft' as const, deadlineAt: deadline },
      { step: 'D4' as const, status: 'draft' as const, deadlineAt: new Date(deadline.getTime() + DAY) },
    ]
    expect(breachesOf(steps, now, DEFAULT_EIGHTD_SETTINGS)).toEqual([
      { step: 'D2', level: 1 },
      { step: 'D3', level: 1 },
    ])
    expect(nextDeadline(steps)).toEqual(deadline)
  })
  it('property: levels are 1..n, at most 3, and never shrink as time passes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -DAY, max: 30 * DAY }),
        fc.integer({ min: 0, max: 10 * DAY }),
        fc.integer({ min: 1, max: 200 }),
        (late, more, every) => {
          const a = levelsReached(deadline, new Date(deadline.getTime() + late), every)
          const b = levelsReached(deadline, new Date(deadline.getTime() + late + more), every)
          expect(a).toEqual(a.map((_, i) => i + 1))
          expect(b.length).toBeGreaterThanOrEqual(a.length)
          expect(b.length).toBeLessThanOrEqual(3)
        },
      ),
    )
  })
})

describe('who hears about an overdue step', () => {
  it.each([
    [1, 'S-LAMP', 'quality@s-lamp.supplier.local'],
    [2, 'S-LAMP', 'management@s-lamp.supplier.local'],
    [3, 'S-LAMP', 'hq-purchasing@hq.local'],
  ])('level %i of %s goes to %s', (level, code, address) => {
    expect(eightdRecipient(escalationOwnerOf(level), code)).toBe(address)
  })
})
