import type { CommandInput, CommandName, StaffActor } from '@asq/domain'
import { decide } from '@asq/domain'
import type { Context } from '../../context'
import { keepOwnerIfEligible } from './complaint.assignment'
import { withChildren } from './complaint.children'
import { loadScoped, persistDecision, type Scope } from './complaint.service'

/** Runs one staff command on a complaint in scope: decide (pure), create children, persist, audit. */
export function runCommand<N extends CommandName>(
  ctx: Context & { actor: StaffActor },
  scope: Scope,
  name: N,
  input: CommandInput<N>,
) {
  return ctx.transact(async (tx) => {
    const c = await loadScoped(tx.repos, input.id, scope)
    const now = ctx.clock()
    const decision = await withChildren(tx, ctx.actor, c, name, input, decide(c, name, input, now), now)
    let updated = await persistDecision(tx, ctx, c, input.version, decision, name)
    // A transfer to another station: the owner stays only if still eligible (assignment.ts).
    if (updated.stationId !== c.stationId) updated = await keepOwnerIfEligible(tx, ctx, updated)
    return { id: updated.id, version: updated.version, status: updated.status }
  })
}
