import type { ActionView, Meeting, Resolution } from '@asq/domain'
import { isActionOverdue } from '@asq/domain'

/** An action as its owner unit and HQ see it (who, what, when, and the evidence once done). */
export const actionOut = (a: ActionView, now: Date) => ({
  id: a.id,
  meetingId: a.meetingId,
  meetingNumber: a.meetingNumber,
  resolutionId: a.resolutionId,
  resolutionText: a.resolutionText,
  title: a.title,
  ownerOrgId: a.ownerOrgId,
  ownerName: a.ownerName,
  ownerUserId: a.ownerUserId,
  personName: a.personName,
  dueDate: a.dueDate,
  dueAt: a.dueAt,
  status: a.status,
  overdue: isActionOverdue(a, now),
  escalationLevel: a.escalationLevel,
  evidence: a.evidence,
  completedAt: a.completedAt,
  version: a.version,
})

/** HQ's meeting page: the meeting, its pack, conclusions, and resolutions with their actions. */
export const meetingOut = (
  m: Meeting,
  resolutions: Resolution[],
  actions: ActionView[],
  now: Date,
  hasMinutes: boolean,
) => ({
  id: m.id,
  number: m.number,
  periodKind: m.periodKind,
  periodFrom: m.periodFrom,
  periodTo: m.periodTo,
  meetingDate: m.meetingDate,
  status: m.status,
  pack: m.pack,
  packGeneratedAt: m.packGeneratedAt,
  conclusions: m.conclusions,
  finalisedAt: m.finalisedAt,
  hasMinutes,
  version: m.version,
  resolutions: resolutions.map((r) => ({
    id: r.id,
    seq: r.seq,
    text: r.text,
    createdAt: r.createdAt,
    actions: actions.filter((a) => a.resolutionId === r.id).map((a) => actionOut(a, now)),
  })),
})
