import type { Repositories, StaffActor, SurveyFollowUp, SurveyFollowUpListItem } from '@asq/domain'
import {
  actorLabel,
  assertMayRenew,
  displayStatus,
  linkExpiry,
  noContact,
  notFound,
  recordCall,
  surveyStale,
} from '@asq/domain'
import type { Context } from '../../context'
import {
  invitationAudit,
  linkMessage,
  loadContent,
  loadSurveyPolicy,
  newLink,
  recipientOf,
} from './survey.service'

/** A task the caller may see: a station only its own; anything else is NOT_FOUND. */
export async function loadFollowUp(repos: Repositories, id: string, stationId: string | null) {
  const f = await repos.surveys.followUps.byId(id)
  if (!f || (stationId !== null && f.stationId !== stationId)) throw notFound('survey_follow_up')
  return f
}

export const followUpListItem = (f: SurveyFollowUpListItem) => ({
  id: f.id,
  status: f.status,
  version: f.version,
  createdAt: f.createdAt,
  closedAt: f.closedAt,
  resolution: f.resolution,
  lowAnswers: f.lowAnswers,
  calls: f.calls.length,
  customerName: f.customerName,
  customerPhone: f.customerPhone,
  stationName: f.stationName,
  complaintId: f.complaintId,
  complaintNumber: f.complaintNumber,
})

/** Everything a station needs to call the customer back: who, what they answered, what was done. */
export async function followUpDetail(repos: Repositories, f: SurveyFollowUp, now: Date) {
  const [inv, response, customer, complaint, renewal] = await Promise.all([
    repos.surveys.invitations.byId(f.invitationId),
    repos.surveys.responses.byInvitation(f.invitationId),
    repos.customers.byId(f.customerId),
    f.complaintId ? repos.complaints.byId(f.complaintId) : null,
    repos.surveys.invitations.latestForFollowUp(f.id),
  ])
  const content = await loadContent(repos, inv!.templateId, inv!.templateVersion)
  return {
    id: f.id,
    status: f.status,
    version: f.version,
    createdAt: f.createdAt,
    closedAt: f.closedAt,
    resolution: f.resolution,
    calls: f.calls,
    lowAnswers: f.lowAnswers.map((l) => ({
      ...l,
      question: content.questions.find((q) => q.id === l.questionId)?.text ?? null,
    })),
    customer: customer ? { name: customer.name, phone: customer.phone, email: customer.email } : null,
    complaint: complaint ? { id: complaint.id, number: complaint.number, status: complaint.status } : null,
    surveyTitle: content.title,
    answeredAt: response?.answeredAt ?? null,
    answers: content.questions.map((q) => ({
      id: q.id,
      type: q.type,
      text: q.text,
      value: response?.answers[q.id] ?? null,
      options: q.type === 'single' || q.type === 'multiple' ? q.options : [],
    })),
    renewal: renewal
      ? {
          status: displayStatus(renewal, now),
          sentAt: renewal.sentAt,
          expiresAt: renewal.expiresAt,
          answeredAt: renewal.answeredAt,
        }
      : null,
  }
}

const taskAudit = (f: SurveyFollowUp) => ({
  status: f.status,
  calls: f.calls.length,
  resolution: f.resolution,
  version: f.version,
})

/** The station called the customer: satisfied completes the task, otherwise the call is logged. */
export function recordFollowUpCall(
  ctx: Context & { actor: StaffActor },
  stationId: string | null,
  input: { id: string; version: number; satisfied: boolean; note: string },
) {
  return ctx.transact(async ({ repos, audit }) => {
    const f = await loadFollowUp(repos, input.id, stationId)
    if (f.version !== input.version) throw surveyStale('follow_up')
    const now = ctx.clock()
    const patch = recordCall(f, {
      at: now,
      by: actorLabel(ctx.actor),
      satisfied: input.satisfied,
      note: input.note,
    })
    const updated = await repos.surveys.followUps.update(f.id, f.version, patch)
    if (!updated) throw surveyStale('follow_up')
    await audit({
      action: 'survey.follow_up_call',
      entityType: 'survey_follow_up',
      entityId: f.id,
      before: taskAudit(f),
      after: { ...taskAudit(updated), satisfied: input.satisfied },
    })
    return { id: updated.id, status: updated.status, version: updated.version }
  })
}

/** A renewed survey from the task, delivered at once with the template's current version. */
export function sendRenewal(ctx: Context, stationId: string | null, input: { id: string; version: number }) {
  return ctx.transact(async ({ repos, audit }) => {
    const f = await loadFollowUp(repos, input.id, stationId)
    if (f.version !== input.version) throw surveyStale('follow_up')
    const now = ctx.clock()
    assertMayRenew(f, await repos.surveys.invitations.latestForFollowUp(f.id), now)
    const [original, customer, { settings }] = await Promise.all([
      repos.surveys.invitations.byId(f.invitationId),
      repos.customers.byId(f.customerId),
      loadSurveyPolicy(repos),
    ])
    const to = customer ? recipientOf(customer) : null
    if (!to) throw noContact()
    const template = (await repos.surveys.templates.byId(original!.templateId))!
    // Bumping the task's version is the lock: two clicks send one renewed survey.
    const bumped = await repos.surveys.followUps.update(f.id, f.version, {})
    if (!bumped) throw surveyStale('follow_up')
    const { token, tokenHash } = newLink(ctx.security)
    const expiresAt = linkExpiry(now, settings.linkValidDays)
    const base = {
      source: 'follow_up' as const,
      sourceKey: `follow_up:${f.id}:v${f.version}`,
      complaintId: f.complaintId,
      campaignId: null,
      followUpId: f.id,
      customerId: f.customerId,
      stationId: f.stationId,
      region: original!.region,
      kind: original!.kind,
      templateId: template.id,
      templateVersion: template.currentVersion,
    }
    const message = await linkMessage(repos, base, to, token, { reminder: false, expiresAt })
    const [inv] = await repos.surveys.invitations.createDelivered([
      { ...base, sendAt: now, createdAt: now, sentAt: now, expiresAt, tokenHash, message },
    ])
    if (!inv) throw surveyStale('follow_up')
    await audit({
      action: 'survey.renewal_send',
      entityType: 'survey_follow_up',
      entityId: f.id,
      before: taskAudit(f),
      after: { ...taskAudit(bumped), invitation: invitationAudit(inv) },
    })
    return { id: f.id, version: bumped.version, invitationId: inv.id, expiresAt }
  })
}
