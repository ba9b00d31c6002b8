import type { Role } from '../identity'
import { DomainError } from '../shared/errors'
import type { SlaSettings } from '../sla'

/** Goodwill (补偿) is granted within the handler's approval authority (核决权限); above it a manager approves. */
export type CompensationStatus = 'approved' | 'pending_approval' | 'rejected'

type AuthorityRole = keyof SlaSettings['compensationAuthorityFen']

/** The largest amount any of the actor's roles may grant alone (0 for roles without authority). */
export function authorityOf(roles: readonly Role[], settings: SlaSettings): number {
  const table = settings.compensationAuthorityFen
  return Math.max(0, ...roles.filter((r): r is AuthorityRole => r in table).map((r) => table[r]))
}

export function compensationStatusFor(
  amountFen: number,
  roles: readonly Role[],
  settings: SlaSettings,
): CompensationStatus {
  return amountFen <= authorityOf(roles, settings) ? 'approved' : 'pending_approval'
}

/** Only someone whose own authority covers the amount may approve it, and not the one who proposed it. */
export function assertMayApprove(
  amountFen: number,
  roles: readonly Role[],
  settings: SlaSettings,
  selfProposed: boolean,
): void {
  if (selfProposed) {
    throw new DomainError(
      'FORBIDDEN',
      'COMPLAINT.SELF_APPROVAL',
      'You cannot approve goodwill you proposed yourself',
    )
  }
  if (amountFen > authorityOf(roles, settings)) {
    throw new DomainError(
      'FORBIDDEN',
      'COMPLAINT.ABOVE_AUTHORITY',
      'This amount is above your approval authority; a higher manager must approve it',
      {
        field: 'amountFen',
      },
    )
  }
}
