import type { AnswerSet, TemplateContentInput } from '@asq/domain'
import { answerItems, DEFAULT_SURVEY_SETTINGS, lowAnswers, templateContentSchema } from '@asq/domain'
import { eq } from 'drizzle-orm'
import type { Database } from '../client'
import {
  complaints,
  organisations,
  surveyAnswerItems,
  surveyCampaigns,
  surveyFollowUps,
  surveyInvitations,
  surveyResponses,
  surveyTemplates,
  surveyTemplateVersions,
} from '../schema'
import type { ContextSeed, DemoNetwork } from './steps'

const DAY = 86_400_000
const t = (zh: string, en: string) => ({ zh, en })

/** The survey after every closed complaint (回访): the handling, in SERVQUAL terms, and NPS. */
const COMPLAINT_SURVEY: TemplateContentInput = {
  title: t('投诉处理满意度回访', 'How did we handle your complaint?'),
  intro: t(
    '您的投诉已处理完毕。请花 1 分钟告诉我们您的感受，我们会认真改进。',
    'Your complaint has been handled. Please take a minute to tell us how it went; we read every answer.',
  ),
  questions: [
    {
      id: 'overall',
      type: 'csat',
      dimension: 'reliability',
      text: t(
        '您对本次投诉处理的总体满意度',
        'Overall, how satisfied are you with how your complaint was handled?',
      ),
    },
    {
      id: 'response',
      type: 'csat',
      dimension: 'responsiveness',
      text: t('服务站联系您、响应您的速度', 'How quickly did the station contact you and respond?'),
    },
    {
      id: 'attitude',
      type: 'csat',
      dimension: 'empathy',
      text: t('工作人员的态度与关怀', "The staff's courtesy and care"),
    },
    {
      id: 'explain',
      type: 'csat',
      dimension: 'assurance',
      text: t('解释是否清楚、专业', 'Were the explanations clear and competent?'),
    },
    {
      id: 'recommend',
      type: 'nps',
      text: t(
        '您向亲友推荐我们的可能性有多大？',
        'How likely are you to recommend us to friends and family?',
      ),
    },
    {
      id: 'solved',
      type: 'single',
      text: t('您的问题是否已彻底解决？', 'Is your problem fully solved?'),
      options: [
        { id: 'yes', text: t('已解决', 'Yes') },
        { id: 'partly', text: t('部分解决', 'Partly') },
        { id: 'no', text: t('未解决', 'No') },
      ],
    },
    {
      id: 'comment',
      type: 'text',
      required: false,
      text: t('还有什么想告诉我们的吗？', 'Anything else you would like to tell us?'),
    },
  ],
}

/** The twice-yearly survey of main customers (大客户): one question per SERVQUAL dimension. */
const KEY_ACCOUNT_SURVEY: TemplateContentInput = {
  title: t('大客户半年度满意度调查', 'Half-year key-account satisfaction survey'),
  intro: t(
    '感谢您一直以来的信任。以下问题关于过去半年我们的服务，约需 2 分钟。',
    'Thank you for your trust. These questions are about our service over the past six months; about two minutes.',
  ),
  questions: [
    {
      id: 'tangibles',
      type: 'csat',
      dimension: 'tangibles',
      text: t('服务站的环境、设备与设施', "The station's premises, equipment and facilities"),
    },
    {
      id: 'reliability',
      type: 'csat',
      dimension: 'reliability',
      text: t('按承诺的时间和质量完成服务', 'Work done as promised, on time and right the first time'),
    },
    {
      id: 'responsiveness',
      type: 'csat',
      dimension: 'responsiveness',
      text: t('对您的需求响应及时', 'Prompt response to your requests'),
    },
    {
      id: 'assurance',
      type: 'csat',
      dimension: 'assurance',
      text: t('技师与顾问的专业能力，让您放心', 'Competent technicians and advisors you can trust'),
    },
    {
      id: 'empathy',
      type: 'csat',
      dimension: 'empathy',
      text: t('关注您的个人需求', 'Attention to your individual needs'),
    },
    {
      id: 'recommend',
      type: 'nps',
      text: t(
        '您向亲友推荐我们的可能性有多大？',
        'How likely are you to recommend us to friends and family?',
      ),
    },
    {
      id: 'services',
      type: 'multiple',
      required: false,
      text: t('过去半年您使用过哪些服务？', 'Which services did you use in the past six months?'),
      options: [
        { id: 'maintenance', text: t('保养', 'Maintenance') },
        { id: 'repair', text: t('维修', 'Repair') },
        { id: 'parts', text: t('配件', 'Parts') },
        { id: 'rescue', text: t('道路救援', 'Roadside rescue') },
        { id: 'warranty', text: t('保修', 'Warranty') },
      ],
    },
    {
      id: 'comment',
      type: 'text',
      required: false,
      text: t('您希望我们改进什么？', 'What should we improve?'),
    },
  ],
}

type Answered = { customer: string; sentDaysAgo: number; answers: AnswerSet | null }

async function seedTemplate(
  tx: Database,
  purpose: 'complaint' | 'campaign',
  input: TemplateContentInput,
  at: Date,
) {
  const content = templateContentSchema.parse(input)
  const [row] = await tx
    .insert(surveyTemplates)
    .values({
      purpose,
      titleZh: content.title.zh,
      titleEn: content.title.en,
      createdBy: 'seed',
      createdAt: at,
      updatedAt: at,
    })
    .returning()
  await tx
    .insert(surveyTemplateVersions)
    .values({ templateId: row!.id, version: 1, content, createdBy: 'seed', createdAt: at })
  return { id: row!.id, questions: content.questions }
}

