import type {
  AuditEvent,
  Customer,
  LocalizedText,
  OutboxChannel,
  Repositories,
  SurveyInvitation,
  SurveyPolicy,
  TemplateContent,
} from '@asq/domain'
import { DEFAULT_SURVEY_SETTINGS, invitationMessage, notFound, SECRET_PLACEHOLDER } from '@asq/domain'
import type { Security } from '../../security/security'

/** A unit of work with its audit, as `ctx.transact` gives it (or a sweep builds it). */
export type Tx = { repos: Repositories; audit(e: AuditEvent): Promise<void> }

/** HQ's current survey policy; fields added after it was saved take their defaults. */
export async function loadSurveyPolicy(repos: Repositories): Promise<SurveyPolicy> {
  const p = await repos.surveys.policy.current()
  return p
    ? { ...p, settings: { ...DEFAULT_SURVEY_SETTINGS, ...p.settings } }
    : { version: 0, effectiveFrom: null, settings: DEFAULT_SURVEY_SETTINGS }
}

/** The content of one template version; a missing one is a broken reference, reported as not found. */
export async function loadContent(
  repos: Repositories,
  templateId: string,
  version: number,
): Promise<TemplateContent> {
  const v = await repos.surveys.templates.version(templateId, version)
  if (!v) throw notFound('survey_template')
  return v.content
}

export async function stationLabel(
  repos: Repositories,
  stationId: string | null,
): Promise<LocalizedText | null> {
  if (!stationId) return null
  const o = await repos.organisations.byId(stationId)
  return o ? { zh: o.nameZh, en: o.nameEn } : null
}

/** Where a survey link goes: SMS to the phone when there is one, else e-mail. */
export function recipientOf(
  c: Pick<Customer, 'phone' | 'email'>,
): { channel: OutboxChannel; recipient: string } | null {
  if (c.phone) return { channel: 'sms', recipient: c.phone }
  if (c.email) return { channel: 'email', recipient: c.email }
  return null
}

/** A fresh unguessable link token; only its SHA-256 hash is ever stored. */
export function newLink(security: Pick<Security, 'newToken' | 'hashToken'>) {
  const token = security.newToken()
  return { token, tokenHash: security.hashToken(token) }
}

/** The outbox message carrying a link (the only place the raw token is written). */
export async function linkMessage(
  repos: Repositories,
  inv: Pick<SurveyInvitation, 'templateId' | 'templateVersion' | 'stationId'>,
  to: { channel: OutboxChannel; recipient: string },
  token: string,
  opts: { reminder: boolean; expiresAt: Date },
) {
  const [content, stationName] = await Promise.all([
    loadContent(repos, inv.templateId, inv.templateVersion),
    stationLabel(repos, inv.stationId),
  ])
  return {
    ...to,
    kind: opts.reminder ? 'survey_reminder' : 'survey_invitation',
    // The token travels apart from the body; only delivery puts it into the link.
    ...invitationMessage(SECRET_PLACEHOLDER, { title: content.title, stationName }, opts),
    secret: token,
  }
}

/** What the audit trail keeps of an invitation (never a token). */
export const invitationAudit = (i: SurveyInvitation) => ({
  status: i.status,
  source: i.source,
  customerId: i.customerId,
  stationId: i.stationId,
  complaintId: i.complaintId,
  campaignId: i.campaignId,
  followUpId: i.followUpId,
  templateId: i.templateId,
  templateVersion: i.templateVersion,
  sendAt: i.sendAt,
  sentAt: i.sentAt,
  expiresAt: i.expiresAt,
  remindersSent: i.remindersSent,
})
