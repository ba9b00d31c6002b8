import type { DeductionLine, Repositories } from '@asq/domain'
import { overdueDeductions, periodDays, pricesInForce } from '@asq/domain'

export type DealerDeduction = DeductionLine & { dealerId: string }

/**
 * The one adapter that asks the fee context (issue 4) what HQ takes back from a dealer at the
 * settlement of `period`:
 * - old parts still unreported after their return deadline, as of the last day of the period, at the
 *   part's out-of-warranty (list) price in force that day (overdueDeductions);
 * - the debits of parts requests HQ confirmed during the period, at cost.
 * Each carries its cause (registration / request id): the ledger posts a cause once, ever.
 */
export async function deductionsFor(
  repos: Repositories,
  dealerId: string | null,
  period: string,
): Promise<DealerDeduction[]> {
  const asOf = periodDays(period).last
  // One after the other: these may run on a transaction's single connection. The catalogue is read
  // once per call, and a settlement run calls this once for every dealer (dealerId null).
  const unreported = await repos.fee.oldParts.unreported(dealerId ? { dealerId } : {})
  const catalogue = pricesInForce(await repos.fee.catalogue.parts(), await repos.fee.catalogue.prices(), asOf)
  const debits = await repos.fee.partsRequests.confirmedDebits(dealerId, period)
  const oldParts: DealerDeduction[] = overdueDeductions(unreported, asOf, catalogue).map((d) => ({
    dealerId: d.dealerId,
    causeType: 'old_part',
    causeId: d.registrationId,
    amountFen: d.amountFen,
    description: `${d.reason.zh}（${d.partCode} × ${d.quantity}）`,
  }))
  const requests: DealerDeduction[] = debits.map((d) => ({
    dealerId: d.dealerId,
    causeType: 'parts_request',
    causeId: d.requestId,
    amountFen: d.amountFen,
    description: `配件申请 ${d.number} 按成本扣款 Parts request ${d.number} at cost`,
  }))
  return [...oldParts, ...requests]
}
