import type { Repositories, UnitOfWork } from '@asq/domain'
import {
  breachesToEscalate,
  complaintClocks,
  ESCALATION_LEVEL_LABELS,
  escalationMessage,
  escalationOwner,
  MAX_ESCALATION_LEVEL,
  ownerAfterOrgChange,
} from '@asq/domain'
import { notifyDeadline } from '../notification/notify.events'
import { auditView, loadSla } from './complaint.service'

/**
 * The escalation sweep: every open complaint whose nearest deadline has passed is re-evaluated, and
 * each breach (clock, cycle) raises it one level exactly once. The claim is a unique row in the
 * database, so two servers sweeping together, or one sweeping twice, never escalate a breach twice.
 */
export async function runEscalationSweep(
  deps: { uow: UnitOfWork; repos: Repositories; clock: () => Date },
  limit = 500,
) {
  const now = deps.clock()
  const due = await deps.repos.complaints.dueForSweep(now, limit)
  // The policy and calendar once per pass, not once per candidate.
  const sla = await loadSla(deps.repos)
  let escalated = 0
  for (const candidate of due) {
    escalated += await deps.uow.run(async (repos) => {
      const { clocks } = complaintClocks(
        await repos.complaints.events(candidate.id),
        sla.settings,
        sla.calendarFor(candidate.stationId),
        now,
      )
      let n = 0
      for (const breach of breachesToEscalate(clocks)) {
        const claim = await repos.complaints.claimEscalation({
          complaintId: candidate.id,
          clock: breach.clock,
          cycle: breach.cycle,
          at: now,
        })
        if (!claim) continue
        const before = await repos.complaints.byId(candidate.id)
        const after = await repos.complaints.raiseLevel(candidate.id, claim, MAX_ESCALATION_LEVEL)
        const owner = escalationOwner(after.escalationLevel)
        await repos.complaints.appendEvents(candidate.id, now, 'system:escalation', [
          {
            type: 'escalated',
            visibility: 'customer',
            data: { clock: breach.clock, cycle: breach.cycle, level: after.escalationLevel, owner },
          },
        ])
        const ownerPerson = after.ownerId ? await repos.owners.byId(after.ownerId) : null
        const message = escalationMessage(
          after.number,
          breach.clock,
          after.escalationLevel,
          ownerPerson?.displayName ?? null,
        )
        await repos.outbox.enqueue({
          channel: 'email',
          recipient: `${owner}@escalation.local`,
          kind: 'complaint_escalated',
          ...message,
          at: now,
        })
        await notifyDeadline({ repos }, after, breach, now)
        await repos.audit.record({
          action: 'complaint.escalate',
          entityType: 'complaint',
          entityId: candidate.id,
          before: before ? auditView(before) : null,
          after: { ...auditView(after), owner: ESCALATION_LEVEL_LABELS[owner].en, clock: breach.clock },
          at: now,
          actor: null,
        })
        // Escalated to HQ: a station owner is no longer eligible and is cleared (assignment.ts).
        const cleared = ownerAfterOrgChange(after, ownerPerson)
        if (cleared.events.length > 0) {
          const next = await repos.complaints.update(after.id, after.version, cleared.patch)
          await repos.complaints.appendEvents(candidate.id, now, 'system:escalation', cleared.events)
          await repos.audit.record({
            action: 'complaint.owner_cleared',
            entityType: 'complaint',
            entityId: candidate.id,
            before: auditView(after),
            after: next ? auditView(next) : null,
            at: now,
            actor: null,
          })
        }
        n++
      }
      return n
    })
  }
  await deps.repos.complaints.markSwept(
    due.map((c) => c.id),
    now,
  )
  return { checked: due.length, escalated }
}
