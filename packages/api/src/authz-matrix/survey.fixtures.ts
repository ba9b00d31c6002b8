import type { TemplateContent } from '@asq/domain'
import { nodeSecurity } from '../security/security'
import { type Fixture, MISSING_ID, type Principal, type Target } from './principals'

const DAY = 86_400_000

/** A minimal valid template, for rows that change or archive one (never the seeded ones). */
export const MATRIX_TEMPLATE: TemplateContent = {
  title: { zh: '矩阵测试', en: 'Matrix test' },
  intro: { zh: '测试', en: 'Test' },
  questions: [
    { id: 'overall', type: 'csat', required: true, dimension: null, text: { zh: '总体', en: 'Overall' } },
  ],
}

/** Answers that fit the seeded complaint template. */
export const SATISFIED = { overall: 5, response: 5, attitude: 5, explain: 5, recommend: 10, solved: 'yes' }

/**
 * Survey records placed relative to a principal, like the complaint fixtures: "own" belongs to the
 * dealer principal's station (北京朝阳 D-BJ01) and the customer principal (李娜), "sameOrg" to another
 * customer of that station, "otherTenant" to another station (上海浦东 D-SH01).
 */
export function surveyFixtures(fx: Fixture) {
  const { h } = fx
  const PLACE: Record<Exclude<Target, 'missing'>, [string, string]> = {
    own: ['D-BJ01', '13800000002'],
    sameOrg: ['D-BJ01', '13800000001'],
    otherTenant: ['D-SH01', '13800000004'],
  }

  /** A delivered invitation with a link whose raw token the test knows. */
  async function invitation(t: Exclude<Target, 'missing'>) {
    const [stationCode, phone] = PLACE[t]
    const tpl = (await h.repos.surveys.templates.activeFor('complaint'))!
    const station = (await h.repos.organisations.list()).find((o) => o.code === stationCode)!
    const customer = (await h.repos.customers.byContact({ type: 'phone', value: phone }))!
    const token = nodeSecurity.newToken()
    const now = h.now()
    const [inv] = await h.repos.surveys.invitations.createDelivered([
      {
        source: 'campaign',
        sourceKey: `matrix:${fx.seq()}`,
        complaintId: null,
        campaignId: null,
        followUpId: null,
        customerId: customer.id,
        stationId: station.id,
        region: station.region,
        kind: null,
        templateId: tpl.id,
        templateVersion: tpl.currentVersion,
        sendAt: now,
        createdAt: now,
        sentAt: now,
        expiresAt: new Date(now.getTime() + 14 * DAY),
        tokenHash: nodeSecurity.hashToken(token),
        message: {
          channel: 'sms',
          recipient: phone,
          kind: 'survey_invitation',
          subject: 'matrix',
          body: token,
        },
      },
    ])
    return { inv: inv!, token }
  }

  return {
    /** A valid link's token; "missing" is a well-formed token that was never issued. */
    async token(_p: Principal, t: Target): Promise<string> {
      if (t === 'missing') return nodeSecurity.newToken()
      return (await invitation(t)).token
    },
    /** An open follow-up task after a dissatisfied answer. */
    async followUp(_p: Principal, t: Target): Promise<{ id: string; version: number }> {
      if (t === 'missing') return { id: MISSING_ID, version: 1 }
      const { inv } = await invitation(t)
      const at = h.now()
      const r = await h.repos.surveys.responses.create({
        invitationId: inv.id,
        templateId: inv.templateId,
        templateVersion: inv.templateVersion,
        answers: { ...SATISFIED, overall: 1 },
        items: [],
        dissatisfied: true,
        answeredAt: at,
      })
      await h.repos.surveys.invitations.markAnswered(inv.id, at)
      const f = await h.repos.surveys.followUps.create({
        invitationId: inv.id,
        responseId: r!.id,
        stationId: inv.stationId,
        customerId: inv.customerId,
        complaintId: null,
        lowAnswers: [{ questionId: 'overall', type: 'csat', score: 1 }],
        createdAt: at,
      })
      return { id: f!.id, version: f!.version }
    },
    /** A template of its own per call (HQ records have no tenant: every target but "missing" exists). */
    async template(_p: Principal, t: Target): Promise<{ id: string; version: number }> {
      if (t === 'missing') return { id: MISSING_ID, version: 1 }
      const tpl = await h.repos.surveys.templates.create({
        purpose: 'campaign',
        content: MATRIX_TEMPLATE,
        createdBy: 'matrix',
        at: h.now(),
      })
      return { id: tpl.id, version: tpl.currentVersion }
    },
    /** A draft campaign to the customers of 广州天河 (two of them). */
    async campaign(_p: Principal, t: Target): Promise<{ id: string; version: number }> {
      if (t === 'missing') return { id: MISSING_ID, version: 1 }
      const tpl = (await h.repos.surveys.templates.activeFor('campaign'))!
      const c = await h.repos.surveys.campaigns.create({
        name: `matrix ${fx.seq()}`,
        period: null,
        templateId: tpl.id,
        segment: { keyAccountsOnly: false, stationId: await fx.orgId('D-GZ01') },
        createdBy: 'matrix',
        createdAt: h.now(),
      })
      return { id: c.id, version: c.version }
    },
  }
}
