import { liaisonErrors } from './liaison.errors'
import type { LiaisonCommand, LiaisonState } from './liaison.vocabulary'

/**
 * The letter's state machine. HQ's answer may be revised while the letter is open; a letter is closed
 * only once answered; an 8D can be opened from an open letter (submitted or answered) and then
 * carries the problem on; links change while the letter is open or escalated, never once closed.
 * The 8D step itself is idempotent: escalating an escalated letter answers the same 8D (the caller
 * finds it by the letter's recorded claim before it asks the machine).
 */
const NEXT: Record<LiaisonCommand, Partial<Record<LiaisonState, LiaisonState>>> = {
  answer: { submitted: 'answered', answered: 'answered' },
  close: { answered: 'closed' },
  escalate: { submitted: 'escalated_to_8d', answered: 'escalated_to_8d' },
  link: { submitted: 'submitted', answered: 'answered', escalated_to_8d: 'escalated_to_8d' },
}

/** The state after `command`, or a CONFLICT naming the command and the state. */
export function nextLiaisonState(state: LiaisonState, command: LiaisonCommand): LiaisonState {
  const to = NEXT[command][state]
  if (!to) throw liaisonErrors.notAllowed(command, state)
  return to
}

/** Whether HQ may still give `command` (the screens show or hide the buttons by it). */
export const liaisonCan = (state: LiaisonState, command: LiaisonCommand): boolean =>
  NEXT[command][state] !== undefined

/** Closing needs a recorded answer; the letter must also be in a state that closes. */
export function closeLiaison(letter: { state: LiaisonState; answer: string | null }): LiaisonState {
  if (letter.state === 'submitted') throw liaisonErrors.answerRequired()
  return nextLiaisonState(letter.state, 'close')
}
