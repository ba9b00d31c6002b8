import type {
  ActionDraft,
  AddActionInput,
  AuditEvent,
  CompleteActionInput,
  EvidenceFile,
  Meeting,
  MeetingAction,
  RecordResolutionInput,
  Repositories,
  ScheduleMeetingInput,
  StaffActor,
  WorkingCalendar,
} from '@asq/domain'
import {
  actionDue,
  assertDueDate,
  assertMayFinalise,
  assertMeetingDate,
  assertOpen,
  completeAction,
  DomainError,
  isDomainError,
  mayComplete,
  meetingErrors,
  meetingNumber,
  meetingPeriod,
  notFound,
  staleVersion,
  withConclusion,
} from '@asq/domain'
import type { Context } from '../../context'
import { markUploadUsed, openUpload } from '../../uploads/take-upload'
import { loadSla } from '../complaint/complaint.service'
import { meetingMinutesPdf } from './meeting.minutes-pdf'
import { makePack } from './meeting.pack-make'

type Ctx = Context & { actor: StaffActor }
type Tx = { repos: Repositories; audit(e: AuditEvent): Promise<void> }

const meetingAudit = (m: Meeting | null) =>
  m && {
    number: m.number,
    status: m.status,
    meetingDate: m.meetingDate,
    version: m.version,
    conclusions: m.conclusions.length,
  }
const actionAudit = (a: MeetingAction | null) =>
  a && {
    title: a.title,
    ownerOrgId: a.ownerOrgId,
    ownerUserId: a.ownerUserId,
    dueDate: a.dueDate,
    status: a.status,
    version: a.version,
  }

async function loadMeeting(repos: Repositories, id: string) {
  const m = await repos.improvement.meetings.byId(id)
  if (!m) throw notFound('meeting')
  return m
}
const checkVersion = (m: { version: number }, version: number) => {
  if (m.version !== version) throw staleVersion('meeting')
}

/** The calendar an action's clock runs on: its station's (HQ holidays, own hours), or HQ's desk. */
export async function actionCalendar(repos: Repositories, ownerOrgId: string): Promise<WorkingCalendar> {
  const sla = await loadSla(repos)
  const org = await repos.organisations.byId(ownerOrgId)
  return org?.kind === 'dealer' ? (sla.calendarFor(org.id).station ?? sla.calendar) : sla.calendar
}

export function scheduleMeeting(ctx: Ctx, input: ScheduleMeetingInput) {
  const period = meetingPeriod(input.period)
  assertMeetingDate(period, input.meetingDate)
  return ctx.transact(async (tx) => {
    const m = await tx.repos.improvement.meetings.create({
      number: meetingNumber(period),
      periodKind: period.kind,
      periodFrom: period.from,
      periodTo: period.to,
      meetingDate: input.meetingDate,
      createdBy: ctx.actor.userId,
      createdAt: ctx.clock(),
    })
    if (!m) throw meetingErrors.exists()
    await tx.audit({
      action: 'improvement.meeting.schedule',
      entityType: 'improvement_meeting',
      entityId: m.id,
      before: null,
      after: meetingAudit(m),
    })
    return m
  })
}

/** Drafts (or redrafts) the pack: a snapshot of the period kept with the meeting until the minutes are final. */
export function generatePack(ctx: Ctx, input: { id: string; version: number }) {
  return ctx.transact(async (tx) => {
    const m = await loadMeeting(tx.repos, input.id)
    assertOpen(m)
    checkVersion(m, input.version)
    const now = ctx.clock()
    const pack = await makePack(tx.repos, m, now)
    const saved = await tx.repos.improvement.meetings.update(m.id, m.version, { pack, packGeneratedAt: now })
    if (!saved) throw staleVersion('meeting')
    await tx.audit({
      action: 'improvement.meeting.generate_pack',
      entityType: 'improvement_meeting',
      entityId: m.id,
      before: meetingAudit(m),
      after: {
        ...meetingAudit(saved),
        received: pack.figures.received,
        previousActions: pack.previousActions.length,
      },
    })
    return saved
  })
}

export function addConclusion(
  ctx: Ctx,
  input: { id: string; version: number; section: 'quality' | 'non_quality'; text: string },
) {
  return ctx.transact(async (tx) => {
    const m = await loadMeeting(tx.repos, input.id)
    checkVersion(m, input.version)
    const conclusions = withConclusion(m, ctx.actor.roles, {
      section: input.section,
      text: input.text,
      byUserId: ctx.actor.userId,
      byName: ctx.actor.displayName,
      at: ctx.clock(),
    })
    const saved = await tx.repos.improvement.meetings.update(m.id, m.version, { conclusions })
    if (!saved) throw staleVersion('meeting')
    await tx.audit({
      action: 'improvement.meeting.conclude',
      entityType: 'improvement_meeting',
      entityId: m.id,
      before: meetingAudit(m),
      after: { ...meetingAudit(saved), section: input.section },
    })
    return saved
  })
}

/** An action's owner unit is HQ or a station, and its person an active user of that unit. */
async function checkedAction(tx: Tx, draft: ActionDraft, now: Date) {
  const org = await tx.repos.organisations.byId(draft.ownerOrgId)
  if (!org || (org.kind !== 'hq' && org.kind !== 'dealer')) throw meetingErrors.unitNotOwner()
  const person = await tx.repos.users.byId(draft.ownerUserId)
  if (!person?.active || person.orgId !== org.id) throw meetingErrors.ownerNotInUnit()
  assertDueDate(draft.dueDate, now)
  return { ...draft, ...actionDue(await actionCalendar(tx.repos, org.id), draft.dueDate) }
}

