import type { Actor, EightdCostLine, EightdRecovery } from '@asq/domain'
import {
  assertHqMayChange,
  assertMayAccept,
  assertMayDispute,
  assertRecoveryAmount,
  computeRecovery,
  DomainError,
  staleVersion,
} from '@asq/domain'
import type { Context } from '../../context'
import { loadClaim, loadEightdPolicy } from './eightd.service'

type Ctx = Context & { actor: Actor }

const recoveryAudit = (r: EightdRecovery | null) =>
  r && { status: r.status, computedFen: r.computedFen, amountFen: r.amountFen, version: r.version }

function checkVersion(current: EightdRecovery | null, version: number | undefined) {
  if ((current?.version ?? undefined) !== version) throw staleVersion('recovery')
}

/** HQ computes what to recover: the cost lines (parts, labour, logistics) plus the handling fee by policy. */
export function computeClaimRecovery(
  ctx: Ctx,
  input: { claimId: string; lines: EightdCostLine[]; version?: number | undefined },
) {
  return ctx.transact(async (tx) => {
    const claim = await loadClaim(tx.repos, input.claimId, { kind: 'hq' })
    for (const [i, l] of input.lines.entries()) {
      if (l.complaintId && !claim.complaintIds.includes(l.complaintId))
        throw new DomainError(
          'BAD_INPUT',
          'EIGHTD.COMPLAINT_NOT_LINKED',
          'That complaint is not linked to this claim',
          {
            field: `lines.${i}.complaintId`,
          },
        )
    }
    const current = await tx.repos.eightd.recovery.get(claim.id)
    assertHqMayChange(current)
    checkVersion(current, input.version)
    const { settings } = await loadEightdPolicy(tx.repos)
    const sums = computeRecovery(input.lines, settings.handlingFee)
    const saved = await tx.repos.eightd.recovery.save(claim.id, current?.version ?? null, {
      lines: input.lines,
      ...sums,
      amountFen: sums.computedFen,
      status: 'proposed',
      disputeReason: null,
      hqNote: null,
      decidedAt: null,
      updatedAt: ctx.clock(),
    })
    if (!saved) throw staleVersion('recovery')
    await tx.audit({
      action: 'eightd.recovery.compute',
      entityType: 'eightd_recovery',
      entityId: claim.id,
      before: recoveryAudit(current),
      after: recoveryAudit(saved),
    })
    return saved
  })
}

/** HQ revises the amount asked for (e.g. after a dispute): 0 ≤ amount ≤ the computed cost. */
export function reviseClaimRecovery(
  ctx: Ctx,
  input: { claimId: string; amountFen: number; note: string; version: number },
) {
  return ctx.transact(async (tx) => {
    const claim = await loadClaim(tx.repos, input.claimId, { kind: 'hq' })
    const current = await tx.repos.eightd.recovery.get(claim.id)
    if (!current)
      throw new DomainError('CONFLICT', 'EIGHTD.NO_RECOVERY', 'Compute the recovery before revising it')
    assertHqMayChange(current)
    checkVersion(current, input.version)
    assertRecoveryAmount(input.amountFen, current.computedFen)
    const { claimId: _c, version: _v, ...rest } = current
    const saved = await tx.repos.eightd.recovery.save(claim.id, current.version, {
      ...rest,
      amountFen: input.amountFen,
      status: 'proposed',
      hqNote: input.note || null,
      updatedAt: ctx.clock(),
    })
    if (!saved) throw staleVersion('recovery')
    await tx.audit({
      action: 'eightd.recovery.revise',
      entityType: 'eightd_recovery',
      entityId: claim.id,
      before: recoveryAudit(current),
      after: recoveryAudit(saved),
    })
    return saved
  })
}

/** The supplier accepts: the amount is posted to its account exactly once (a unique key per claim). */
export function acceptClaimRecovery(
  ctx: Ctx,
  supplierId: string,
  input: { claimId: string; version: number },
) {
  return ctx.transact(async (tx) => {
    const claim = await loadClaim(tx.repos, input.claimId, { kind: 'supplier', supplierId })
    const current = await tx.repos.eightd.recovery.get(claim.id)
    assertMayAccept(current)
    checkVersion(current, input.version)
    const now = ctx.clock()
    const { claimId: _c, version: _v, ...rest } = current
    const saved = await tx.repos.eightd.recovery.save(claim.id, current.version, {
      ...rest,
      status: 'accepted',
      decidedAt: now,
      updatedAt: now,
    })
    if (!saved) throw staleVersion('recovery')
    const entry = await tx.repos.eightd.ledger.post({
      supplierId,
      claimId: claim.id,
      amountFen: saved.amountFen,
      postedAt: now,
    })
    if (!entry) throw new DomainError('CONFLICT', 'EIGHTD.ALREADY_POSTED', 'This recovery was posted already')
    await tx.audit({
      action: 'eightd.recovery.accept',
      entityType: 'eightd_recovery',
      entityId: claim.id,
      before: recoveryAudit(current),
      after: { ...recoveryAudit(saved), ledgerEntryId: entry.id },
    })
    return { status: saved.status, amountFen: saved.amountFen, version: saved.version }
  })
}

/** The supplier disputes the amount, with a reason HQ will read. */
export function disputeClaimRecovery(
  ctx: Ctx,
  supplierId: string,
  input: { claimId: string; reason: string; version: number },
) {
  return ctx.transact(async (tx) => {
    const claim = await loadClaim(tx.repos, input.claimId, { kind: 'supplier', supplierId })
    const current = await tx.repos.eightd.recovery.get(claim.id)
    assertMayDispute(current, input.reason)
    checkVersion(current, input.version)
    const { claimId: _c, version: _v, ...rest } = current
    const saved = await tx.repos.eightd.recovery.save(claim.id, current.version, {
      ...rest,
      status: 'disputed',
      disputeReason: input.reason,
      updatedAt: ctx.clock(),
    })
    if (!saved) throw staleVersion('recovery')
    await tx.audit({
      action: 'eightd.recovery.dispute',
      entityType: 'eightd_recovery',
      entityId: claim.id,
      before: recoveryAudit(current),
      after: { ...recoveryAudit(saved), reason: input.reason },
    })
    return { status: saved.status, amountFen: saved.amountFen, version: saved.version }
  })
}
