import { eq, inArray, type SQL, sql } from 'drizzle-orm'
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core'
import type { Database } from '../client'
import {
  complaints,
  customers,
  eightdClaims,
  feeOldParts,
  feeQuotes,
  organisations,
  reimbursementClaims,
  reimbursementLines,
  settlementRuns,
  teachingCases,
  users,
} from '../schema'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

type Resolver = (db: Database, ids: string[]) => Promise<{ id: string; ref: string }[]>
/** A reference that is one column of the object's own row. */
const column =
  (table: PgTable, id: AnyPgColumn, ref: SQL | AnyPgColumn): Resolver =>
  (db, ids) =>
    db
      .select({ id: sql<string>`${id}`, ref: sql<string>`${ref}` })
      .from(table)
      .where(inArray(id, ids))

/**
 * What a person reads instead of an id, for each object type that has one: the complaint's number, a
 * claim's month and station, a user's display name… One query per object type on the page (never one
 * per row); ids of other types, and ids that no longer resolve, get no reference.
 */
const RESOLVERS: Record<string, Resolver> = {
  complaint: column(complaints, complaints.id, complaints.number),
  eightd_claim: column(eightdClaims, eightdClaims.id, eightdClaims.number),
  fee_quote: column(feeQuotes, feeQuotes.id, feeQuotes.number),
  old_part: column(feeOldParts, feeOldParts.id, feeOldParts.registrationNumber),
  settlement_run: column(settlementRuns, settlementRuns.id, settlementRuns.statementNo),
  teaching_case: column(teachingCases, teachingCases.id, teachingCases.title),
  user: column(users, users.id, sql`${users.displayName} || ' (' || ${users.username} || ')'`),
  customer: column(customers, customers.id, customers.name),
  reimbursement_claim: (db, ids) =>
    db
      .select({
        id: reimbursementClaims.id,
        ref: sql<string>`${reimbursementClaims.period} || ' ' || ${organisations.nameZh}`,
      })
      .from(reimbursementClaims)
      .innerJoin(organisations, eq(organisations.id, reimbursementClaims.dealerId))
      .where(inArray(reimbursementClaims.id, ids)),
  reimbursement_line: (db, ids) =>
    db
      .select({
        id: reimbursementLines.id,
        ref: sql<string>`${reimbursementClaims.period} || ' ' || ${organisations.nameZh} || ' · ' || ${reimbursementLines.repairOrderNo} || ' ' || ${reimbursementLines.partCode}`,
      })
      .from(reimbursementLines)
      .innerJoin(reimbursementClaims, eq(reimbursementClaims.id, reimbursementLines.claimId))
      .innerJoin(organisations, eq(organisations.id, reimbursementClaims.dealerId))
      .where(inArray(reimbursementLines.id, ids)),
}

/** The reference of each (type, id) that has one, keyed `type:id`. */
export async function auditReferences(
  db: Database,
  items: readonly { entityType: string; entityId: string }[],
): Promise<Map<string, string>> {
  const byType = new Map<string, Set<string>>()
  for (const i of items)
    if (RESOLVERS[i.entityType] && UUID.test(i.entityId))
      byType.set(i.entityType, (byType.get(i.entityType) ?? new Set()).add(i.entityId))
  const out = new Map<string, string>()
  for (const [type, ids] of byType)
    for (const r of await RESOLVERS[type]!(db, [...ids])) out.set(`${type}:${r.id}`, r.ref)
  return out
}

/** Staff actors' display names by user id (one query for the page). */
export async function actorNames(
  db: Database,
  userIds: readonly (string | null)[],
): Promise<Map<string, string>> {
  const ids = [...new Set(userIds.filter((x): x is string => !!x))]
  if (!ids.length) return new Map()
  const rows = await db
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(inArray(users.id, ids))
  return new Map(rows.map((r) => [r.id, r.name]))
}
