import type { Repositories, SurveyInvitation, UnitOfWork } from '@asq/domain'
import { linkExpiry, reminderDue } from '@asq/domain'
import type { Security } from '../../security/security'
import {
  invitationAudit,
  linkMessage,
  loadSurveyPolicy,
  newLink,
  recipientOf,
  type Tx,
} from './survey.service'

export type SweepDeps = {
  uow: UnitOfWork
  repos: Repositories
  clock: () => Date
  security: Pick<Security, 'newToken' | 'hashToken'>
}

/** A sweep's unit of work: its audit events have no actor (the system did it). */
const run = <T>(deps: SweepDeps, now: Date, work: (tx: Tx) => Promise<T>) =>
  deps.uow.run((repos) => work({ repos, audit: (e) => repos.audit.record({ ...e, at: now, actor: null }) }))

/**
 * Delivers one scheduled invitation: a fresh link, its message in the outbox, status "sent". A survey
 * of a complaint that was reopened meanwhile, or for a customer without any contact, is cancelled.
 */
async function deliverScheduled(
  tx: Tx,
  security: SweepDeps['security'],
  inv: SurveyInvitation,
  now: Date,
): Promise<'delivered' | 'cancelled' | 'skipped'> {
  const cancel = async (reason: string) => {
    if (!(await tx.repos.surveys.invitations.cancel(inv.id))) return 'skipped' as const
    await tx.audit({
      action: 'survey.cancel',
      entityType: 'survey_invitation',
      entityId: inv.id,
      before: invitationAudit(inv),
      after: { status: 'cancelled', reason },
    })
    return 'cancelled' as const
  }
  if (inv.complaintId && inv.source === 'complaint') {
    const c = await tx.repos.complaints.byId(inv.complaintId)
    if (c?.status !== 'closed') return cancel('complaint reopened before the survey went out')
  }
  const customer = await tx.repos.customers.byId(inv.customerId)
  const to = customer ? recipientOf(customer) : null
  if (!to) return cancel('customer has no phone or e-mail')
  const { settings } = await loadSurveyPolicy(tx.repos)
  const { token, tokenHash } = newLink(security)
  const expiresAt = linkExpiry(now, settings.linkValidDays)
  const sent = await tx.repos.surveys.invitations.markDelivered(inv.id, now, expiresAt, tokenHash)
  if (!sent) return 'skipped'
  const message = await linkMessage(tx.repos, inv, to, token, { reminder: false, expiresAt })
  await tx.repos.outbox.enqueue({ ...message, at: now })
  await tx.audit({
    action: 'survey.deliver',
    entityType: 'survey_invitation',
    entityId: inv.id,
    before: invitationAudit(inv),
    after: invitationAudit(sent),
  })
  return 'delivered'
}

/**
 * The due-invitations sweep: every scheduled invitation whose time has come is delivered, each in its
 * own transaction. Safe to run often and on several servers: the scheduled → sent step is a
 * conditional update, so an invitation is delivered once whoever sweeps first.
 */
export async function runSurveyDeliverySweep(deps: SweepDeps, limit = 200) {
  const now = deps.clock()
  const due = await deps.repos.surveys.invitations.dueForDelivery(now, limit)
  const counts = { checked: due.length, delivered: 0, cancelled: 0 }
  for (const inv of due) {
    const r = await run(deps, now, (tx) => deliverScheduled(tx, deps.security, inv, now))
    if (r !== 'skipped') counts[r] += 1
  }
  return counts
}

/**
 * The reminder sweep: an unanswered, unexpired invitation gets a reminder N days after delivery (up to
 * HQ's maximum), with a link of its own. Idempotent: each reminder is claimed by bumping the count
 * from the value read, so running it twice, or on two servers, sends each reminder once.
 */
export async function runSurveyReminderSweep(deps: SweepDeps, limit = 200) {
  const now = deps.clock()
  const { settings } = await loadSurveyPolicy(deps.repos)
  const candidates = await deps.repos.surveys.invitations.reminderCandidates(
    now,
    settings.reminderAfterDays,
    settings.maxReminders,
    limit,
  )
  let reminded = 0
  for (const inv of candidates.filter((i) => reminderDue(i, settings, now))) {
    reminded += await run(deps, now, async (tx) => {
      const customer = await tx.repos.customers.byId(inv.customerId)
      const to = customer ? recipientOf(customer) : null
      if (!to) return 0
      const { token, tokenHash } = newLink(deps.security)
      if (!(await tx.repos.surveys.invitations.claimReminder(inv.id, inv.remindersSent, tokenHash, now)))
        return 0
      const message = await linkMessage(tx.repos, inv, to, token, {
        reminder: true,
        expiresAt: inv.expiresAt!,
      })
      await tx.repos.outbox.enqueue({ ...message, at: now })
      await tx.audit({
        action: 'survey.remind',
        entityType: 'survey_invitation',
        entityId: inv.id,
        before: { remindersSent: inv.remindersSent },
        after: { remindersSent: inv.remindersSent + 1 },
      })
      return 1
    })
  }
  return { checked: candidates.length, reminded }
}
