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
  isOverdue,
  levelsReached,
  MAX_EIGHTD_LEVEL,
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
    [-1, 'supplier_contact'],
    [0, 'supplier_contact'],
    [4, 'hq_purchasing'],
    [99, 'hq_purchasing'],
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

describe('default 8D settings', () => {
  it('are the issue’s deadlines, a 48-hour escalation pace and a 10 % fee between ¥200 and ¥50 000', () => {
    const { deadlines, ...rest } = DEFAULT_EIGHTD_SETTINGS
    const read = Object.entries(deadlines).map(([step, r]) => `${step} ${r.amount} ${r.unit}`)
    expect(read.join(' · ')).toBe(
      'D0 24 hours · D1 24 hours · D2 24 hours · D3 24 hours · D4 7 calendar_days · D5 10 calendar_days · ' +
        'D6 60 calendar_days · D7 60 calendar_days · D8 60 calendar_days',
    )
    expect(rest).toEqual({
      escalateEveryHours: 48,
      handlingFee: { rateBasisPoints: 1000, minimumFen: 20_000, maximumFen: 5_000_000 },
    })
  })
  it('parse as themselves', () => {
    expect(eightdSettingsSchema.safeParse(DEFAULT_EIGHTD_SETTINGS).data).toEqual(DEFAULT_EIGHTD_SETTINGS)
  })
})

describe('8D settings: bounds', () => {
  const D = DEFAULT_EIGHTD_SETTINGS
  const withDeadline = (step: string, amount: number, unit: string) => ({
    ...D,
    deadlines: { ...D.deadlines, [step]: { amount, unit } },
  })
  const withFee = (over: Partial<typeof D.handlingFee>) => ({
    ...D,
    handlingFee: { ...D.handlingFee, ...over },
  })
  it.each([
    ['escalate every 0 h', { ...D, escalateEveryHours: 0 }, false],
    ['escalate every 1 h', { ...D, escalateEveryHours: 1 }, true],
    ['escalate every 720 h', { ...D, escalateEveryHours: 720 }, true],
    ['escalate every 721 h', { ...D, escalateEveryHours: 721 }, false],
    ['escalate every 1.5 h', { ...D, escalateEveryHours: 1.5 }, false],
    ['rate −1 bp', withFee({ rateBasisPoints: -1 }), false],
    ['rate 0 bp', withFee({ rateBasisPoints: 0 }), true],
    ['rate 10 000 bp', withFee({ rateBasisPoints: 10_000 }), true],
    ['rate 10 001 bp', withFee({ rateBasisPoints: 10_001 }), false],
    ['rate 2.5 bp', withFee({ rateBasisPoints: 2.5 }), false],
    ['minimum −1', withFee({ minimumFen: -1 }), false],
    ['minimum 0', withFee({ minimumFen: 0 }), true],
    ['minimum 100 000 000', withFee({ minimumFen: 100_000_000 }), true],
    ['minimum 100 000 001', withFee({ minimumFen: 100_000_001 }), false],
    ['minimum 0.5', withFee({ minimumFen: 0.5 }), false],
    ['maximum −1', withFee({ maximumFen: -1 }), false],
    ['maximum 0', withFee({ maximumFen: 0 }), true],
    ['maximum 1 000 000 000', withFee({ maximumFen: 1_000_000_000 }), true],
    ['maximum 1 000 000 001', withFee({ maximumFen: 1_000_000_001 }), false],
    ['maximum 0.5', withFee({ maximumFen: 0.5 }), false],
    ['no handling fee', { deadlines: D.deadlines, escalateEveryHours: 48 }, false],
    ['a step without a deadline', { ...D, deadlines: { ...D.deadlines, D6: undefined } }, false],
    ['D5 due with D4 (equal is fine)', withDeadline('D5', 7, 'calendar_days'), true],
    ['D4 within 168 hours equals 7 days', withDeadline('D4', 168, 'hours'), true],
    ['D1 an hour before D0', withDeadline('D1', 23, 'hours'), false],
    ['D8 before D7', withDeadline('D8', 59, 'calendar_days'), false],
  ])('%s', (_, settings, ok) => {
    expect(eightdSettingsSchema.safeParse(settings).success).toBe(ok)
  })
  it('a later step due before an earlier one is reported on deadlines', () => {
    const r = eightdSettingsSchema.safeParse({
      ...D,
      deadlines: { ...D.deadlines, D5: { amount: 2, unit: 'calendar_days' } },
    })
    expect(r.success).toBe(false)
    expect(r.error?.issues.map((i) => ({ path: i.path, message: i.message }))).toEqual([
      { path: ['deadlines'], message: 'a later step may not be due before an earlier one' },
    ])
  })
  it('parsing keeps the handling fee', () => {
    const settings = withFee({ rateBasisPoints: 250, minimumFen: 100, maximumFen: 900 })
    expect(eightdSettingsSchema.safeParse(settings).data?.handlingFee).toEqual({
      rateBasisPoints: 250,
      minimumFen: 100,
      maximumFen: 900,
    })
  })
})

