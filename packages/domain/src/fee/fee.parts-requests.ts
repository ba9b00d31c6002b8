import type { IsoDate } from '../shared/china-time'
import type { Fen } from '../shared/money'
import { illegalStep } from './fee.errors'
import type { DealerPartsRequestStatus } from './fee.vocabulary'

/** A dealer's parts purchase (先购买，后报销): HQ confirms content and cost, debits the dealer, ships. */
export type DealerPartsRequest = {
  id: string
  number: string
  dealerId: string
  lines: { partCode: string; quantity: number }[]
  note: string | null
  status: DealerPartsRequestStatus
  /** The debit to the dealer's account, at cost; set by HQ on confirmation. */
  costTotalFen: Fen | null
  estimatedShipDate: IsoDate | null
  confirmedBy: string | null
  confirmedAt: Date | null
  shippedAt: Date | null
  receivedAt: Date | null
  createdBy: string
  createdAt: Date
  version: number
}

/** The debit a confirmed request puts on the dealer's account (issue 5 posts it). */
export type PartsDebit = {
  requestId: string
  number: string
  dealerId: string
  amountFen: Fen
  confirmedAt: Date
}

const NEXT: Record<DealerPartsRequestStatus, DealerPartsRequestStatus | null> = {
  requested: 'confirmed',
  confirmed: 'shipped',
  shipped: 'received',
  received: null,
}

export function assertDealerPartsRequestStep(
  from: DealerPartsRequestStatus,
  to: DealerPartsRequestStatus,
): void {
  if (NEXT[from] !== to) throw illegalStep('dealer_parts_request', from, to)
}

/** What the lines cost at the catalogue cost prices: HQ's suggested debit before it confirms. */
export function suggestedCost(
  lines: readonly { partCode: string; quantity: number }[],
  costs: Readonly<Record<string, { costFen: Fen }>>,
): Fen | null {
  let sum = 0
  for (const l of lines) {
    const c = costs[l.partCode]
    if (!c) return null
    sum += c.costFen * l.quantity
  }
  return sum
}
