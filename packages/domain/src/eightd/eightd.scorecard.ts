import { DAY } from '../shared/clock'
import { DISCIPLINES, type Discipline } from './eightd.vocabulary'

export type ScorecardClaim = {
  openedAt: Date
  closedAt: Date | null
  recoveredFen: number
  steps: {
    step: Discipline
    deadlineAt: Date
    /** When the submission HQ approved was made; null while not approved. */
    approvedSubmissionAt: Date | null
    approvedAt: Date | null
  }[]
}

export type SupplierScorecard = {
  claims: number
  openClaims: number
  /** Average days from the previous step's approval (or the opening, for D0) to this step's approval. */
  avgDaysPerStep: Record<Discipline, number | null>
  /** Approved steps whose approved submission came by the deadline, over all approved steps. */
  onTimeStepRate: number | null
  approvedSteps: number
  recoveredFen: number
}

const round2 = (n: number) => Math.round(n * 100) / 100

/**
 * Milliseconds from the previous step's approval (or the opening, for D0 or while the previous step
 * is not approved) to this step's approval at `approvedAt`; never negative.
 */
export function stepMs(c: ScorecardClaim, step: Discipline, approvedAt: Date): number {
  const i = DISCIPLINES.indexOf(step)
  const previous = i === 0 ? undefined : c.steps.find((s) => s.step === DISCIPLINES[i - 1])
  const from = previous?.approvedAt ?? c.openedAt
  return Math.max(0, approvedAt.getTime() - from.getTime())
}

/** A supplier's figures over a set of its claims. Pure: the caller picks the claims (period, supplier). */
export function supplierScorecard(claims: readonly ScorecardClaim[]): SupplierScorecard {
  const sums = new Map<Discipline, { days: number; n: number }>()
  let approved = 0
  let onTime = 0
  for (const c of claims) {
    for (const s of c.steps) {
      if (!s.approvedAt || !s.approvedSubmissionAt) continue
      approved++
      if (s.approvedSubmissionAt.getTime() <= s.deadlineAt.getTime()) onTime++
      const acc = sums.get(s.step) ?? { days: 0, n: 0 }
      acc.days += stepMs(c, s.step, s.approvedAt) / DAY
      acc.n++
      sums.set(s.step, acc)
    }
  }
  const avgDaysPerStep = Object.fromEntries(
    DISCIPLINES.map((s) => {
      const acc = sums.get(s)
      return [s, acc ? round2(acc.days / acc.n) : null]
    }),
  ) as Record<Discipline, number | null>
  return {
    claims: claims.length,
    openClaims: claims.filter((c) => !c.closedAt).length,
    avgDaysPerStep,
    onTimeStepRate: approved ? round2(onTime / approved) : null,
    approvedSteps: approved,
    recoveredFen: claims.reduce((sum, c) => sum + c.recoveredFen, 0),
  }
}

/**
 * What the database sums for one supplier's claims (set-based, never the claims in memory): claims,
 * open claims, accepted recoveries, and per discipline the approved steps, those whose approved
 * submission came by the deadline, and the days from the previous step's approval (or the opening)
 * summed.
 */
export type ScorecardTotals = {
  claims: number
  openClaims: number
  recoveredFen: number
  steps: { step: Discipline; approved: number; onTime: number; days: number }[]
}

/** The scorecard of `supplierScorecard`, from the totals the database summed. */
export function scorecardFromTotals(t: ScorecardTotals): SupplierScorecard {
  const byStep = new Map(t.steps.map((s) => [s.step, s]))
  const approved = t.steps.reduce((n, s) => n + s.approved, 0)
  const onTime = t.steps.reduce((n, s) => n + s.onTime, 0)
  return {
    claims: t.claims,
    openClaims: t.openClaims,
    avgDaysPerStep: Object.fromEntries(
      DISCIPLINES.map((d) => {
        const s = byStep.get(d)
        return [d, s?.approved ? round2(s.days / s.approved) : null]
      }),
    ) as Record<Discipline, number | null>,
    onTimeStepRate: approved ? round2(onTime / approved) : null,
    approvedSteps: approved,
    recoveredFen: t.recoveredFen,
  }
}

export const emptyScorecardTotals = (): ScorecardTotals => ({
  claims: 0,
  openClaims: 0,
  recoveredFen: 0,
  steps: [],
})
