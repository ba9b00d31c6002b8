import type { Page } from '../../shared/paging'
import type { ActionEvidence, MeetingAction } from './meeting.action'
import type { Meeting, Resolution } from './meeting.entity'
import type { CaseGroup, PackCaseRow, PreviousActionRow } from './meeting.pack'

export type MeetingSummary = Pick<
  Meeting,
  | 'id'
  | 'number'
  | 'periodKind'
  | 'periodFrom'
  | 'periodTo'
  | 'meetingDate'
  | 'status'
  | 'packGeneratedAt'
  | 'version'
> & { actionsOpen: number; actionsDone: number }

/** An action with the names the screens and the minutes print. */
export type ActionView = MeetingAction & {
  meetingNumber: string
  resolutionText: string
  ownerName: string
  personName: string
}

export type NewMeeting = Omit<
  Meeting,
  'id' | 'version' | 'pack' | 'packGeneratedAt' | 'conclusions' | 'finalisedAt' | 'finalisedBy' | 'status'
>
export type NewAction = Omit<
  MeetingAction,
  'id' | 'version' | 'status' | 'evidence' | 'completedAt' | 'completedBy' | 'escalationLevel'
>

/** Storage of review meetings, their resolutions and actions, and the pack's reads of the period. */
export interface MeetingRepository {
  /** Null when a meeting for the period exists already. */
  create(m: NewMeeting): Promise<Meeting | null>
  byId(id: string): Promise<Meeting | null>
  list(p: { page: number; pageSize: number }): Promise<Page<MeetingSummary>>
  /** Saves the changed fields when the stored version is `version`; null when it moved. */
  update(
    id: string,
    version: number,
    patch: Partial<
      Pick<Meeting, 'pack' | 'packGeneratedAt' | 'conclusions' | 'status' | 'finalisedAt' | 'finalisedBy'>
    >,
  ): Promise<Meeting | null>
  /** Bumps the version (a resolution or action was added): null when it moved. */
  touch(id: string, version: number): Promise<Meeting | null>
  saveMinutes(id: string, pdf: Uint8Array): Promise<void>
  minutes(id: string): Promise<Uint8Array | null>
  /** The latest meeting held before `meetingDate` (by meeting date, then period). */
  previous(meetingDate: string, exceptId: string): Promise<Meeting | null>

  addResolution(r: Omit<Resolution, 'id' | 'seq'>): Promise<Resolution>
  resolution(id: string): Promise<Resolution | null>
  resolutions(meetingId: string): Promise<Resolution[]>
  addAction(a: NewAction): Promise<MeetingAction>
  action(id: string): Promise<ActionView | null>
  actionsOf(meetingId: string): Promise<ActionView[]>
  actionsOfOrg(
    orgId: string,
    p: { page: number; pageSize: number; status?: 'open' | 'done' | undefined },
  ): Promise<Page<ActionView>>
  complete(
    id: string,
    version: number,
    done: { evidence: ActionEvidence; completedAt: Date; completedBy: string },
  ): Promise<MeetingAction | null>
  /** Open actions past their due instant whose level is below `belowLevel`, oldest due first. */
  overdue(now: Date, limit: number): Promise<ActionView[]>
  /** Raises the level when it is still below `level`: false when another sweep did it. */
  raiseLevel(id: string, level: number): Promise<boolean>
  /** The previous meeting's actions, and older ones still open. */
  carriedActions(previous: { id: string; meetingDate: string }): Promise<PreviousActionRow[]>

  /** Complaints opened in the period (the KPI facts' cohort), grouped by what the pack counts. */
  caseGroups(period: { from: string; to: string }): Promise<CaseGroup[]>
  /** The period's cases whose resolution clock was missed, or that were reopened (at most `limit`). */
  flaggedCases(
    period: { from: string; to: string },
    flag: 'late' | 'reopened',
    limit: number,
  ): Promise<{ total: number; cases: PackCaseRow[] }>
  /** Cases of `severity` closed in the period (China dates). */
  closedCases(period: { from: string; to: string }, severity: string, limit: number): Promise<PackCaseRow[]>
}
