import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DAY } from '../shared/clock'
import {
  emptyScorecardTotals,
  type ScorecardClaim,
  scorecardFromTotals,
  supplierScorecard,
} from './eightd.scorecard'
import { DISCIPLINES, type Discipline } from './eightd.vocabulary'

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

/** Average days per step: the ones given, null for the others. */
const perStep = (some: Partial<Record<Discipline, number>>) =>
  Object.fromEntries(DISCIPLINES.map((d) => [d, some[d] ?? null]))

/** Claims as approval and due days per step (null: not approved), what was recovered, and whether closed. */
const someClaims = (maxLength: number) =>
  fc.array(
    fc.record({
      approvals: fc.array(fc.option(fc.integer({ min: 0, max: 90 })), { minLength: 9, maxLength: 9 }),
      dues: fc.array(fc.integer({ min: 0, max: 90 }), { minLength: 9, maxLength: 9 }),
      recovered: fc.integer({ min: 0, max: 1e8 }),
      closed: fc.boolean(),
    }),
    { maxLength },
  )

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
      fc.property(someClaims(10), (cs) => {
        const s = supplierScorecard(cs.map((c) => claim(c.approvals, c.dues, c.recovered)))
        expect(s.recoveredFen).toBe(cs.reduce((sum, c) => sum + c.recovered, 0))
        if (s.onTimeStepRate !== null) {
          expect(s.onTimeStepRate).toBeGreaterThanOrEqual(0)
          expect(s.onTimeStepRate).toBeLessThanOrEqual(1)
        }
        for (const d of Object.values(s.avgDaysPerStep)) if (d !== null) expect(d).toBeGreaterThanOrEqual(0)
      }),
    )
  })
})

describe('supplier scorecard: exact figures', () => {
  it('a step approved without a recorded approved submission is not counted', () => {
    const c = claim([1, 2], [5, 5])
    c.steps[1] = { ...c.steps[1]!, approvedSubmissionAt: null }
    const s = supplierScorecard([c])
    expect(s.approvedSteps).toBe(1)
    expect(s.avgDaysPerStep.D1).toBeNull()
    expect(s.onTimeStepRate).toBe(1)
  })
  it('a later step counts from the opening when the step before it is not approved', () => {
    const s = supplierScorecard([claim([null, 4], [9, 9])])
    expect(s.avgDaysPerStep).toEqual(perStep({ D1: 4 }))
  })
  it('averages per step over claims, rounded to two decimals; on time includes the deadline itself', () => {
    const s = supplierScorecard([claim([1, 2, 4], [1, 1, 5]), claim([2, 3], [1, 3], 0, true)])
    expect(s).toEqual({
      claims: 2,
      openClaims: 1,
      avgDaysPerStep: perStep({ D0: 1.5, D1: 1, D2: 2 }),
      onTimeStepRate: 0.6,
      approvedSteps: 5,
      recoveredFen: 0,
    })
  })
  it('an approval before the previous one counts as zero days', () => {
    const s = supplierScorecard([claim([3, 1], [9, 9])])
    expect(s.avgDaysPerStep.D1).toBe(0)
  })
  it('rounds the on-time rate to two decimals', () => {
    expect(supplierScorecard([claim([1, 2, 3], [1, 1, 1])]).onTimeStepRate).toBe(0.33)
    expect(supplierScorecard([claim([1, 1, 3], [1, 1, 1])]).onTimeStepRate).toBe(0.67)
  })
})

describe('scorecard from the totals the database summed', () => {
  it('empty totals give the empty scorecard', () => {
    expect(emptyScorecardTotals()).toEqual({ claims: 0, openClaims: 0, recoveredFen: 0, steps: [] })
    expect(scorecardFromTotals(emptyScorecardTotals())).toEqual(supplierScorecard([]))
  })
  it('exact figures', () => {
    expect(
      scorecardFromTotals({
        claims: 4,
        openClaims: 1,
        recoveredFen: 175_000,
        steps: [
          { step: 'D0', approved: 3, onTime: 2, days: 4 },
          { step: 'D1', approved: 2, onTime: 2, days: 3 },
          { step: 'D2', approved: 0, onTime: 0, days: 0 },
        ],
      }),
    ).toEqual({
      claims: 4,
      openClaims: 1,
      avgDaysPerStep: perStep({ D0: 1.33, D1: 1.5 }),
      onTimeStepRate: 0.8,
      approvedSteps: 5,
      recoveredFen: 175_000,
    })
  })
  it('property: agrees with the scorecard computed from the claims', () => {
    fc.assert(
      fc.property(someClaims(6), (cs) => {
        const claims = cs.map((c) => claim(c.approvals, c.dues, c.recovered, c.closed))
        // What the database sums, computed here from the same claims.
        const steps = DISCIPLINES.map((step, i) => {
          let approved = 0
          let onTime = 0
          let days = 0
          for (const c of claims) {
            const s = c.steps[i]!
            if (!s.approvedAt || !s.approvedSubmissionAt) continue
            approved++
            if (s.approvedSubmissionAt <= s.deadlineAt) onTime++
            const from = i === 0 ? c.openedAt : (c.steps[i - 1]!.approvedAt ?? c.openedAt)
            days += Math.max(0, s.approvedAt.getTime() - from.getTime()) / DAY
          }
          return { step, approved, onTime, days }
        })
        const totals = {
          claims: claims.length,
          openClaims: claims.filter((c) => !c.closedAt).length,
          recoveredFen: cs.reduce((s, c) => s + c.recovered, 0),
          steps,
        }
        expect(scorecardFromTotals(totals)).toEqual(supplierScorecard(claims))
      }),
    )
  })
})
