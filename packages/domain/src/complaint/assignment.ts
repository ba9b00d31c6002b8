import type { OrgKind, Role, StaffActor } from '../identity'
import { DomainError } from '../shared/errors'
import type { Decision } from './complaint.commands'
import type { Complaint, NewComplaintEvent } from './complaint.entity'
import { escalationOwner } from './complaint.escalation'

/**
 * Assignment (issue 17): besides its owning organisation a case has an owner, one person.
 *
 * The owning organisation is the case's station (`stationId`) until an overdue case has escalated to
 * HQ service or above (escalation level ≥ 2, see complaint.escalation.ts); from then on — and for a
 * case without a station — HQ owns it. Ownership moves in two ways today: the desk's `assign` command
 * may transfer a case to another station, and the escalation sweep raises its level. After either, the
 * owner is kept only while still eligible (`ownerAfterOrgChange`), otherwise cleared, with an event.
 * A closed case is never reassigned: reopen it first (reopening keeps its owner).
 */
export type OwnerCandidate = {
  id: string
  displayName: string
  orgId: string
  orgKind: OrgKind
  roles: readonly Role[]
  active: boolean
  /** Marked away (leave, sick, training): the case may be taken, the manager sees it as theirs. */
  away: boolean
}

export type OwningOrg = { kind: 'station'; stationId: string } | { kind: 'hq' }

export const STATION_OWNER_ROLES = ['dealer_manager', 'dealer_staff'] as const satisfies readonly Role[]
export const HQ_OWNER_ROLES = ['hq_service', 'hq_admin'] as const satisfies readonly Role[]
export const HAND_OVER_REASON_MAX = 500

export function owningOrg(c: Pick<Complaint, 'stationId' | 'escalationLevel'>): OwningOrg {
  const level = escalationOwner(c.escalationLevel)
  if (c.stationId === null || level === 'hq_service' || level === 'hq_management') return { kind: 'hq' }
  return { kind: 'station', stationId: c.stationId }
}

const holds = (roles: readonly Role[], wanted: readonly Role[]) => roles.some((r) => wanted.includes(r))

/** An active person at the owning station (manager or advisor), or an HQ service person when HQ owns it. */
export function mayOwn(c: Pick<Complaint, 'stationId' | 'escalationLevel'>, p: OwnerCandidate): boolean {
  if (!p.active) return false
  const org = owningOrg(c)
  if (org.kind === 'hq') return p.orgKind === 'hq' && holds(p.roles, HQ_OWNER_ROLES)
  return p.orgKind === 'dealer' && p.orgId === org.stationId && holds(p.roles, STATION_OWNER_ROLES)
}

/** The people an assign or hand-over dialog offers, by name. */
export const eligibleOwners = (
  c: Pick<Complaint, 'stationId' | 'escalationLevel'>,
  people: readonly OwnerCandidate[],
): OwnerCandidate[] =>
  people.filter((p) => mayOwn(c, p)).sort((a, b) => a.displayName.localeCompare(b.displayName, 'zh-CN'))

type Director = Pick<StaffActor, 'userId' | 'orgId' | 'orgKind' | 'roles'>

/** Who directs a case's owner: HQ service and admins on any case, a station manager on its station's. */
export function mayDirect(c: Pick<Complaint, 'stationId' | 'escalationLevel'>, a: Director): boolean {
  if (a.orgKind === 'hq') return holds(a.roles, HQ_OWNER_ROLES)
  const org = owningOrg(c)
  return org.kind === 'station' && a.orgId === org.stationId && a.roles.includes('dealer_manager')
}

const err = (
  kind: 'BAD_INPUT' | 'FORBIDDEN' | 'PRECONDITION',
  code: string,
  message: string,
  field?: string,
) => new DomainError(kind, `COMPLAINT.${code}`, message, field ? { field } : {})

function assertReassignable(c: Pick<Complaint, 'status'>) {
  if (c.status === 'closed') throw err('PRECONDITION', 'CLOSED', 'This complaint is closed; reopen it first')
}

function assertEligible(c: Complaint, to: OwnerCandidate, current: OwnerCandidate | null) {
  if (!mayOwn(c, to))
    throw err('BAD_INPUT', 'OWNER_NOT_ELIGIBLE', 'This person cannot own this case', 'ownerId')
  if (current?.id === to.id)
    throw err('BAD_INPUT', 'ALREADY_OWNER', 'This person already owns the case', 'ownerId')
}

export type OwnerChangeHow = 'assign' | 'take' | 'hand_over' | 'cleared'

/** The timeline entry: internal, never shown to the customer (not in CUSTOMER_EVENT_TEXT). */
const ownerChanged = (
  how: OwnerChangeHow,
  from: OwnerCandidate | null,
  to: OwnerCandidate | null,
  reason: string | null,
): NewComplaintEvent => ({
  type: 'owner_changed',
  visibility: 'internal',
  data: {
    how,
    fromId: from?.id ?? null,
    fromName: from?.displayName ?? null,
    toId: to?.id ?? null,
    toName: to?.displayName ?? null,
    reason,
  },
})

