import type {
  AssignOwnerInput,
  Complaint,
  Decision,
  HandOverInput,
  OwnerCandidate,
  Repositories,
  StaffActor,
} from '@asq/domain'
import {
  assignOwner,
  coversForColleagues,
  eligibleOwners,
  handOver,
  mayDirect,
  myCasesOwnerIds,
  notFound,
  ownerAfterOrgChange,
  ownerIsFree,
  owningOrg,
  takeCase,
} from '@asq/domain'
import type { Context } from '../../context'
import { notify } from '../notification/notify'
import { loadScoped, persistDecision, type Scope } from './complaint.service'

/** Assignment of a case to a person (issue 17): the rules are assignment.ts; this loads and persists. */
type Ctx = Context & { actor: StaffActor }

const peopleFor = (repos: Repositories, c: Complaint) => {
  const org = owningOrg(c)
  return repos.owners.people(org.kind === 'hq' ? { orgKind: 'hq' } : { orgId: org.stationId })
}

const ownerOf = (repos: Repositories, c: Complaint) => (c.ownerId ? repos.owners.byId(c.ownerId) : null)

const brief = (p: OwnerCandidate) => ({ id: p.id, displayName: p.displayName, away: p.away })

/** The case page's owner panel: who owns it, whom it may go to, and what the caller may do. */
export async function ownerPanel(ctx: Ctx, scope: Scope, id: string) {
  const c = await loadScoped(ctx.repos, id, scope)
  const [owner, people, me] = await Promise.all([
    ownerOf(ctx.repos, c),
    peopleFor(ctx.repos, c),
    ctx.repos.owners.byId(ctx.actor.userId),
  ])
  const open = c.status !== 'closed'
  const eligible = eligibleOwners(c, people)
  const mine = owner?.id === ctx.actor.userId
  return {
    owner: owner ? brief(owner) : null,
    eligible: eligible.map(brief),
    version: c.version,
    canAssign: open && mayDirect(c, ctx.actor),
    canTake: open && !mine && eligible.some((p) => p.id === me?.id) && ownerIsFree(c, owner),
    canHandOver: open && owner !== null && (mine || mayDirect(c, ctx.actor)),
  }
}

type Change =
  | { kind: 'assign_owner'; input: AssignOwnerInput }
  | { kind: 'take'; input: { id: string; version: number } }
  | { kind: 'hand_over'; input: HandOverInput }

/**
 * One owner change in one transaction: the optimistic version check (two managers at once: one wins,
 * the other gets CONFLICT), the timeline event, the audit event and the new owner's notification —
 * keyed by the case's new version, so it is written once per assignment.
 */
export function changeOwner(ctx: Ctx, scope: Scope, change: Change) {
  return ctx.transact(async (tx) => {
    const c = await loadScoped(tx.repos, change.input.id, scope)
    const current = await ownerOf(tx.repos, c)
    const target = async (id: string) => {
      const p = await tx.repos.owners.byId(id)
      // Unknown people are named like ineligible ones: the field is wrong either way.
      return (
        p ?? {
          id,
          displayName: '',
          orgId: '',
          orgKind: 'supplier' as const,
          roles: [],
          active: false,
          away: false,
        }
      )
    }
    let decision: Decision
    if (change.kind === 'assign_owner')
      decision = assignOwner(c, ctx.actor, current, await target(change.input.ownerId))
    else if (change.kind === 'hand_over')
      decision = handOver(c, ctx.actor, current, await target(change.input.ownerId), change.input.reason)
    else {
      const me = await tx.repos.owners.byId(ctx.actor.userId)
      if (!me) throw notFound('user')
      decision = takeCase(c, me, current)
    }
    const updated = await persistDecision(tx, ctx, c, change.input.version, decision, change.kind)
    const ownerId = updated.ownerId!
    if (ownerId !== ctx.actor.userId)
      await notify(tx, {
        event: 'case_assigned',
        key: `${c.id}:${updated.version}`,
        recipients: { userIds: [ownerId] },
        link: `/complaints/${c.id}`,
        payload: { ref: c.number, summary: c.summary },
        at: ctx.clock(),
      })
    return { id: updated.id, version: updated.version, ownerId }
  })
}

/**
 * After a change that may have moved the owning organisation (a transfer to another station, an
 * escalation to HQ): the owner stays only while still eligible, otherwise is cleared with an event.
 */
export async function keepOwnerIfEligible(
  tx: Parameters<typeof persistDecision>[0],
  ctx: Parameters<typeof persistDecision>[1],
  after: Complaint,
): Promise<Complaint> {
  const decision = ownerAfterOrgChange(after, await ownerOf(tx.repos, after))
  if (decision.events.length === 0) return after
  return persistDecision(tx, ctx, after, after.version, decision, 'owner_cleared')
}

/** The list filter of an assignment view: "my cases" (with away colleagues for a manager) or "unassigned". */
export async function ownerFilter(
  repos: Repositories,
  actor: StaffActor,
  view: 'mine' | 'unassigned' | undefined,
) {
  if (view === 'unassigned') return { unassigned: true }
  if (view !== 'mine') return {}
  const colleagues = coversForColleagues(actor) ? await repos.owners.people({ orgId: actor.orgId }) : []
  return { ownerIds: myCasesOwnerIds(actor, colleagues) }
}