describe('overdue: owed and strictly past the deadline', () => {
  const deadlineAt = new Date('2026-11-25T02:00:00Z')
  const at = (ms: number) => new Date(deadlineAt.getTime() + ms)
  it.each([
    ['draft', -1, false],
    ['draft', 0, false],
    ['draft', 1, true],
    ['rejected', 0, false],
    ['rejected', 1, true],
    ['submitted', DAY, false],
    ['resubmitted', DAY, false],
    ['approved', DAY, false],
  ] as const)('a %s step %i ms after its deadline is overdue: %s', (status, late, overdue) => {
    expect(isOverdue({ step: 'D3', status, deadlineAt }, at(late))).toBe(overdue)
  })
  it.each([
    [[], null],
    [[{ step: 'D0', status: 'approved', deadlineAt: at(-DAY) }], null],
    [
      [
        { step: 'D0', status: 'approved', deadlineAt: at(-DAY) },
        { step: 'D1', status: 'submitted', deadlineAt: at(-HOUR) },
        { step: 'D2', status: 'draft', deadlineAt: at(HOUR) },
        { step: 'D3', status: 'rejected', deadlineAt: at(2 * HOUR) },
      ],
      at(HOUR),
    ],
    [
      [
        { step: 'D4', status: 'draft', deadlineAt: at(3 * DAY) },
        { step: 'D3', status: 'rejected', deadlineAt: at(2 * DAY) },
      ],
      at(2 * DAY),
    ],
  ] as const)('steps %j: next deadline %s', (steps, next) => {
    expect(nextDeadline(steps)).toEqual(next)
  })
  it('a step far overdue breaches every level, each listed once', () => {
    const steps = [
      { step: 'D3' as const, status: 'draft' as const, deadlineAt },
      { step: 'D4' as const, status: 'rejected' as const, deadlineAt: at(DAY) },
      { step: 'D5' as const, status: 'approved' as const, deadlineAt },
    ]
    expect(breachesOf(steps, at(4 * DAY), DEFAULT_EIGHTD_SETTINGS)).toEqual([
      { step: 'D3', level: 1 },
      { step: 'D3', level: 2 },
      { step: 'D3', level: 3 },
      { step: 'D4', level: 1 },
      { step: 'D4', level: 2 },
    ])
    expect(breachesOf(steps, deadlineAt, DEFAULT_EIGHTD_SETTINGS)).toEqual([])
  })
  it.each([
    [24, 24 * HOUR - 1, [1]],
    [24, 24 * HOUR, [1, 2]],
    [24, 48 * HOUR, [1, 2, 3]],
    [1, HOUR, [1, 2]],
    [1, 2 * HOUR + 1, [1, 2, 3]],
  ])('every %i h, %i ms late → %j', (every, late, levels) => {
    expect(levelsReached(deadlineAt, at(late), every)).toEqual(levels)
  })
  it('there are three levels', () => {
    expect(MAX_EIGHTD_LEVEL).toBe(3)
  })
})

describe('deadlines per rule kind', () => {
  it('hours, working days and calendar days each count from the opening', () => {
    const settings = {
      ...DEFAULT_EIGHTD_SETTINGS,
      deadlines: {
        ...DEFAULT_EIGHTD_SETTINGS.deadlines,
        D0: { amount: 2, unit: 'hours' as const },
        D4: { amount: 3, unit: 'working_days' as const },
      },
    }
    // Friday 10:00 China time
    const friday = new Date('2026-11-27T02:00:00Z')
    const d = stepDeadlines(friday, settings, cal)
    expect(Object.keys(d)).toEqual([...DISCIPLINES])
    expect(d.D0.toISOString()).toBe('2026-11-27T04:00:00.000Z')
    expect(d.D3.toISOString()).toBe('2026-11-28T02:00:00.000Z')
    expect(d.D4.toISOString()).toBe('2026-12-02T02:00:00.000Z')
    expect(d.D5.toISOString()).toBe('2026-12-07T02:00:00.000Z')
  })
})
