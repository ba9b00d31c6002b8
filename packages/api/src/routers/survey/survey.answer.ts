import type { CustomerActor, LowAnswer, SurveyInvitation, TemplateContent } from '@asq/domain'
import {
  answerItems,
  closedLoop,
  decide,
  linkRefusal,
  linkUsed,
  lowAnswers,
  publicSurvey,
  validateAnswers,
} from '@asq/domain'
import type { Context } from '../../context'
import { persistDecision } from '../complaint/complaint.service'
import { loadContent, loadSurveyPolicy, stationLabel, type Tx } from './survey.service'

/** Resolves a presented token to its invitation, or the plain refusal (invalid, used, expired). */
async function invitationForToken(ctx: Pick<Context, 'repos' | 'security'>, token: string, now: Date) {
  const inv = await ctx.repos.surveys.invitations.byTokenHash(ctx.security.hashToken(token))
  const refusal = linkRefusal(inv, now)
  if (refusal) throw refusal
  return inv!
}

/** The survey page: the questions in both languages, the station, until when the link works. */
export async function openSurvey(ctx: Context, token: string) {
  const inv = await invitationForToken(ctx, token, ctx.clock())
  const [content, stationName] = await Promise.all([
    loadContent(ctx.repos, inv.templateId, inv.templateVersion),
    stationLabel(ctx.repos, inv.stationId),
  ])
  return publicSurvey(content, { stationName, expiresAt: inv.expiresAt })
}

const reopenReason = (content: TemplateContent, low: readonly LowAnswer[]) =>
  `满意度回访不满意 Dissatisfied survey answer: ${low
    .map(
      (l) => `${content.questions.find((q) => q.id === l.questionId)?.text.en ?? l.questionId} = ${l.score}`,
    )
    .join('; ')}`

/**
 * The closed loop of one answer, in the answer's transaction: a follow-up task for the station, the
 * renewed survey's task completed, or the complaint reopened (through the complaint's own state
 * machine and persistence, so its history, clocks and audit stay whole).
 */
async function applyClosedLoop(
  tx: Tx,
  ctx: Pick<Context, 'clock'>,
  respondent: CustomerActor,
  inv: SurveyInvitation,
  content: TemplateContent,
  responseId: string,
  low: LowAnswer[],
  reopenComplaint: boolean,
) {
  const now = ctx.clock()
  const task = inv.followUpId ? await tx.repos.surveys.followUps.byId(inv.followUpId) : null
  const complaint = inv.complaintId ? await tx.repos.complaints.byId(inv.complaintId) : null
  const loop = closedLoop({
    dissatisfied: low.length > 0,
    renewalOf: task?.status ?? null,
    complaintStatus: complaint?.status ?? null,
    reopenComplaint,
  })
  if (loop.createTask) {
    const created = await tx.repos.surveys.followUps.create({
      invitationId: inv.id,
      responseId,
      stationId: inv.stationId,
      customerId: inv.customerId,
      complaintId: inv.complaintId,
      lowAnswers: low,
      createdAt: now,
    })
    if (created)
      await tx.audit({
        action: 'survey.follow_up_open',
        entityType: 'survey_follow_up',
        entityId: created.id,
        before: null,
        after: { status: created.status, stationId: created.stationId, lowAnswers: low },
      })
  }
  if (loop.closeTask && task) {
    const done = await tx.repos.surveys.followUps.update(task.id, task.version, {
      status: 'done',
      resolution: 'renewed_answer',
      closedAt: now,
    })
    if (done)
      await tx.audit({
        action: 'survey.follow_up_done',
        entityType: 'survey_follow_up',
        entityId: task.id,
        before: { status: task.status },
        after: { status: done.status, resolution: done.resolution },
      })
  }
  if (loop.reopenComplaint && complaint) {
    const decision = decide(
      complaint,
      'reopen',
      { id: complaint.id, version: complaint.version, reason: reopenReason(content, low) },
      now,
    )
    await persistDecision(
      tx,
      { clock: ctx.clock, actor: respondent },
      complaint,
      complaint.version,
      decision,
      'survey_reopen',
    )
  }
}

/**
 * Stores one answer: the token must be valid, the answers must fit the version the invitation was
 * sent with, and the invitation must not have been answered (a unique key settles races). Anything
 * refused stores nothing. The audit names the respondent: the customer the link was sent to.
 */
export async function answerSurvey(ctx: Context, token: string, raw: unknown) {
  const inv = await invitationForToken(ctx, token, ctx.clock())
  const content = await loadContent(ctx.repos, inv.templateId, inv.templateVersion)
  const answers = validateAnswers(content.questions, raw)
  const { settings } = await loadSurveyPolicy(ctx.repos)
  const low = lowAnswers(content.questions, answers, settings)
  const customer = await ctx.repos.customers.byId(inv.customerId)
  const respondent: CustomerActor = {
    kind: 'customer',
    customerId: inv.customerId,
    displayName: customer?.name ?? '',
  }
  return ctx.uow.run(async (repos) => {
    const now = ctx.clock()
    const tx: Tx = { repos, audit: (e) => repos.audit.record({ ...e, at: now, actor: respondent }) }
    const response = await repos.surveys.responses.create({
      invitationId: inv.id,
      templateId: inv.templateId,
      templateVersion: inv.templateVersion,
      answers,
      items: answerItems(content.questions, answers),
      dissatisfied: low.length > 0,
      answeredAt: now,
    })
    if (!response || !(await repos.surveys.invitations.markAnswered(inv.id, now))) throw linkUsed()
    await tx.audit({
      action: 'survey.answer',
      entityType: 'survey_invitation',
      entityId: inv.id,
      before: { status: inv.status },
      after: { status: 'answered', responseId: response.id, dissatisfied: low.length > 0 },
    })
    await applyClosedLoop(tx, ctx, respondent, inv, content, response.id, low, settings.reopenComplaint)
    return { answered: true as const, dissatisfied: low.length > 0 }
  })
}