async function insertAction(tx: Tx, meetingId: string, resolutionId: string, draft: ActionDraft, now: Date) {
  const a = await tx.repos.improvement.meetings.addAction({
    meetingId,
    resolutionId,
    ...(await checkedAction(tx, draft, now)),
    createdAt: now,
  })
  await tx.audit({
    action: 'improvement.action.add',
    entityType: 'improvement_action',
    entityId: a.id,
    before: null,
    after: actionAudit(a),
  })
  return a
}

/** A resolution recorded in the meeting, with the actions it becomes, in one transaction. */
export function recordResolution(ctx: Ctx, input: RecordResolutionInput) {
  return ctx.transact(async (tx) => {
    const m = await loadMeeting(tx.repos, input.id)
    assertOpen(m)
    checkVersion(m, input.version)
    const now = ctx.clock()
    const r = await tx.repos.improvement.meetings.addResolution({
      meetingId: m.id,
      text: input.text,
      createdBy: ctx.actor.userId,
      createdAt: now,
    })
    const actions = []
    for (const [i, draft] of input.actions.entries()) {
      actions.push(
        await insertAction(tx, m.id, r.id, draft, now).catch((e: unknown) => {
          // The refusal names the field inside the list the form sent.
          if (!isDomainError(e) || !e.field) throw e
          throw new DomainError(e.kind, e.code, e.message, { field: `actions.${i}.${e.field}` })
        }),
      )
    }
    const saved = await tx.repos.improvement.meetings.touch(m.id, m.version)
    if (!saved) throw staleVersion('meeting')
    await tx.audit({
      action: 'improvement.resolution.record',
      entityType: 'improvement_resolution',
      entityId: r.id,
      before: null,
      after: { meetingId: m.id, seq: r.seq, text: r.text, actions: actions.length },
    })
    return { meeting: saved, resolution: r, actions }
  })
}

/** One more action for a resolution already recorded (the meeting's version guards concurrent edits). */
export function addAction(ctx: Ctx, input: AddActionInput) {
  return ctx.transact(async (tx) => {
    const r = await tx.repos.improvement.meetings.resolution(input.resolutionId)
    if (!r) throw notFound('resolution')
    const m = await loadMeeting(tx.repos, r.meetingId)
    assertOpen(m)
    checkVersion(m, input.version)
    const { resolutionId: _r, version: _v, idempotencyKey: _k, ...draft } = input
    const a = await insertAction(tx, m.id, r.id, draft, ctx.clock())
    const saved = await tx.repos.improvement.meetings.touch(m.id, m.version)
    if (!saved) throw staleVersion('meeting')
    return { meeting: saved, action: a }
  })
}

/** Freezes the meeting and keeps its minutes (PDF) with it. */
export function finaliseMeeting(ctx: Ctx, input: { id: string; version: number }) {
  return ctx.transact(async (tx) => {
    const m = await loadMeeting(tx.repos, input.id)
    assertMayFinalise(m)
    checkVersion(m, input.version)
    const now = ctx.clock()
    const saved = await tx.repos.improvement.meetings.update(m.id, m.version, {
      status: 'final',
      finalisedAt: now,
      finalisedBy: ctx.actor.userId,
    })
    if (!saved) throw staleVersion('meeting')
    const [resolutions, actions] = [
      await tx.repos.improvement.meetings.resolutions(m.id),
      await tx.repos.improvement.meetings.actionsOf(m.id),
    ]
    const pdf = await meetingMinutesPdf({
      meeting: saved,
      resolutions,
      actions,
      finalisedBy: ctx.actor.displayName,
    })
    await tx.repos.improvement.meetings.saveMinutes(m.id, pdf)
    await tx.audit({
      action: 'improvement.meeting.finalise',
      entityType: 'improvement_meeting',
      entityId: m.id,
      before: meetingAudit(m),
      after: { ...meetingAudit(saved), minutesBytes: pdf.length },
    })
    return saved
  })
}

/**
 * The owner unit (or an HQ admin) closes an action with evidence: the text, and files sent by
 * `POST /uploads` whose tokens are marked used for this action in the same transaction. An action of
 * another unit is NOT_FOUND.
 */
export function completeMeetingAction(ctx: Ctx, input: CompleteActionInput) {
  return ctx.transact(async (tx) => {
    const a = await tx.repos.improvement.meetings.action(input.id)
    // Another unit's action is as unknown as a missing one (an HQ admin may close any).
    if (!a || !mayComplete(a, ctx.actor)) throw notFound('action')
    if (a.version !== input.version) throw staleVersion('action')
    const files: EvidenceFile[] = []
    const uploads = []
    for (const id of new Set(input.uploadIds)) {
      const u = await openUpload(tx.repos, ctx, id)
      uploads.push(u)
      files.push({ filename: u.filename, mime: u.mime, size: u.size, sha256: u.sha256 })
    }
    const now = ctx.clock()
    const done = completeAction(a, ctx.actor, { text: input.evidence, files }, now)
    const saved = await tx.repos.improvement.meetings.complete(a.id, a.version, {
      evidence: done.evidence!,
      completedAt: now,
      completedBy: ctx.actor.userId,
    })
    if (!saved) throw staleVersion('action')
    for (const u of uploads) await markUploadUsed(tx.repos, u, a.id)
    await tx.audit({
      action: 'improvement.action.complete',
      entityType: 'improvement_action',
      entityId: a.id,
      before: actionAudit(a),
      after: {
        ...actionAudit(saved),
        evidence: saved.evidence?.text ?? null,
        files: files.map((f) => f.sha256),
      },
    })
    return saved
  })
}
