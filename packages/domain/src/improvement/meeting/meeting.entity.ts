import type { MeetingPack } from './meeting.pack'
import type { MeetingPeriodKind, MeetingStatus, PackSection } from './meeting.vocabulary'

/** A section's conclusion, written by the unit that owns the section (or an HQ admin). */
export type Conclusion = { section: PackSection; text: string; byUserId: string; byName: string; at: Date }

/** A complaint review meeting: its period, the pack drafted before it, conclusions, and its minutes. */
export type Meeting = {
  id: string
  number: string
  periodKind: MeetingPeriodKind
  periodFrom: string
  periodTo: string
  meetingDate: string
  status: MeetingStatus
  pack: MeetingPack | null
  packGeneratedAt: Date | null
  conclusions: Conclusion[]
  createdBy: string
  createdAt: Date
  finalisedAt: Date | null
  finalisedBy: string | null
  version: number
}

/** A resolution recorded in the meeting; each one becomes one or more actions. */
export type Resolution = {
  id: string
  meetingId: string
  seq: number
  text: string
  createdBy: string
  createdAt: Date
}
