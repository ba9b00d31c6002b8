// Deliberately not importing ./notices: those files are parsed when imported, and a broken rule must
// fail a test here rather than the loading of the module.
import { describe, expect, it } from 'vitest'
import { noticeDays, noticeSchema, sameYearDays, yearGrid } from './sla.notice'

type Holiday = { name: string; from: string; to: string; makeupWorkdays?: string[] }
const notice = (...holidays: Holiday[]) => ({ year: 2026, holidays })
const h = (from: string, to: string, makeupWorkdays: string[] = [], name = '国庆节'): Holiday => ({
  name,
  from,
  to,
  makeupWorkdays,
})
/** Every issue as [path, code]. */
const issues = (input: unknown) => {
  const r = noticeSchema.safeParse(input)
  return r.success ? [] : r.error.issues.map((i) => [i.path.join('.'), i.code])
}

describe('a notice that is right is taken as it is', () => {
  it('two holidays with make-up weekend days', () => {
    const n = notice(
      h('2026-10-01', '2026-10-07', ['2026-09-20', '2026-10-10']),
      h('2026-01-01', '2026-01-03', ['2026-01-04'], '元旦'),
    )
    expect(issues(n)).toEqual([])
    expect(noticeSchema.parse(n)).toEqual(n)
  })
  it.each([
    ['a one-day holiday', notice(h('2026-05-01', '2026-05-01'))],
    ['a holiday that starts the year before', notice(h('2025-12-31', '2026-01-02'))],
    ['a holiday that ends the year after', notice(h('2026-12-31', '2027-01-02'))],
    ['a range of exactly 31 days', notice(h('2026-07-01', '2026-07-31'))],
    ['a name of 60 characters', notice(h('2026-05-01', '2026-05-01', [], 'n'.repeat(60)))],
    [
      'four make-up days',
      notice(h('2026-10-01', '2026-10-07', ['2026-09-19', '2026-09-20', '2026-10-10', '2026-10-11'])),
    ],
    [
      'twenty holidays',
      notice(
        ...Array.from({ length: 20 }, (_, i) =>
          h(
            `2026-03-${String(i + 1).padStart(2, '0')}`,
            `2026-03-${String(i + 1).padStart(2, '0')}`,
            [],
            `d${i}`,
          ),
        ),
      ),
    ],
    ['the year 2000', { year: 2000, holidays: [h('2000-05-01', '2000-05-01')] }],
    ['the year 2100', { year: 2100, holidays: [h('2100-05-01', '2100-05-01')] }],
  ])('%s', (_n, n) => {
    expect(issues(n)).toEqual([])
  })
  it('trims the name and defaults the make-up days to none', () => {
    expect(
      noticeSchema.parse({
        year: 2026,
        holidays: [{ name: ' 劳动节 ', from: '2026-05-01', to: '2026-05-05' }],
      }),
    ).toEqual({
      year: 2026,
      holidays: [{ name: '劳动节', from: '2026-05-01', to: '2026-05-05', makeupWorkdays: [] }],
    })
  })
})

describe('a notice that is wrong names the field', () => {
  it.each([
    ['the year 1999', { year: 1999, holidays: [h('1999-05-01', '1999-05-01')] }, [['year', 'too_small']]],
    ['the year 2101', { year: 2101, holidays: [h('2101-05-01', '2101-05-01')] }, [['year', 'too_big']]],
    ['no holiday', notice(), [['holidays', 'too_small']]],
    [
      'twenty-one holidays',
      notice(
        ...Array.from({ length: 21 }, (_, i) =>
          h(`2026-03-${String(i + 1).padStart(2, '0')}`, `2026-03-${String(i + 1).padStart(2, '0')}`),
        ),
      ),
      [['holidays', 'too_big']],
    ],
    ['a blank name', notice(h('2026-05-01', '2026-05-01', [], '  ')), [['holidays.0.name', 'too_small']]],
    [
      'a name of 61 characters',
      notice(h('2026-05-01', '2026-05-01', [], 'n'.repeat(61))),
      [['holidays.0.name', 'too_big']],
    ],
    [
      'five make-up days',
      notice(
        h('2026-10-01', '2026-10-07', ['2026-09-19', '2026-09-20', '2026-10-10', '2026-10-11', '2026-10-17']),
      ),
      [['holidays.0.makeupWorkdays', 'too_big']],
    ],
    ['an end one day before the start', notice(h('2026-10-02', '2026-10-01')), [['holidays.0.to', 'custom']]],
    [
      'a range wholly in another year',
      notice(h('2025-10-01', '2025-10-03')),
      [['holidays.0.from', 'custom']],
    ],
    ['a range of 32 days', notice(h('2026-07-01', '2026-08-01')), [['holidays.0.to', 'custom']]],
    [
      'a day in two holidays',
      notice(h('2026-10-01', '2026-10-03'), h('2026-10-03', '2026-10-04', [], 'b')),
      [['holidays.1.from', 'custom']],
    ],
    [
      'a make-up day on a Friday',
      notice(h('2026-10-01', '2026-10-07', ['2026-10-09'])),
      [['holidays.0.makeupWorkdays.0', 'custom']],
    ],
    [
      'a make-up Saturday inside the holiday',
      notice(h('2026-10-01', '2026-10-07', ['2026-10-03'])),
      [['holidays.0.makeupWorkdays.0', 'custom']],
    ],
  ])('%s', (_n, input, want) => {
    expect(issues(input)).toEqual(want)
  })
})

describe('a notice as calendar days', () => {
  it('every day of each range a holiday, each make-up day a working day, in date order', () => {
    const n = noticeSchema.parse(
      notice(h('2026-10-01', '2026-10-03', ['2026-09-27']), h('2026-05-01', '2026-05-01', [], '劳动节')),
    )
    expect(noticeDays(n)).toEqual([
      { date: '2026-05-01', kind: 'holiday', name: '劳动节' },
      { date: '2026-09-27', kind: 'workday', name: '国庆节调休上班' },
      { date: '2026-10-01', kind: 'holiday', name: '国庆节' },
      { date: '2026-10-02', kind: 'holiday', name: '国庆节' },
      { date: '2026-10-03', kind: 'holiday', name: '国庆节' },
    ])
  })

  it('the same days in reverse or shuffled order are the same year; a changed one is not', () => {
    const a = { date: '2026-01-01', kind: 'holiday', name: '元旦' } as const
    const b = { date: '2026-01-04', kind: 'workday', name: '元旦调休上班' } as const
    const c = { date: '2026-05-01', kind: 'holiday', name: '劳动节' } as const
    expect(sameYearDays([a, b, c], [c, b, a])).toBe(true)
    expect(sameYearDays([b, c, a], [a, c, b])).toBe(true)
    expect(sameYearDays([c, a, b], [b, a, c])).toBe(true)
    expect(sameYearDays([a, b, c], [c, a, { ...b, name: 'x' }])).toBe(false)
  })

  it('lays each month out in whole Monday-first weeks', () => {
    const grid = yearGrid(2026, [])
    // 2026: February starts on a Sunday (4 weeks + pads → 5 rows); March on a Sunday (6 rows).
    expect(grid.map((m) => m.length)).toEqual([5, 5, 6, 5, 5, 5, 5, 6, 5, 5, 6, 5])
    expect(grid.every((m) => m.every((w) => w.length === 7))).toBe(true)
  })
})
