import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DAY } from '../shared/clock'
import { type ScorecardClaim, supplierScorecard } from './eightd.scorecard'
import { DISCIPLINES } from './eightd.vocabulary'

const t0 = new Date('2026-01-01T00:00:00Z').getTime()
const at = (days: number) => new Date(t0 + days * DAY)

/** A claim whose step i was approved on day approvals[i], submitted on that day, due on day dues[i]. */
function claim(
  approvals: (number | null)[],
  dues: number[],
  recoveredFen = 0,
  closed = false,
): ScorecardClaim {
  return {
    openedAt: at(0),
    closedAt: closed ? at(100) : null,
    recoveredFen,
    steps: DISCIPLINES.map((step, i) => ({
      step,
      deadlineAt: at(dues[i] ?? 60),
      approvedSubmissionAt: approvals[i] == null ? null : at(approvals[i]!),
      approvedAt: approvals[i] == null ? null : at(approvals[i]!),
    })),
  }
}

describe('supplier scorecard', () => {
  it('is empty for no claims', () => {
    const s = supplierScorecard([])
    expect(s).toMatchObject({ claims: 0, openClaims: 0, onTimeStepRate: null, recoveredFen: 0 })
    expect(s.avgDaysPerStep.D0).toBeNull()
  })
  it.each([
    // approvals per step, deadlines per step → avg D0, avg D1, on-time rate
    [[1, 3], [1, 2], 1, 2, 0.5],
    [[0.5, 1], [1, 1], 0.5, 0.5, 1],
    [[2, null], [1, 1], 2, null, 0],
  ])('approvals %j against deadlines %j → D0 %s d, D1 %s d, on time %s', (approvals, dues, d0, d1, rate) => {
    const s = supplierScorecard([claim(approvals, dues)])
    expect(s.avgDaysPerStep.D0).toBe(d0)
    expect(s.avgDaysPerStep.D1).toBe(d1)
    expect(s.onTimeStepRate).toBe(rate)
  })
  it('counts claims, open claims and recovered amounts', () => {
    const s = supplierScorecard([claim([1], [1], 175_000, true), claim([], [], 0), claim([2], [1], 5_000)])
    expect(s).toMatchObject({ claims: 3, openClaims: 2, recoveredFen: 180_000, approvedSteps: 2 })
  })
  it('property: the on-time rate is within [0, 1] and recovered is the sum', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            approvals: fc.array(fc.option(fc.integer({ min: 0, max: 90 })), { minLength: 9, maxLength: 9 }),
            dues: fc.array(fc.integer({ min: 0, max: 90 }), { minLength: 9, maxLength: 9 }),
            recovered: fc.integer({ min: 0, max: 1e8 }),
          }),
          { maxLength: 10 },
        ),
        (cs) => {
          const s = supplierScorecard(cs.map((c) => claim(c.approvals, c.dues, c.recovered)))
          expect(s.recoveredFen).toBe(cs.reduce((sum, c) => sum + c.recovered, 0))
          if (s.onTimeStepRate !== null) {
            expect(s.onTimeStepRate).toBeGreaterThanOrEqual(0)
            expect(s.onTimeStepRate).toBeLessThanOrEqual(1)
          }
          for (const d of Object.values(s.avgDaysPerStep)) if (d !== null) expect(d).toBeGreaterThanOrEqual(0)
        },
      ),
    )
  })
})
