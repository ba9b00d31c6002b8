import type { OwnerCandidate, OwnerDirectory, Role } from '@asq/domain'
import { eq, type SQL } from 'drizzle-orm'
import type { Database } from '../client'
import { organisations, users } from '../schema'

/** The staff the assignment rules choose owners from (issue 17), with their organisation's kind. */
export const ownerDirectory = (db: Database): OwnerDirectory => {
  const select = async (where: SQL): Promise<OwnerCandidate[]> => {
    const rows = await db
      .select({
        id: users.id,
        displayName: users.displayName,
        orgId: users.orgId,
        orgKind: organisations.kind,
        roles: users.roles,
        active: users.active,
        away: users.away,
      })
      .from(users)
      .innerJoin(organisations, eq(organisations.id, users.orgId))
      .where(where)
      .orderBy(users.displayName)
    return rows.map((r) => ({ ...r, roles: r.roles as Role[] }))
  }
  return {
    async byId(id) {
      return (await select(eq(users.id, id)))[0] ?? null
    },
    people: (of) => select('orgId' in of ? eq(users.orgId, of.orgId) : eq(organisations.kind, of.orgKind)),
  }
}
