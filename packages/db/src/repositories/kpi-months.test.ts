import { describe, expect, it } from 'vitest'
import { splitByMonth } from './kpi-months'

describe('a period cut into whole months and edge days', () => {
  it.each([
    ['one whole month', { from: '2026-11-01', to: '2026-11-30' }, ['2026-11'], []],
    [
      'a rolling year: edges at both ends',
      { from: '2025-12-05', to: '2026-12-04' },
      [
        '2026-01',
        '2026-02',
        '2026-03',
        '2026-04',
        '2026-05',
        '2026-06',
        '2026-07',
        '2026-08',
        '2026-09',
        '2026-10',
        '2026-11',
      ],
      [
        { from: '2025-12-05', to: '2025-12-31' },
        { from: '2026-12-01', to: '2026-12-04' },
      ],
    ],
    [
      'inside one month',
      { from: '2026-02-03', to: '2026-02-10' },
      [],
      [{ from: '2026-02-03', to: '2026-02-10' }],
    ],
    ['February of a leap year, whole', { from: '2028-02-01', to: '2028-02-29' }, ['2028-02'], []],
    [
      'one day short of the month',
      { from: '2028-02-01', to: '2028-02-28' },
      [],
      [{ from: '2028-02-01', to: '2028-02-28' }],
    ],
    ['across a year end', { from: '2025-12-01', to: '2026-01-31' }, ['2025-12', '2026-01'], []],
    ['empty (to before from)', { from: '2026-03-02', to: '2026-03-01' }, [], []],
  ])('%s', (_what, period, months, edges) => {
    expect(splitByMonth(period)).toEqual({ months, edges })
  })
})
