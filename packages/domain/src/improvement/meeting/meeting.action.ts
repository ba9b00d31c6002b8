import { addDays, chinaDate, chinaDayEnd, type IsoDate } from '../../shared/china-time'
import { countable, isWorkingDate, type WorkingCalendar } from '../../sla'
import { meetingErrors } from './meeting.errors'
import type { ActionStatus } from './meeting.vocabulary'

/** An uploaded file kept as evidence of an action's completion. */
export type EvidenceFile = { filename: string; mime: string; size: number; sha256: string }
export type ActionEvidence = { text: string; files: EvidenceFile[] }

/**
 * The evidence file of an action named by its content digest; null when the action kept no file by
 * that digest (an open action keeps none). A download names the file this way, never by a path.
 */
export function evidenceFileOf(a: Pick<MeetingAction, 'evidence'>, sha256: string): EvidenceFile | null {
  return a.evidence?.files.find((f) => f.sha256 === sha256) ?? null
}

/** One tracked action of a resolution: an owner unit, a person of it, a due date, open → done. */
export type MeetingAction = {
  id: string
  meetingId: string
  resolutionId: string
  title: string
  ownerOrgId: string
  ownerUserId: string
  dueDate: IsoDate
  dueAt: Date
  status: ActionStatus
  evidence: ActionEvidence | null
  completedAt: Date | null
  completedBy: string | null
  escalationLevel: number
  createdAt: Date
  version: number
}

/** Working days past the due date after which an overdue action rises to its second level (HQ management). */
export const SECOND_LEVEL_AFTER_WORKING_DAYS = 3
const DAY_MS = 86_400_000

/**
 * The due date as agreed in the meeting, on the working calendar: a date that is not a working day
 * (a weekend, a holiday) moves to the next working day; the action is due at the end of that China date.
 */
export function actionDue(cal: WorkingCalendar, date: IsoDate): { dueDate: IsoDate; dueAt: Date } {
  let d = date
  for (let n = 0; n < 366 && !isWorkingDate(cal, d); n++) d = addDays(d, 1)
  return { dueDate: d, dueAt: chinaDayEnd(d) }
}

/** A due date is today or later (China date). */
export function assertDueDate(date: IsoDate, now: Date): void {
  if (date < chinaDate(now)) throw meetingErrors.dueInPast()
}

export const isActionOverdue = (a: Pick<MeetingAction, 'status' | 'dueAt'>, now: Date): boolean =>
  a.status === 'open' && now.getTime() >= a.dueAt.getTime()

/**
 * The escalation level an open action has reached by `now`: 0 before its due instant, 1 once overdue
 * (the owner and HQ are told), 2 once it is `SECOND_LEVEL_AFTER_WORKING_DAYS` working days late.
 */
export function actionLevel(
  cal: WorkingCalendar,
  a: Pick<MeetingAction, 'status' | 'dueAt'>,
  now: Date,
): 0 | 1 | 2 {
  if (!isActionOverdue(a, now)) return 0
  const late = countable(cal, a.dueAt, now, 'working_days')
  return late >= SECOND_LEVEL_AFTER_WORKING_DAYS * DAY_MS ? 2 : 1
}

/** Who may complete an action: a user of its owner unit, or an HQ admin. */
export type Completer = { orgId: string; roles: readonly string[] }
export const mayComplete = (a: Pick<MeetingAction, 'ownerOrgId'>, who: Completer): boolean =>
  who.orgId === a.ownerOrgId || who.roles.includes('hq_admin')

/**
 * open → done, with evidence: a description of what was done (files optional). A done action does not
 * change again; someone outside the owner unit (other than an HQ admin) is refused.
 */
export function completeAction(
  a: MeetingAction,
  who: Completer & { userId: string },
  evidence: ActionEvidence,
  now: Date,
): MeetingAction {
  if (!mayComplete(a, who)) throw meetingErrors.notOwner()
  if (a.status === 'done') throw meetingErrors.alreadyDone()
  const text = evidence.text.trim()
  if (text.length === 0) throw meetingErrors.needsEvidence()
  return {
    ...a,
    status: 'done',
    evidence: { text, files: evidence.files },
    completedAt: now,
    completedBy: who.userId,
  }
}
