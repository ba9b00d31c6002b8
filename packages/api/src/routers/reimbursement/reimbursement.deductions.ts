import type { DeductionLine, Repositories } from '@asq/domain'
import { overdueDeductions, periodDays, pricesInForce } from '@asq/domain'

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
  dealerId: string,
  period: string,
): Promise<DeductionLine[]> {
  const asOf = periodDays(period).last
  const [unreported, parts, prices, debits] = await Promise.all([
    repos.fee.oldParts.unreported({ dealerId }),
    repos.fee.catalogue.parts(),
    repos.fee.catalogue.prices(),
    repos.fee.partsRequests.confirmedDebits(dealerId, period),
  ])
  const catalogue = pricesInForce(parts, prices, asOf)
  const oldParts: DeductionLine[] = overdueDeductions(unreported, asOf, catalogue).map((d) => ({
    causeType: 'old_part',
    causeId: d.registrationId,
    amountFen: d.amountFen,
    description: `${d.reason.zh}（${d.partCode} × ${d.quantity}）`,
  }))
  const requests: DeductionLine[] = debits.map((d) => ({
    causeType: 'parts_request',
    causeId: d.requestId,
    amountFen: d.amountFen,
    description: `配件申请 ${d.number} 按成本扣款 Parts request ${d.number} at cost`,
  }))
  return [...oldParts, ...requests]
}
