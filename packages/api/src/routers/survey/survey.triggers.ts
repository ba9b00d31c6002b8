import type { Complaint } from '@asq/domain'
import { HOUR } from '@asq/domain'
import { invitationAudit, loadSurveyPolicy, type Tx } from './survey.service'

/**
 * A complaint just closed: schedule its satisfaction survey (回访) for the customer after HQ's delay,
 * in the same transaction as the closing. The delivery sweep sends it when it is due. Closing twice
 * (after a reopen) schedules one survey per closing; an open follow-up task of the complaint makes
 * the new survey its renewed survey, so a satisfied answer completes the task.
 */
export async function onComplaintClosed(tx: Tx, complaint: Complaint, now: Date): Promise<void> {
  const template = await tx.repos.surveys.templates.activeFor('complaint')
  if (!template) return
  const { settings } = await loadSurveyPolicy(tx.repos)
  const station = complaint.stationId ? await tx.repos.organisations.byId(complaint.stationId) : null
  const task = await tx.repos.surveys.followUps.openForComplaint(complaint.id)
  const inv = await tx.repos.surveys.invitations.schedule({
    source: 'complaint',
    sourceKey: `complaint:${complaint.id}:v${complaint.version}`,
    complaintId: complaint.id,
    campaignId: null,
    followUpId: task?.id ?? null,
    customerId: complaint.customerId,
    stationId: complaint.stationId,
    region: station?.region ?? null,
    kind: complaint.kind,
    templateId: template.id,
    templateVersion: template.currentVersion,
    sendAt: new Date(now.getTime() + settings.complaintDelayHours * HOUR),
    createdAt: now,
  })
  if (!inv) return
  await tx.audit({
    action: 'survey.schedule',
    entityType: 'survey_invitation',
    entityId: inv.id,
    before: null,
    after: invitationAudit(inv),
  })
}
