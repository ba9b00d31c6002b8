import type { Repositories, UnitOfWork } from '@asq/domain'
import { breachesOf, eightdRecipient, escalatedMessage, escalationOwnerOf } from '@asq/domain'
import { claimAudit, loadEightdPolicy } from './eightd.service'

/**
 * The 8D escalation sweep: every open claim with a step the supplier owes past its deadline rises
 * level by level (supplier contact → supplier management → HQ purchasing). Each (claim, step, level)
 * is claimed by a unique row in the database, so two servers sweeping together, or one sweeping twice,
 * escalate it exactly once.
 */
export async function runEightdEscalationSweep(
  deps: { uow: UnitOfWork; repos: Repositories },
  now: Date,
  limit = 500,
) {
  const due = await deps.repos.eightd.claims.dueForSweep(now, limit)
  let escalated = 0
  for (const candidate of due) {
    escalated += await deps.uow.run(async (repos) => {
      const { settings } = await loadEightdPolicy(repos)
      const steps = await repos.eightd.steps.forClaim(candidate.id)
      const supplierCode =
        (await repos.organisations.byId(candidate.supplierId))?.code ?? candidate.supplierId
      let n = 0
      for (const breach of breachesOf(steps, now, settings)) {
        const claimed = await repos.eightd.claims.claimEscalation({
          claimId: candidate.id,
          ...breach,
          at: now,
        })
        if (!claimed) continue
        const before = await repos.eightd.claims.byId(candidate.id)
        const after = await repos.eightd.claims.raiseLevel(candidate.id, breach.level)
        const owner = escalationOwnerOf(breach.level)
        await repos.outbox.enqueue({
          channel: 'email',
          recipient: eightdRecipient(owner, supplierCode),
          kind: 'eightd_escalated',
          ...escalatedMessage(after.number, breach.step, owner),
          at: now,
        })
        await repos.audit.record({
          action: 'eightd.escalate',
          entityType: 'eightd_claim',
          entityId: candidate.id,
          before: before ? claimAudit(before) : null,
          after: { ...claimAudit(after), step: breach.step, level: breach.level, owner },
          at: now,
          actor: null,
        })
        n++
      }
      return n
    })
  }
  return { checked: due.length, escalated }
}
