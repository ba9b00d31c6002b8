import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays } from '../shared/china-time'
import { HOUR } from '../shared/clock'
import { SHIPPED_NOTICES } from './notices'

const STATE_COUNCIL_2025 = SHIPPED_NOTICES[2025]!
const STATE_COUNCIL_2026 = SHIPPED_NOTICES[2026]!

import { advance, makeCalendar } from './sla.calendar'
import { noticeDays, noticeSchema, sameYearDays, yearGrid, yearsWithoutCalendar } from './sla.notice'

const bj = (s: string) => new Date(`${s}+08:00`)
const days = (n: typeof STATE_COUNCIL_2026) => noticeDays(noticeSchema.parse(n))
const kinds = (n: typeof STATE_COUNCIL_2026, kind: 'holiday' | 'workday') =>
  days(n)
    .filter((d) => d.kind === kind)
    .map((d) => d.date)

describe('the shipped State Council notices', () => {
  it('2026: 33 days off in seven ranges and six make-up working days', () => {
    expect(kinds(STATE_COUNCIL_2026, 'holiday')).toHaveLength(3 + 9 + 3 + 5 + 3 + 3 + 7)
    expect(kinds(STATE_COUNCIL_2026, 'holiday')).toContain('2026-02-23')
    expect(kinds(STATE_COUNCIL_2026, 'workday')).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ])
  })

  it('2025: 27 days off and five make-up working days', () => {
    expect(kinds(STATE_COUNCIL_2025, 'holiday')).toHaveLength(1 + 8 + 3 + 5 + 3 + 8)
    expect(kinds(STATE_COUNCIL_2025, 'workday')).toEqual([
      '2025-01-26',
      '2025-02-08',
      '2025-04-27',
      '2025-09-28',
      '2025-10-11',
    ])
  })

  it('loading 2026 moves a five-working-day deadline across the Spring Festival', () => {
    const start = bj('2026-02-12T10:00') // Thursday before the holiday
    const empty = makeCalendar({})
    const loaded = makeCalendar({
      holidays: kinds(STATE_COUNCIL_2026, 'holiday'),
      makeupWorkdays: kinds(STATE_COUNCIL_2026, 'workday'),
    })
    expect(advance(empty, start, 5 * 24 * HOUR, 'working_days').toISOString()).toBe(
      bj('2026-02-19T10:00').toISOString(),
    )
    // Thu 12 (from 10:00), Fri 13, Sat 14 (调休上班), the holiday, Tue 24, Wed 25, Thu 26 until 10:00
    expect(advance(loaded, start, 5 * 24 * HOUR, 'working_days').toISOString()).toBe(
      bj('2026-02-26T10:00').toISOString(),
    )
  })
})

