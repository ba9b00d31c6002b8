import type { IsoDate } from '../shared/china-time'
import type { Fen } from '../shared/money'
import { alreadyDecided } from './fee.errors'
import type { StandardStatus } from './fee.vocabulary'

/** Sane bounds of a station's fee standard: anything outside is a typo or an abuse, and refused. */
export const MAX_LABOUR_RATE_FEN = 200_000 // 2 000 yuan per hour
export const MIN_LABOUR_RATE_FEN = 100 // 1 yuan per hour
export const MAX_CALLOUT_FEE_FEN = 500_000 // 5 000 yuan
export const MAX_EXTRA_PRICE_FEN = 1_000_000 // 10 000 yuan
export const MAX_EXTRAS = 20

export type FeeExtra = { code: string; nameZh: string; nameEn: string; priceFen: Fen }

/** A station's service-fee standard (服务收费标准): effective only once HQ approves it. */
export type FeeStandard = {
  id: string
  dealerId: string
  /** 1, 2, 3… per station, in the order proposed. */
  seq: number
  labourRateFen: Fen
  calloutFeeFen: Fen
  extras: FeeExtra[]
  effectiveFrom: IsoDate
  status: StandardStatus
  note: string | null
  proposedBy: string
  proposedAt: Date
  decidedBy: string | null
  decidedAt: Date | null
  decisionNote: string | null
  version: number
}

/**
 * An approval never reaches back: the standard takes effect on the later of the proposed date and the
 * day HQ approves it, so repairs priced before the approval keep their answer.
 */
export const approvalEffectiveFrom = (proposedFrom: IsoDate, today: IsoDate): IsoDate =>
  proposedFrom > today ? proposedFrom : today

/** HQ's decision on a proposal: the patch to store, or a refusal when it was decided already. */
export function decideStandard(
  s: Pick<FeeStandard, 'status' | 'effectiveFrom'>,
  decision: { approve: boolean; note: string | null; by: string; at: Date; today: IsoDate },
): Pick<FeeStandard, 'status' | 'effectiveFrom' | 'decidedBy' | 'decidedAt' | 'decisionNote'> {
  if (s.status !== 'proposed') throw alreadyDecided()
  return {
    status: decision.approve ? 'approved' : 'rejected',
    effectiveFrom: decision.approve
      ? approvalEffectiveFrom(s.effectiveFrom, decision.today)
      : s.effectiveFrom,
    decidedBy: decision.by,
    decidedAt: decision.at,
    decisionNote: decision.note,
  }
}

/**
 * The standard a repair on `date` is priced with: the approved one in force (latest effective date,
 * then latest proposal); failing that, the station's newest pending proposal, flagged as unapproved.
 */
export function standardInForce(
  standards: readonly FeeStandard[],
  date: IsoDate,
): { standard: FeeStandard | null; approved: boolean } {
  const bySeq = [...standards].sort((a, b) => a.seq - b.seq)
  let approved: FeeStandard | null = null
  for (const s of bySeq) {
    if (
      s.status === 'approved' &&
      s.effectiveFrom <= date &&
      (!approved || s.effectiveFrom >= approved.effectiveFrom)
    )
      approved = s
  }
  if (approved) return { standard: approved, approved: true }
  const pending = bySeq.filter((s) => s.status === 'proposed')
  return { standard: pending.at(-1) ?? null, approved: false }
}