const change = (
  how: OwnerChangeHow,
  from: OwnerCandidate | null,
  to: OwnerCandidate | null,
  reason: string | null = null,
): Decision => ({ patch: { ownerId: to?.id ?? null }, events: [ownerChanged(how, from, to, reason)] })

/** A manager (or HQ) names the owner, whether or not the case had one. */
export function assignOwner(
  c: Complaint,
  actor: Director,
  current: OwnerCandidate | null,
  to: OwnerCandidate,
) {
  assertReassignable(c)
  if (!mayDirect(c, actor))
    throw err('FORBIDDEN', 'ASSIGN_FORBIDDEN', "Only the station's manager or HQ service assigns this case")
  assertEligible(c, to, current)
  return change('assign', current, to)
}

/** The owner is free to be replaced by a taker: none, away, or no longer eligible (left, moved). */
export const ownerIsFree = (c: Complaint, current: OwnerCandidate | null) =>
  current === null || current.away || !mayOwn(c, current)

/** An eligible person takes an unassigned case, or one whose owner is away. */
export function takeCase(c: Complaint, taker: OwnerCandidate, current: OwnerCandidate | null) {
  assertReassignable(c)
  if (!mayOwn(c, taker)) throw err('FORBIDDEN', 'NOT_ELIGIBLE', 'You cannot own this case')
  if (current?.id === taker.id) throw err('PRECONDITION', 'ALREADY_OWNER', 'You already own this case')
  if (!ownerIsFree(c, current))
    throw err(
      'PRECONDITION',
      'ALREADY_OWNED',
      'Someone who is not away owns this case; ask them to hand it over',
    )
  return change('take', current, taker)
}

/** A hand-over's reason, trimmed: required, at most HAND_OVER_REASON_MAX characters. */
export function handOverReason(raw: string): string {
  const reason = raw.trim()
  if (reason.length === 0)
    throw err('BAD_INPUT', 'REASON_REQUIRED', 'Say why the case is handed over', 'reason')
  if (reason.length > HAND_OVER_REASON_MAX)
    throw err('BAD_INPUT', 'REASON_TOO_LONG', `At most ${HAND_OVER_REASON_MAX} characters`, 'reason')
  return reason
}

/** The owner, or whoever directs the case, hands it to another eligible person, saying why. */
export function handOver(
  c: Complaint,
  actor: Director,
  current: OwnerCandidate | null,
  to: OwnerCandidate,
  rawReason: string,
) {
  assertReassignable(c)
  if (!current) throw err('PRECONDITION', 'NOT_OWNED', 'Nobody owns this case yet; assign it instead')
  if (current.id !== actor.userId && !mayDirect(c, actor))
    throw err(
      'FORBIDDEN',
      'HAND_OVER_FORBIDDEN',
      "Only the owner, the station's manager or HQ hands this case over",
    )
  const reason = handOverReason(rawReason)
  assertEligible(c, to, current)
  return change('hand_over', current, to, reason)
}

/** After the owning organisation changed (transfer, escalation): the owner stays only while eligible. */
export function ownerAfterOrgChange(after: Complaint, current: OwnerCandidate | null): Decision {
  if (!current || mayOwn(after, current)) return { patch: {}, events: [] }
  return change('cleared', current, null, 'owning organisation changed')
}

/** Who answers for their colleagues' cases: a station's manager, and at HQ the admins (who assign any case). */
export const coversForColleagues = (viewer: Pick<StaffActor, 'roles'>): boolean =>
  viewer.roles.includes('dealer_manager') || viewer.roles.includes('hq_admin')

/**
 * Whose cases are in a person's "my cases": their own; a station manager's (or an HQ admin's) also
 * those of their organisation's people who are away, so nothing waits unseen while its owner is out.
 */
export function myCasesOwnerIds(
  viewer: Pick<StaffActor, 'userId' | 'orgId' | 'roles'>,
  colleagues: readonly Pick<OwnerCandidate, 'id' | 'orgId' | 'away'>[],
): string[] {
  if (!coversForColleagues(viewer)) return [viewer.userId]
  const away = colleagues.filter((p) => p.away && p.orgId === viewer.orgId && p.id !== viewer.userId)
  return [viewer.userId, ...away.map((p) => p.id)]
}

/** The people a case may be owned by, as the assignment rules read them. */
export interface OwnerDirectory {
  byId(id: string): Promise<OwnerCandidate | null>
  /** The active and inactive staff of one organisation, or of HQ. */
  people(of: { orgId: string } | { orgKind: 'hq' }): Promise<OwnerCandidate[]>
}