describe('importing a notice', () => {
  const one = (h: object) => ({
    year: 2026,
    holidays: [{ name: 'x', from: '2026-10-01', to: '2026-10-07', ...h }],
  })
  it.each([
    ['a range that ends before it starts', one({ to: '2026-09-30' }), 'holidays.0.to'],
    ['an impossible date', one({ from: '2026-02-30' }), 'holidays.0.from'],
    ['a make-up day on a weekday', one({ makeupWorkdays: ['2026-10-09'] }), 'holidays.0.makeupWorkdays.0'],
    [
      'a make-up day inside the holiday',
      one({ makeupWorkdays: ['2026-10-03'] }),
      'holidays.0.makeupWorkdays.0',
    ],
    ['a range of another year', { ...one({}), year: 2025 }, 'holidays.0.from'],
    ['a range of 32 days', one({ to: '2026-11-01' }), 'holidays.0.to'],
    ['an end that is no date (the range is not walked)', one({ to: '<script>' }), 'holidays.0.to'],
  ])('refuses %s, naming the field', (_n, input, path) => {
    const r = noticeSchema.safeParse(input)
    expect(r.success).toBe(false)
    expect(r.error?.issues.map((i) => i.path.join('.'))).toContain(path)
  })

  it('takes a range of exactly 31 days, and an end that is no date gets one issue, on that field', () => {
    expect(noticeSchema.safeParse(one({ to: '2026-10-31' })).success).toBe(true)
    const r = noticeSchema.safeParse(one({ to: 'z'.repeat(10) }))
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['holidays.0.to'])
  })

  it('refuses two holidays sharing a day', () => {
    const r = noticeSchema.safeParse({
      year: 2026,
      holidays: [
        { name: 'a', from: '2026-10-01', to: '2026-10-03' },
        { name: 'b', from: '2026-10-03', to: '2026-10-04' },
      ],
    })
    expect(r.error?.issues[0]?.message).toContain('2026-10-03 is already in a')
  })

  it('previews the year as a grid of months and Monday-first weeks', () => {
    const grid = yearGrid(2026, days(STATE_COUNCIL_2026))
    expect(grid).toHaveLength(12)
    const feb = grid[1]!.flat()
    expect(feb.filter((d) => d !== null)).toHaveLength(28)
    expect(feb.indexOf(feb.find((d) => d?.date === '2026-02-01')!)).toBe(6) // a Sunday
    expect(feb.find((d) => d?.date === '2026-02-14')?.kind).toBe('makeup')
    expect(feb.find((d) => d?.date === '2026-02-17')).toMatchObject({
      kind: 'holiday',
      name: '春节 Spring Festival',
    })
    expect(feb.find((d) => d?.date === '2026-02-07')?.kind).toBe('weekend')
    expect(feb.find((d) => d?.date === '2026-02-26')?.kind).toBe('workday')
  })

  it('warns of every year a span crosses without a calendar', () => {
    expect(yearsWithoutCalendar(new Set([2026]), bj('2026-12-28T10:00'), bj('2027-01-08T10:00'))).toEqual([
      2027,
    ])
    expect(yearsWithoutCalendar(new Set([2026]), bj('2026-03-01T10:00'), bj('2026-03-08T10:00'))).toEqual([])
  })
})

describe('a year loaded twice is recognised', () => {
  const day = fc.record({
    date: fc.integer({ min: 0, max: 364 }).map((n) => addDays('2026-01-01', n)),
    kind: fc.constantFrom('holiday' as const, 'workday' as const),
    name: fc.string({ minLength: 1, maxLength: 6 }),
  })
  const year = fc.uniqueArray(day, { selector: (d) => d.date, maxLength: 40 })

  it('the same days in any order are the same year', () => {
    fc.assert(
      fc.property(year, fc.nat(), (days, seed) => {
        const shuffled = [...days].sort(
          (a, b) => ((a.date.charCodeAt(9) + seed) % 7) - ((b.date.charCodeAt(9) + seed) % 7),
        )
        expect(sameYearDays(days, shuffled)).toBe(true)
      }),
    )
  })

  it('one day added, dropped, renamed or turned into the other kind is a change', () => {
    fc.assert(
      fc.property(
        year.filter((d) => d.length > 0),
        fc.nat(),
        (days, pick) => {
          const i = pick % days.length
          const d = days[i]!
          const other = d.kind === 'holiday' ? 'workday' : 'holiday'
          expect(sameYearDays(days, days.slice(1))).toBe(false)
          expect(
            sameYearDays(
              days,
              days.map((x, j) => (j === i ? { ...x, name: `${x.name}!` } : x)),
            ),
          ).toBe(false)
          expect(
            sameYearDays(
              days,
              days.map((x, j) => (j === i ? { ...x, kind: other } : x)),
            ),
          ).toBe(false)
        },
      ),
    )
  })

  it('the shipped 2026 notice read back from its days is the same year', () => {
    const days = noticeDays(noticeSchema.parse(SHIPPED_NOTICES[2026]))
    expect(sameYearDays(days, [...days].reverse())).toBe(true)
  })
})
