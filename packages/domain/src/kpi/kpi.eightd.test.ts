import { describe, expect, it } from 'vitest'
import type { ScorecardClaim } from '../eightd'
import { DISCIPLINES } from '../eightd'
import { chinaInstant } from '../shared/china-time'
import { DAY } from '../shared/clock'
import { eightdFigures } from './kpi.eightd'

const march = { from: '2026-03-01', to: '2026-03-31' }
const FAR = chinaInstant('2027-01-01', 0)

/** A claim opened at `openedAt` whose step i was approved `approvedAfter[i]` days after the opening. */
function claim(
  openedAt: Date,
  approvedAfter: number[],
  opts: { closed?: boolean; deadlines?: (Date | undefined)[] } = {},
): ScorecardClaim {
  return {
    openedAt,
    closedAt: opts.closed ? FAR : null,
    recoveredFen: 0,
    steps: DISCIPLINES.map((step, i) => {
      const after = approvedAfter[i]
      const approved = after === undefined ? null : new Date(openedAt.getTime() + after * DAY)
      return {
        step,
        deadlineAt: opts.deadlines?.[i] ?? FAR,
        approvedSubmissionAt: approved,
        approvedAt: approved,
      }
    }),
  }
}

describe('the 8D figures of a period', () => {
  // First minute of 1 March and last minute of 31 March (China time) are in; the minutes either side are out.
  const first = claim(chinaInstant('2026-03-01', 0), [1, 3], { closed: true })
  const last = claim(chinaInstant('2026-03-31', 1439), [2], { closed: true })
  const before = claim(chinaInstant('2026-02-28', 1439), [10, 30], { closed: true })
  const after = claim(chinaInstant('2026-04-01', 0), [10, 30], { closed: true })

  it.each<[string, ScorecardClaim[], number | null]>([
    // D0 took 1 and 2 days (mean 1.5), D1 took 2 days: (1.5 + 2 + 1.5) / 3 approved steps = 1.67
    ['claims opened on the first and the last China date of the period', [first, last, before, after], 1.67],
    ['only the claim opened on the first date', [first, before], 1.5],
    ['only the claim opened on the last date', [last, after], 2],
    ['claims opened just outside the period only', [before, after], null],
    ['no claims', [], null],
  ])('%s', (_, claims, avg) => {
    expect(eightdFigures(claims, march, FAR).stepDaysAvg).toBe(avg)
  })

  it('a step approved without an approved submission counts as a step with no mean (0 days)', () => {
    const c = claim(chinaInstant('2026-03-05', 600), [4])
    const odd: ScorecardClaim = {
      ...c,
      steps: c.steps.map((s, i) =>
        i === 1 ? { ...s, approvedAt: new Date(c.openedAt.getTime() + 6 * DAY) } : s,
      ),
    }
    // D0: 4 days; D1 approved but its submission unknown, so the scorecard has no mean for D1: (4 + 0) / 2
    expect(eightdFigures([odd], march, FAR).stepDaysAvg).toBe(2)
  })

  it('overdue claims: open, with a step not approved past its deadline, opened in any period', () => {
    const now = chinaInstant('2026-04-15', 0)
    const past = new Date(now.getTime() - 1)
    const deadlines = [past, past]
    const claims = [
      // D0 approved (its deadline passed, which no longer matters), D1 open and past: overdue, opened in January
      claim(chinaInstant('2026-01-10', 0), [1], { deadlines }),
      // overdue, opened in the period
      claim(chinaInstant('2026-03-10', 0), [1], { deadlines }),
      // the open step is due exactly now: not yet overdue
      claim(chinaInstant('2026-03-11', 0), [1], { deadlines: [past, now] }),
      // closed: never overdue
      claim(chinaInstant('2026-03-12', 0), [1], { deadlines, closed: true }),
      // only the approved step is past its deadline; the open ones are due later
      claim(chinaInstant('2026-03-13', 0), [1], { deadlines: [past] }),
    ]
    expect(eightdFigures(claims, march, now).overdueClaims).toBe(2)
    expect(eightdFigures([], march, now)).toEqual({ stepDaysAvg: null, overdueClaims: 0 })
  })
})
