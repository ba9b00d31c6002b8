import { randomUUID } from 'node:crypto'
import type { createRepositories } from '@asq/db'
import { DEFAULT_EIGHTD_SETTINGS, eightdNumber, makeCalendar, stepDeadlines } from '@asq/domain'

/** A minimal 8D claim opened at `openedAt` with the default deadlines (test data). */
export const newEightdClaim = (number: string, supplierId: string, openedAt: Date, title: string) => ({
  number,
  supplierId,
  title,
  partCode: 'P-1',
  partName: 'part',
  lot: 'L-1',
  quantityAffected: 1,
  foundAt: 'incoming_inspection' as const,
  severity: 'minor' as const,
  description: '',
  complaintIds: [],
  warrantyRefs: [],
  openedAt,
  openedBy: 'test',
  clientRequestId: randomUUID(),
  deadlines: stepDeadlines(openedAt, DEFAULT_EIGHTD_SETTINGS, makeCalendar({})),
})

/**
 * `count` 8D claims against the demo supplier S-DRIVE opened at `opened`, numbered in `year`, with
 * the default deadlines: 25 hours on, D0–D3 (24 h) are overdue by an hour and each claim escalates
 * to level 1.
 */
export async function createOverdueEightdClaims(
  repos: ReturnType<typeof createRepositories>,
  count: number,
  opened: Date,
  year: number,
): Promise<string[]> {
  const supplier = (await repos.organisations.list({ kind: 'supplier' })).find((o) => o.code === 'S-DRIVE')!
  const ids: string[] = []
  for (let i = 0; i < count; i++) {
    const c = (await repos.eightd.claims.create(
      newEightdClaim(eightdNumber(year, i + 1), supplier.id, opened, `overdue ${i}`),
    ))!
    ids.push(c.id)
  }
  return ids
}
