import { mulHalfUp } from '../shared/money'
import type { EightdCostLine, EightdRecovery } from './eightd.entity'
import { eightdErrors } from './eightd.errors'
import type { EightdSettings } from './eightd.policy'

/** Costs + handling fee: rate × costs, at least the minimum and at most the cap (no fee on zero costs). */
export function computeRecovery(lines: readonly EightdCostLine[], fee: EightdSettings['handlingFee']) {
  if (!lines.length) throw eightdErrors.noCosts()
  const costFen = lines.reduce((sum, l) => sum + l.amountFen, 0)
  const byRate = mulHalfUp(costFen, fee.rateBasisPoints, 10_000)
  const handlingFeeFen = costFen === 0 ? 0 : Math.min(Math.max(byRate, fee.minimumFen), fee.maximumFen)
  return { costFen, handlingFeeFen, computedFen: costFen + handlingFeeFen }
}

/** HQ's revised amount: 0 ≤ amount ≤ computed cost. */
export function assertRecoveryAmount(amountFen: number, computedFen: number): void {
  if (amountFen < 0) throw eightdErrors.amountNegative()
  if (amountFen > computedFen) throw eightdErrors.amountAboveCost(computedFen)
}

type R = Pick<EightdRecovery, 'status'> | null

/** HQ may (re)compute or revise until the supplier has accepted. */
export function assertHqMayChange(r: R): void {
  if (r?.status === 'accepted') throw eightdErrors.recoveryState('accepted', 'changed')
}

/** The supplier accepts a proposed (or disputed) amount; it is then posted once to its account. */
export function assertMayAccept(r: R): asserts r is Pick<EightdRecovery, 'status'> {
  if (!r) throw eightdErrors.recoveryMissing()
  if (r.status === 'accepted') throw eightdErrors.recoveryState('accepted', 'accepted again')
}

/** The supplier disputes a proposed amount, with a reason. */
export function assertMayDispute(r: R, reason: string): asserts r is Pick<EightdRecovery, 'status'> {
  if (!reason.trim()) throw eightdErrors.disputeReasonRequired()
  if (!r) throw eightdErrors.recoveryMissing()
  if (r.status !== 'proposed') throw eightdErrors.recoveryState(r.status, 'disputed')
}

/** A warranty repair HQ paid a station for (a reimbursement line approved or adjusted in audit). */
export type PaidWarrantyLine = {
  repairOrderNo: string
  repairDate: string
  partCode: string
  quantity: number
  stationLabel: string
  /** What HQ pays for the line: the approved (or adjusted) amount. */
  paidFen: number
  /** The parts share as priced by the fee engine (cost price × quantity), when known. */
  partsFen: number | null
}

/**
 * The cost lines a recovery starts from: each paid warranty repair split into its parts and its labour
 * (an adjusted amount below the parts price is all parts). HQ may still edit or add logistics.
 */
export function warrantyCostLines(paid: readonly PaidWarrantyLine[]): EightdCostLine[] {
  return paid.flatMap((p) => {
    const what = `${p.repairOrderNo} · ${p.partCode} ×${p.quantity} · ${p.stationLabel} · ${p.repairDate}`
    const parts = Math.min(p.partsFen ?? p.paidFen, p.paidFen)
    const labour = p.paidFen - parts
    const lines: EightdCostLine[] = [{ kind: 'parts', description: what, amountFen: parts }]
    if (labour > 0) lines.push({ kind: 'labour', description: what, amountFen: labour })
    return lines
  })
}
