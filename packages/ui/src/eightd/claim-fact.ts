import {
  type Discipline,
  EIGHTD_FOUND_AT_LABELS,
  EIGHTD_SEVERITY_LABELS,
  type EightdClaim,
  type StepReviewStatus,
} from '@asq/domain'

/** One fact in an 8D claim's head: text, or an instant shown in China time. */
export interface ClaimFact {
  label: string
  text?: string
  at?: Date | string
}

/** What the claim frame reads of a claim: its head and its steps. */
export type FramedClaim = {
  number: string
  title: string
  status: string
  steps: { step: Discipline; status: StepReviewStatus; deadlineAt: Date | string; overdue: boolean }[]
}

type PickLabel = (l: { zh: string; en: string }) => string

/**
 * The facts every reader of a claim sees, in one order: part, lot, quantity, where found, severity,
 * opened. `label` names each in the page's own words (the supplier and HQ pages word them apart).
 */
export function claimFacts(
  c: Pick<
    EightdClaim,
    'partCode' | 'partName' | 'lot' | 'quantityAffected' | 'foundAt' | 'severity' | 'openedAt'
  >,
  label: (key: 'part' | 'lot' | 'qty' | 'foundAt' | 'severity' | 'openedAt') => string,
  pick: PickLabel,
): ClaimFact[] {
  return [
    { label: label('part'), text: `${c.partCode} ${c.partName}` },
    { label: label('lot'), text: c.lot },
    { label: label('qty'), text: String(c.quantityAffected) },
    { label: label('foundAt'), text: pick(EIGHTD_FOUND_AT_LABELS[c.foundAt]) },
    { label: label('severity'), text: pick(EIGHTD_SEVERITY_LABELS[c.severity]) },
    { label: label('openedAt'), at: c.openedAt },
  ]
}
