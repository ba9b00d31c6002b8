import type { DeliveredInvitation, SurveyCampaign } from '@asq/domain'
import {
  campaignAudienceInput,
  createCampaignInput,
  invitationMessage,
  linkExpiry,
  notFound,
  offsetOf,
  pageInputSchema,
  sendCampaignInput,
  surveyStale,
  templateInactive,
} from '@asq/domain'
import { builders, readers } from './survey.roles'
import { loadContent, loadSurveyPolicy, newLink, recipientOf } from './survey.service'

const view = (c: SurveyCampaign) => ({
  id: c.id,
  name: c.name,
  period: c.period,
  templateId: c.templateId,
  segment: c.segment,
  status: c.status,
  invited: c.invited,
  createdBy: c.createdBy,
  createdAt: c.createdAt,
  sentAt: c.sentAt,
  version: c.version,
})

/** Campaigns to a segment (e.g. key accounts, twice a year): audience size first, then send. */
export const campaignProcedures = {
  campaigns: readers()
    .input(pageInputSchema)
    .query(async ({ ctx, input }) => {
      const { items, total } = await ctx.repos.surveys.campaigns.list(input.pageSize, offsetOf(input))
      return { items: items.map(view), total, page: input.page, pageSize: input.pageSize }
    }),
  /** How many customers a segment reaches, before anything is sent. */
  campaignAudience: builders()
    .input(campaignAudienceInput)
    .query(({ ctx, input }) => ctx.repos.surveys.campaigns.audienceSize(input.segment)),
  createCampaign: builders()
    .input(createCampaignInput)
    .mutation(({ ctx, input }) =>
      ctx.transact(async ({ repos, audit }) => {
        const t = await repos.surveys.templates.byId(input.templateId)
        if (!t) throw notFound('survey_template')
        if (!t.active) throw templateInactive()
        const c = await repos.surveys.campaigns.create({
          name: input.name,
          period: input.period ?? null,
          templateId: t.id,
          segment: input.segment,
          createdBy: ctx.actor.username,
          createdAt: ctx.clock(),
        })
        await audit({
          action: 'survey.campaign_create',
          entityType: 'survey_campaign',
          entityId: c.id,
          before: null,
          after: view(c),
        })
        return { ...view(c), audience: await repos.surveys.campaigns.audienceSize(c.segment) }
      }),
    ),
  /**
   * Sends the campaign: one invitation, link and outbox message per customer of the segment, in bulk.
   * Idempotent per (campaign, customer): sending again reaches only customers who joined the segment
   * since, never anyone twice. Customers without a phone or e-mail are counted, not invited.
   */
  sendCampaign: builders()
    .input(sendCampaignInput)
    .mutation(({ ctx, input }) =>
      ctx.transact(async ({ repos, audit }) => {
        const c = await repos.surveys.campaigns.byId(input.id)
        if (!c) throw notFound('survey_campaign')
        if (c.version !== input.version) throw surveyStale('campaign')
        const t = await repos.surveys.templates.byId(c.templateId)
        if (!t?.active) throw templateInactive()
        const now = ctx.clock()
        const [audience, content, stations, { settings }] = await Promise.all([
          repos.surveys.campaigns.audience(c.segment, c.id),
          loadContent(repos, t.id, t.currentVersion),
          repos.organisations.list({ kind: 'dealer' }),
          loadSurveyPolicy(repos),
        ])
        const stationName = new Map(stations.map((s) => [s.id, { zh: s.nameZh, en: s.nameEn }]))
        const expiresAt = linkExpiry(now, settings.linkValidDays)
        const rows: DeliveredInvitation[] = audience.flatMap((m) => {
          const to = recipientOf(m)
          if (!to) return []
          const { token, tokenHash } = newLink(ctx.security)
          const names = {
            title: content.title,
            stationName: (m.stationId && stationName.get(m.stationId)) || null,
          }
          return [
            {
              source: 'campaign',
              sourceKey: null,
              complaintId: null,
              campaignId: c.id,
              followUpId: null,
              customerId: m.customerId,
              stationId: m.stationId,
              region: m.region,
              kind: null,
              templateId: t.id,
              templateVersion: t.currentVersion,
              sendAt: now,
              createdAt: now,
              sentAt: now,
              expiresAt,
              tokenHash,
              message: {
                ...to,
                kind: 'survey_invitation',
                ...invitationMessage(token, names, { reminder: false, expiresAt }),
              },
            },
          ]
        })
        const created = await repos.surveys.invitations.createDelivered(rows)
        const sent = await repos.surveys.campaigns.markSent(c.id, c.version, created.length, now)
        if (!sent) throw surveyStale('campaign')
        const result = { invited: created.length, withoutContact: audience.length - rows.length }
        await audit({
          action: 'survey.campaign_send',
          entityType: 'survey_campaign',
          entityId: c.id,
          before: { status: c.status, invited: c.invited },
          after: {
            status: sent.status,
            invited: sent.invited,
            newlyInvited: result.invited,
            withoutContact: result.withoutContact,
          },
        })
        return { ...result, campaign: view(sent) }
      }),
    ),
}
