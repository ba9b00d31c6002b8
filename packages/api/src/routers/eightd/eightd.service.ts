import type { AuditEvent, EightdClaim, EightdSettings, Repositories, WorkingCalendar } from '@asq/domain'
import { DEFAULT_EIGHTD_SETTINGS, nextDeadline, notFound, staleVersion } from '@asq/domain'
import { loadSla } from '../complaint/complaint.service'

/** Whose claims a caller may touch: a supplier only its own, HQ all. */
export type EightdScope = { kind: 'hq' } | { kind: 'supplier'; supplierId: string }

export type Tx = { repos: Repositories; audit(e: AuditEvent): Promise<void> }

/** Loads a claim the caller may see; anything else (missing or another supplier's) is NOT_FOUND. */
export async function loadClaim(repos: Repositories, id: string, scope: EightdScope): Promise<EightdClaim> {
  const c = await repos.eightd.claims.byId(id)
  if (!c || (scope.kind === 'supplier' && c.supplierId !== scope.supplierId)) throw notFound('claim')
  return c
}

export type EightdPolicyContext = { settings: EightdSettings; version: number; calendar: WorkingCalendar }

/** HQ's current 8D settings (defaults until HQ saves its own) and the shared working calendar. */
export async function loadEightdPolicy(repos: Repositories): Promise<EightdPolicyContext> {
  const [policy, sla] = await Promise.all([repos.eightd.policy.current(), loadSla(repos)])
  return {
    settings: policy?.settings ?? DEFAULT_EIGHTD_SETTINGS,
    version: policy?.version ?? 0,
    calendar: sla.calendar,
  }
}

/** What the audit trail keeps of a claim. */
export const claimAudit = (c: EightdClaim) => ({
  number: c.number,
  supplierId: c.supplierId,
  status: c.status,
  escalationLevel: c.escalationLevel,
  nextDueAt: c.nextDueAt?.toISOString() ?? null,
  version: c.version,
})

/** After a step changes state: the claim's nearest owed deadline, and closing when D8 is approved. */
export async function refreshClaim(
  repos: Repositories,
  c: EightdClaim,
  patch: Partial<Pick<EightdClaim, 'status' | 'closedAt'>> = {},
): Promise<EightdClaim> {
  const steps = await repos.eightd.steps.forClaim(c.id)
  const updated = await repos.eightd.claims.update(c.id, c.version, {
    ...patch,
    nextDueAt: patch.status === 'closed' ? null : nextDeadline(steps),
  })
  if (!updated) throw staleVersion('claim')
  return updated
}