/** Templates, a past key-account campaign and the survey of the closed demo complaint, answered. */
export const seedSurveys: ContextSeed = async (tx: Database, network: DemoNetwork) => {
  const ago = (days: number) => new Date(network.now.getTime() - days * DAY)
  const complaintTpl = await seedTemplate(tx, 'complaint', COMPLAINT_SURVEY, ago(200))
  const campaignTpl = await seedTemplate(tx, 'campaign', KEY_ACCOUNT_SURVEY, ago(200))
  const stations = await tx.select().from(organisations)
  const station = (code: string) => stations.find((s) => s.code === code)!
  const customer = (story: string) => network.customers.find((c) => c.story === story)!

  async function answer(
    inv: typeof surveyInvitations.$inferSelect,
    questions: typeof complaintTpl.questions,
    answers: AnswerSet,
    at: Date,
  ) {
    const low = lowAnswers(questions, answers, DEFAULT_SURVEY_SETTINGS)
    const [resp] = await tx
      .insert(surveyResponses)
      .values({
        invitationId: inv.id,
        templateId: inv.templateId,
        templateVersion: 1,
        answers,
        dissatisfied: low.length > 0,
        answeredAt: at,
      })
      .returning()
    const items = answerItems(questions, answers)
    await tx
      .insert(surveyAnswerItems)
      .values(items.map((i) => ({ ...i, responseId: resp!.id, invitationId: inv.id })))
    if (low.length)
      await tx.insert(surveyFollowUps).values({
        invitationId: inv.id,
        responseId: resp!.id,
        stationId: inv.stationId,
        customerId: inv.customerId,
        complaintId: inv.complaintId,
        lowAnswers: low,
        createdAt: at,
      })
  }

  // The 2026 first-half campaign to key accounts: two answered, one did not.
  const sentAt = ago(160)
  const [campaign] = await tx
    .insert(surveyCampaigns)
    .values({
      name: '上半年大客户满意度调查 Key accounts, first half',
      period: `${sentAt.getUTCFullYear()}-H1`,
      templateId: campaignTpl.id,
      segment: { keyAccountsOnly: true },
      status: 'sent',
      invited: 3,
      createdBy: 'admin',
      createdAt: ago(161),
      sentAt,
    })
    .returning()
  const campaignAnswers: Answered[] = [
    {
      customer: 'first-service-charged',
      sentDaysAgo: 160,
      answers: {
        tangibles: 5,
        reliability: 4,
        responsiveness: 4,
        assurance: 5,
        empathy: 4,
        recommend: 9,
        services: ['maintenance'],
        comment:
          '保养很及时，休息区可以再舒适一些。Maintenance was prompt; the lounge could be more comfortable.',
      },
    },
    {
      customer: 'blower-motor-quote',
      sentDaysAgo: 160,
      answers: {
        tangibles: 4,
        reliability: 3,
        responsiveness: 2,
        assurance: 3,
        empathy: 3,
        recommend: 6,
        services: ['maintenance', 'repair'],
        comment: '打电话经常没人接，报价也不准。Calls often go unanswered and quotes are not accurate.',
      },
    },
    { customer: 'breakdown-far-from-home', sentDaysAgo: 160, answers: null },
  ]
  for (const a of campaignAnswers) {
    const who = customer(a.customer)
    const st = station(who.dealerCode)
    const [inv] = await tx
      .insert(surveyInvitations)
      .values({
        source: 'campaign',
        campaignId: campaign!.id,
        customerId: who.id,
        stationId: st.id,
        region: st.region,
        templateId: campaignTpl.id,
        templateVersion: 1,
        status: a.answers ? 'answered' : 'sent',
        sendAt: sentAt,
        sentAt,
        expiresAt: new Date(sentAt.getTime() + 14 * DAY),
        answeredAt: a.answers ? new Date(sentAt.getTime() + 2 * DAY) : null,
        remindersSent: a.answers ? 0 : 1,
        createdAt: sentAt,
      })
      .returning()
    if (a.answers) await answer(inv!, campaignTpl.questions, a.answers, inv!.answeredAt!)
  }

  // The closed first-service case: surveyed a day after closing, answered satisfied.
  const [closed] = await tx.select().from(complaints).where(eq(complaints.status, 'closed'))
  if (closed?.closedAt) {
    const st = station(customer('first-service-charged').dealerCode)
    const surveyedAt = new Date(closed.closedAt.getTime() + DAY)
    const [inv] = await tx
      .insert(surveyInvitations)
      .values({
        source: 'complaint',
        sourceKey: `complaint:${closed.id}:v${closed.version}`,
        complaintId: closed.id,
        customerId: closed.customerId,
        stationId: st.id,
        region: st.region,
        kind: closed.kind,
        templateId: complaintTpl.id,
        templateVersion: 1,
        status: 'answered',
        sendAt: surveyedAt,
        sentAt: surveyedAt,
        expiresAt: new Date(surveyedAt.getTime() + 14 * DAY),
        answeredAt: new Date(surveyedAt.getTime() + 3 * 3_600_000),
        createdAt: closed.closedAt,
      })
      .returning()
    await answer(
      inv!,
      complaintTpl.questions,
      {
        overall: 4,
        response: 5,
        attitude: 5,
        explain: 4,
        recommend: 9,
        solved: 'yes',
        comment: '服务总监亲自解释并道歉，态度很好。The service director explained and apologised in person.',
      },
      inv!.answeredAt!,
    )
  }
}
