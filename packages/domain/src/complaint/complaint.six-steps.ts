import type { Status } from './complaint.status'

/** The six steps of the handling method (六步法), in order. */
export const SIX_STEPS = ['listen', 'mindset', 'evidence', 'solution', 'calm', 'follow'] as const
export type SixStep = (typeof SIX_STEPS)[number]

/**
 * done: the case holds the step's record; current: the step the case's state calls for now;
 * missed: the case moved past it with nothing recorded (shown, never ticked); todo: still ahead.
 */
export type SixStepState = 'done' | 'current' | 'missed' | 'todo'

/** What the case holds, counted from its record and events. */
export type SixStepFacts = {
  status: Status
  storyRecorded: boolean
  mindsets: number
  attachments: number
  solutions: number
  /** Compensations or goodwill a manager (or the handler within authority) approved. */
  approvedCompensations: number
  followUpRecorded: boolean
}

const DONE: Record<SixStep, (f: SixStepFacts) => boolean> = {
  listen: (f) => f.storyRecorded,
  mindset: (f) => f.mindsets > 0,
  evidence: (f) => f.attachments > 0,
  solution: (f) => f.solutions > 0,
  // Calming the complaint is the goodwill given (平抱怨); a result alone is the solution, not this.
  calm: (f) => f.approvedCompensations > 0,
  follow: (f) => f.followUpRecorded,
}

/**
 * The step the state calls for: while the case is taken in, the story and mindset; while it is worked,
 * the first of story…solution not yet recorded (then calming); once resolved, calming; in follow-up,
 * following the customer; a closed case calls for none.
 */
function currentStep(f: SixStepFacts): SixStep | null {
  switch (f.status) {
    case 'closed':
      return null
    case 'follow_up':
      return 'follow'
    case 'resolved':
      return 'calm'
    case 'new':
    case 'responded':
      return DONE.listen(f) ? 'mindset' : 'listen'
    default:
      return SIX_STEPS.slice(0, 4).find((s) => !DONE[s](f)) ?? 'calm'
  }
}

/** Each of the six steps with its state, derived from the case's state and what it holds. */
export function sixStepProgress(f: SixStepFacts): { step: SixStep; state: SixStepState }[] {
  const current = currentStep(f)
  const at = current === null ? SIX_STEPS.length : SIX_STEPS.indexOf(current)
  return SIX_STEPS.map((step, i) => {
    if (DONE[step](f)) return { step, state: 'done' }
    if (i === at) return { step, state: 'current' }
    return { step, state: i < at ? 'missed' : 'todo' }
  })
}
