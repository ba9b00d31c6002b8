import type { EightdStep } from './eightd.entity'
import { eightdErrors } from './eightd.errors'
import { DISCIPLINES, type Discipline, type StepReviewStatus } from './eightd.vocabulary'

/** D0 first, then D1…D8 in order: each step needs the one before it approved. */
export const STEP_DEPENDS_ON: Record<Discipline, readonly Discipline[]> = {
  D0: [],
  D1: ['D0'],
  D2: ['D1'],
  D3: ['D2'],
  D4: ['D3'],
  D5: ['D4'],
  D6: ['D5'],
  D7: ['D6'],
  D8: ['D7'],
}

type StepLike = Pick<EightdStep, 'step' | 'status'>

/** The steps `step` waits for that are not approved yet (empty: it may be submitted). */
export function missingDependencies(steps: readonly StepLike[], step: Discipline): Discipline[] {
  const statusOf = new Map(steps.map((s) => [s.step, s.status]))
  return STEP_DEPENDS_ON[step].filter((d) => statusOf.get(d) !== 'approved')
}

/** The supplier may change a draft or a step HQ sent back; nothing under review or approved. */
export function assertEditable(s: StepLike): void {
  if (s.status === 'approved') throw eightdErrors.locked(s.step)
  if (s.status === 'submitted' || s.status === 'resubmitted') throw eightdErrors.underReview(s.step)
}

/** draft → submitted, rejected → resubmitted; only when the steps it depends on are approved. */
export function submitTransition(steps: readonly StepLike[], s: StepLike): StepReviewStatus {
  if (s.status === 'approved') throw eightdErrors.locked(s.step)
  if (s.status !== 'draft' && s.status !== 'rejected') throw eightdErrors.notSubmittable(s.step, s.status)
  const missing = missingDependencies(steps, s.step)
  if (missing.length) throw eightdErrors.outOfOrder(s.step, missing)
  return s.status === 'draft' ? 'submitted' : 'resubmitted'
}

/** HQ approves, or rejects with a comment the supplier will see; only a step waiting for review. */
export function reviewTransition(
  s: StepLike,
  decision: 'approved' | 'rejected',
  comment: string,
): 'approved' | 'rejected' {
  if (s.status !== 'submitted' && s.status !== 'resubmitted')
    throw eightdErrors.notReviewable(s.step, s.status)
  if (decision === 'rejected' && !comment.trim()) throw eightdErrors.commentRequired()
  return decision
}

/** A claim closes exactly when D8 is approved. */
export const claimClosesWith = (step: Discipline, decision: 'approved' | 'rejected') =>
  step === 'D8' && decision === 'approved'

/** Whether the supplier still owes this step (the deadline counts against them). */
export const owedBySupplier = (status: StepReviewStatus) => status === 'draft' || status === 'rejected'

/** The next step the supplier should work on: the first one not approved. */
export function currentDiscipline(steps: readonly StepLike[]): Discipline | null {
  const statusOf = new Map(steps.map((s) => [s.step, s.status]))
  return DISCIPLINES.find((s) => statusOf.get(s) !== 'approved') ?? null
}
