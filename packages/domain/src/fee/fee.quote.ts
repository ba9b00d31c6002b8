import type { Fen } from '../shared/money'
import type { PricedRepair } from './fee.engine'
import type { RepairInput } from './fee.repair'
import type { QuoteStatus } from './fee.vocabulary'

/** A repair priced for a customer at a station (报价), stored with the figures it was given. */
export type FeeQuote = {
  id: string
  number: string
  dealerId: string
  customerId: string | null
  vin: string | null
  repair: RepairInput
  priced: PricedRepair
  status: QuoteStatus
  customerChargeFen: Fen
  dealerReimbursementFen: Fen
  unapprovedStandard: boolean
  createdBy: string
  createdAt: Date
  finalisedAt: Date | null
  version: number
}

/** What the customer reads: each charge with its plain-language reason; no costs, no reimbursements. */
export function customerQuoteView(q: FeeQuote) {
  return {
    id: q.id,
    number: q.number,
    status: q.status,
    repairDate: q.repair.repairDate,
    vin: q.vin,
    lines: q.priced.lines.map((l) => ({
      kind: l.kind,
      description: l.description,
      quantity: l.quantity,
      inWarranty: l.inWarranty,
      reason: { code: l.reason.code, zh: l.reason.zh, en: l.reason.en },
      chargeFen: l.customerChargeFen,
      oldPartReturnRequired: l.oldPartReturnRequired,
    })),
    totalFen: q.customerChargeFen,
    /** Waiting for HQ's approval of the station's fee standard: nothing may be charged yet. */
    pendingApproval: q.unapprovedStandard,
    createdAt: q.createdAt,
  }
}
