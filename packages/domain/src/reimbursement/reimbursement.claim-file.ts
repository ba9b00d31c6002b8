import { IMPORT_COLUMNS } from './reimbursement.import'
import type { ReimbursementLineInput } from './reimbursement.schema'

/**
 * A claim's lines as a repair-order file in the import's own columns, so a station can export its
 * claim, keep it in Excel and import it again: what it gives back is what it wrote.
 */
export function claimFileCells(lines: readonly ReimbursementLineInput[]): string[][] {
  const cell = (l: ReimbursementLineInput, key: (typeof IMPORT_COLUMNS)[number]['key']): string => {
    const v = l[key]
    return v === null ? '' : String(v)
  }
  return [IMPORT_COLUMNS.map((c) => c.header), ...lines.map((l) => IMPORT_COLUMNS.map((c) => cell(l, c.key)))]
}

/** A line as one comparable key: every field, codes upper case, hours in whole hundredths. */
export const claimLineKey = (l: ReimbursementLineInput) =>
  JSON.stringify([
    l.repairOrderNo,
    l.repairDate,
    l.serial.toUpperCase(),
    l.partCode.toUpperCase(),
    l.quantity,
    Math.round(l.labourHours * 100),
    l.oldPartRegistrationNo ?? null,
    l.usageReading ?? null,
  ])

/**
 * Splits an imported file's lines into those the claim already holds exactly (each existing line
 * matches at most one row) and the new ones, so re-importing an exported claim adds nothing.
 */
export function splitUnchangedLines<T extends { line: ReimbursementLineInput }>(
  existing: readonly ReimbursementLineInput[],
  imported: readonly T[],
): { unchanged: T[]; added: T[] } {
  const free = new Map<string, number>()
  for (const e of existing) free.set(claimLineKey(e), (free.get(claimLineKey(e)) ?? 0) + 1)
  const unchanged: T[] = []
  const added: T[] = []
  for (const r of imported) {
    const k = claimLineKey(r.line)
    const n = free.get(k) ?? 0
    if (n > 0) {
      free.set(k, n - 1)
      unchanged.push(r)
    } else added.push(r)
  }
  return { unchanged, added }
}
