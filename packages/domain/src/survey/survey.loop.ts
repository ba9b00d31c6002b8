import type { Status } from '../complaint'
import type { AnswerSet } from './survey.answers'
import { followUpDone, renewalPending } from './survey.errors'
import type { SurveySettings } from './survey.policy'
import type { Question } from './survey.template'
import type { FollowUpStatus } from './survey.vocabulary'

/** An answer at or below HQ's threshold: what makes a survey "dissatisfied". */
export type LowAnswer = { questionId: string; type: 'csat' | 'nps'; score: number }

/** The rating and NPS answers at or below the thresholds HQ set (e.g. CSAT ≤ 2, NPS ≤ 6). */
export function lowAnswers(
  questions: readonly Question[],
  answers: AnswerSet,
  policy: Pick<SurveySettings, 'csatThreshold' | 'npsThreshold'>,
): LowAnswer[] {
  const out: LowAnswer[] = []
  for (const q of questions) {
    const v = answers[q.id]
    if (typeof v !== 'number') continue
    if (q.type === 'csat' && v <= policy.csatThreshold) out.push({ questionId: q.id, type: 'csat', score: v })
    if (q.type === 'nps' && v <= policy.npsThreshold) out.push({ questionId: q.id, type: 'nps', score: v })
  }
  return out
}

/** The complaint states a dissatisfied survey may reopen (the same ones a desk reopen accepts). */
export const REOPENABLE: readonly Status[] = ['resolved', 'follow_up', 'closed']

/**
 * The closed loop: what an answer sets in motion. A dissatisfied answer opens a follow-up task for the
 * station — unless it answers a renewed survey sent from a task, which stays open — and reopens the
 * complaint it came from (when HQ's policy says so and the complaint is reopenable). A satisfied
 * answer to a renewed survey completes its task.
 */
export function closedLoop(input: {
  dissatisfied: boolean
  /** The status of the task a renewed survey was sent from; null for a first survey. */
  renewalOf: FollowUpStatus | null
  complaintStatus: Status | null
  reopenComplaint: boolean
}): { createTask: boolean; closeTask: boolean; reopenComplaint: boolean } {
  const { dissatisfied, renewalOf, complaintStatus } = input
  return {
    createTask: dissatisfied && renewalOf === null,
    closeTask: !dissatisfied && renewalOf === 'open',
    reopenComplaint:
      dissatisfied &&
      input.reopenComplaint &&
      complaintStatus !== null &&
      REOPENABLE.includes(complaintStatus),
  }
}

/** One call the station made to the customer about a follow-up task. */
export type FollowUpCall = { at: Date; by: string; satisfied: boolean; note: string }

/** A station's call: a satisfied customer completes the task; otherwise it is logged and stays open. */
export function recordCall(
  task: { status: FollowUpStatus; calls: readonly FollowUpCall[] },
  call: FollowUpCall,
): { status: FollowUpStatus; calls: FollowUpCall[]; resolution: 'call' | null; closedAt: Date | null } {
  if (task.status === 'done') throw followUpDone()
  const calls = [...task.calls, call]
  return call.satisfied
    ? { status: 'done', calls, resolution: 'call', closedAt: call.at }
    : { status: 'open', calls, resolution: null, closedAt: null }
}

/**
 * A renewed survey may be sent from an open task while no earlier renewal is still waiting: one that
 * was answered, has expired or was never delivered does not block a new one.
 */
export function assertMayRenew(
  task: { status: FollowUpStatus },
  pending: { answeredAt: Date | null; expiresAt: Date | null; status: string } | null,
  now: Date,
): void {
  if (task.status === 'done') throw followUpDone()
  if (!pending || pending.answeredAt || pending.status === 'cancelled') return
  if (pending.expiresAt && pending.expiresAt.getTime() <= now.getTime()) return
  throw renewalPending()
}
