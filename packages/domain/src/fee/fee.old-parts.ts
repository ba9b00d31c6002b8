import { addDays, daysBetween, type IsoDate } from '../shared/china-time'
import type { Fen } from '../shared/money'
import { illegalStep } from './fee.errors'
import type { DeadlineScope, OldPartStatus } from './fee.vocabulary'

/** HQ's default when neither the part nor its product line has a return deadline configured. */
export const DEFAULT_RETURN_DAYS = 30

export type ReturnDeadlineSetting = { scope: DeadlineScope; key: string; days: number }

/** A replaced warranty part in the old-part register (旧件回收登记). */
export type OldPartRegistration = {
  id: string
  registrationNumber: string
  dealerId: string
  quoteId: string | null
  partCode: string
  productLineCode: string
  quantity: number
  serial: string
  replacedOn: IsoDate
  returnDeadline: IsoDate
  status: OldPartStatus
  note: string | null
  reportedAt: Date | null
  receivedAt: Date | null
  calledInAt: Date | null
  createdAt: Date
  version: number
}

/** Days to return: the part's own setting, else its product line's, else the default one, else 30. */
export function returnDays(
  settings: readonly ReturnDeadlineSetting[],
  partCode: string,
  lineCode: string,
): number {
  const find = (scope: DeadlineScope, key: string) =>
    settings.find((s) => s.scope === scope && s.key === key)?.days
  return find('part', partCode) ?? find('line', lineCode) ?? find('default', '*') ?? DEFAULT_RETURN_DAYS
}

export const returnDeadline = (
  settings: readonly ReturnDeadlineSetting[],
  p: { partCode: string; productLineCode: string; replacedOn: IsoDate },
): IsoDate => addDays(p.replacedOn, returnDays(settings, p.partCode, p.productLineCode))

const NEXT: Record<OldPartStatus, readonly OldPartStatus[]> = {
  registered: ['reported'],
  reported: ['received', 'called_in'],
  called_in: ['received'],
  received: [],
}

export function assertOldPartStep(from: OldPartStatus, to: OldPartStatus): void {
  if (!NEXT[from].includes(to)) throw illegalStep('old_part', from, to)
}

/** Unreported after the deadline day: overdue (the deadline day itself is still in time). */
export const isOldPartOverdue = (r: Pick<OldPartRegistration, 'status' | 'returnDeadline'>, asOf: IsoDate) =>
  r.status === 'registered' && asOf > r.returnDeadline

export type OldPartDeduction = {
  registrationId: string
  registrationNumber: string
  dealerId: string
  partCode: string
  quantity: number
  returnDeadline: IsoDate
  daysOverdue: number
  unitPriceFen: Fen
  amountFen: Fen
  reason: { zh: string; en: string }
}

/**
 * Deductions for old parts not reported in time, at each part's out-of-warranty (list) price from
 * `catalogue` (the prices in force the caller chose, e.g. on `asOf`). Parts without a price are skipped
 * rather than deducted at an invented amount.
 */
export function overdueDeductions(
  registrations: readonly OldPartRegistration[],
  asOf: IsoDate,
  catalogue: Readonly<Record<string, { listFen: Fen }>>,
): OldPartDeduction[] {
  return registrations
    .filter((r) => isOldPartOverdue(r, asOf) && catalogue[r.partCode])
    .map((r) => {
      const unitPriceFen = catalogue[r.partCode]!.listFen
      return {
        registrationId: r.id,
        registrationNumber: r.registrationNumber,
        dealerId: r.dealerId,
        partCode: r.partCode,
        quantity: r.quantity,
        returnDeadline: r.returnDeadline,
        daysOverdue: daysBetween(r.returnDeadline, asOf),
        unitPriceFen,
        amountFen: unitPriceFen * r.quantity,
        reason: {
          zh: `旧件 ${r.registrationNumber} 未在 ${r.returnDeadline} 前上报，按保外价扣款`,
          en: `Old part ${r.registrationNumber} not reported by ${r.returnDeadline}: deducted at the out-of-warranty price`,
        },
      }
    })
}
