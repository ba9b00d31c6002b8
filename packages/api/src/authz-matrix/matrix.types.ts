import type { Fixture, Outcome, Principal, Target } from './principals'

/** The expected outcome for a principal: one for every target, or one per target. */
export type Expectation = Outcome | Record<Target, Outcome>

export type MatrixRow = {
  /** Scoped procedures are called once per target (own, sameOrg, otherTenant, missing). */
  scoped: boolean
  input(fx: Fixture, p: Principal, t: Target): Promise<unknown> | unknown
  /** Every principal is listed explicitly: allow and deny rows alike. */
  expect: Record<Principal, Expectation>
  /** The call ends the caller's session (logout): give it a session of its own. */
  freshSession?: boolean
}

export type MatrixRows = Record<string, MatrixRow>
